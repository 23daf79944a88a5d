import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { parseVendorConfig } from '../../cli/src/vendor-config/vendor-config';
import { OnboardingStack } from '../../src/onboarding-stack/onboarding-stack';
import { OnboardingPublication } from '../../src/publication/onboarding-publication';

export const EXAMPLE_CONFIG = path.join(__dirname, '..', '..', 'examples', 'vendor', 'onboarding.json');

function exampleConfig() {
  return parseVendorConfig(fs.readFileSync(EXAMPLE_CONFIG, 'utf8'), EXAMPLE_CONFIG);
}

/** The example vendor config's stack, not yet synthesized. */
export function exampleStack(app: App): OnboardingStack {
  return new OnboardingStack(app, 'OnboardingTemplate', exampleConfig().stackProps);
}

let published: { stack: OnboardingStack; publication: OnboardingPublication } | undefined;

/** The example vendor config published, as the CLI does it; once per test file (tests only read it). */
export function publishExample(): { stack: OnboardingStack; publication: OnboardingPublication } {
  if (!published) {
    const stack = exampleStack(new App());
    published = { stack, publication: OnboardingPublication.of(stack, exampleConfig().publication) };
  }
  return published;
}

/** A published file's content by path. */
export function fileOf(publication: OnboardingPublication, filePath: string): string {
  const file = publication.files.find((candidate) => candidate.path === filePath);
  if (!file) {
    throw new Error(`no file ${filePath} in ${publication.files.map((f) => f.path).join(', ')}`);
  }
  return file.content;
}

/**
 * The published file a URL of the publication names: the files are uploaded to `baseUrl` as they
 * are, beside the template at `publication.templateUrl`.
 */
export function hostedFile(publication: OnboardingPublication, url: string): string | undefined {
  const base = publication.templateUrl.replace(/[^/]*$/, '');
  return url.startsWith(base) ? publication.files.find((file) => file.path === url.slice(base.length))?.content : undefined;
}

/** The member template a published template's StackSet deploys: embedded, or the published file its TemplateURL names. */
export function publishedMemberTemplate(publication: OnboardingPublication): any {
  const stackSet = Object.values<any>(publication.template.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
  if (!stackSet) {
    throw new Error('the published template has no StackSet');
  }
  const { TemplateBody: body, TemplateURL: url } = stackSet.Properties;
  const text = typeof body === 'string' ? body : hostedFile(publication, url);
  if (text === undefined) {
    throw new Error(`the StackSet's TemplateURL ${url} names no published file`);
  }
  return JSON.parse(text);
}

/** A vendor config file published, as the CLI does it. */
export function publishConfig(file: string): OnboardingPublication {
  const config = parseVendorConfig(fs.readFileSync(file, 'utf8'), file);
  return OnboardingPublication.of(new OnboardingStack(new App(), 'OnboardingTemplate', config.stackProps), config.publication);
}

/** The example vendor config and its variants (examples/vendor/variants/). */
export const VENDOR_CONFIGS: string[] = [
  EXAMPLE_CONFIG,
  ...fs.readdirSync(path.join(path.dirname(EXAMPLE_CONFIG), 'variants')).sort().map((name) => path.join(path.dirname(EXAMPLE_CONFIG), 'variants', name)),
];

