/**
 * The release step of the published templates: for every vendor config of the repository (the
 * example and its variants), keeps the template of the version being released, and the member
 * template it takes from its URL, in examples/vendor/released/ (replacing that template name's
 * earlier release), then bumps the
 * config's templateVersion. The upgrade test diffs each released template against the current one.
 *
 *   npx projen release:templates [patch|minor|major]     (default: minor)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { parseVendorConfig } from '../cli/src/vendor-config/vendor-config';
import { OnboardingStack } from '../src/onboarding-stack/onboarding-stack';
import { formatTemplate } from '../src/publication/format-template';
import { OnboardingPublication, PublishedFile } from '../src/publication/onboarding-publication';

export const VENDOR_DIR = path.join(__dirname, '..', 'examples', 'vendor');

/** Every vendor config of the repository: the example and the variants. */
export function vendorConfigFiles(vendorDir: string = VENDOR_DIR): string[] {
  const variants = path.join(vendorDir, 'variants');
  return [
    path.join(vendorDir, 'onboarding.json'),
    ...(fs.existsSync(variants) ? fs.readdirSync(variants).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(variants, name)) : []),
  ];
}

/** The next version: `1.4.2` with `minor` is `1.5.0`. */
export function bumpVersion(version: string, level: 'patch' | 'minor' | 'major'): string {
  const [major, minor, patch] = version.split(/[.-]/).map(Number);
  if ([major, minor, patch].some((part) => !Number.isInteger(part))) {
    throw new Error(`templateVersion must be a semantic version such as 1.4.0, got '${version}'`);
  }
  return level === 'major' ? `${major + 1}.0.0` : level === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

/** Publishes a config in memory and returns its template and, when the StackSet takes it from its URL, the member template. */
export function publishConfig(file: string): { templateName: string; version: string; template: any; memberFile?: PublishedFile } {
  const config = parseVendorConfig(fs.readFileSync(file, 'utf8'), file);
  const stack = new OnboardingStack(new App(), 'OnboardingTemplate', config.stackProps);
  const publication = OnboardingPublication.of(stack, config.publication);
  const memberUrl = stack.memberAccounts?.templateUrl;
  return {
    templateName: config.publication.templateName,
    version: stack.templateVersion,
    template: publication.template,
    memberFile: memberUrl === undefined ? undefined : publication.files.find((published) => memberUrl.endsWith(`/${published.path}`)),
  };
}

/** A released template's file, not the member template released beside it. */
export function isReleasedTemplate(name: string, templateName: string): boolean {
  return name.startsWith(`${templateName}-`) && /^\d+\.\d+\.\d+.*\.json$/.test(name.slice(templateName.length + 1));
}

/** Releases every config and bumps its version; returns what was released. */
export function releaseTemplates(level: 'patch' | 'minor' | 'major', vendorDir: string = VENDOR_DIR): string[] {
  const releasedDir = path.join(vendorDir, 'released');
  fs.mkdirSync(releasedDir, { recursive: true });
  const released: string[] = [];
  for (const file of vendorConfigFiles(vendorDir)) {
    const { templateName, version, template, memberFile } = publishConfig(file);
    for (const earlier of fs.readdirSync(releasedDir).filter((name) => name.startsWith(`${templateName}-`) && /-\d+\.\d+\.\d+.*\.json$/.test(name))) {
      fs.rmSync(path.join(releasedDir, earlier));
    }
    const name = `${templateName}-${version}.json`;
    fs.writeFileSync(path.join(releasedDir, name), formatTemplate(template));
    if (memberFile) {
      fs.writeFileSync(path.join(releasedDir, memberFile.path), memberFile.content);
    }
    const config = JSON.parse(fs.readFileSync(file, 'utf8'));
    config.templateVersion = bumpVersion(version, level);
    fs.writeFileSync(file, `${JSON.stringify(config, undefined, 2)}\n`);
    released.push(`${name} (next: ${config.templateVersion})`);
  }
  return released;
}

if (require.main === module) {
  const level = (process.argv[2] ?? 'minor') as 'patch' | 'minor' | 'major';
  if (!['patch', 'minor', 'major'].includes(level)) {
    console.error(`release:templates: the level must be patch, minor or major, got '${level}'`);
    process.exit(2);
  }
  for (const line of releaseTemplates(level)) {
    console.log(`released ${line}`);
  }
}
