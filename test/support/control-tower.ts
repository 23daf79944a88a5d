/**
 * Runs AWS Control Tower's proactive controls, the cfn-guard rules bundled with
 * @cdklabs/cdk-validator-cfnguard, over synthesized templates with the cfn-guard binary of that package.
 *
 * The binary runs once for all templates, offline. Loading all 237 rules takes seconds, so only the rules
 * that name a resource type present in the templates run: each rule selects its resources by type
 * (`Resources.*[ Type == "AWS::S3::Bucket" ]`) and skips a template without them, so the others could
 * report nothing (a rule that names no type at all always runs).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CfnResource, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { CostReport } from '../../src/cost-report/cost-report';
import { MemberAccountsStackSet } from '../../src/member-accounts/member-accounts-stack-set';
import { ReadOnlyRole } from '../../src/role/read-only-role';

const PACKAGE = path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json'));
const RULES = path.join(PACKAGE, 'rules', 'control-tower', 'cfn-guard');
const METADATA = path.join(PACKAGE, 'rules', 'control-tower', 'metadata');

/** One Control Tower control as its cfn-guard rule file implements it. */
export interface Control {
  /** The control's ID, e.g. `CT.S3.PR.9`. */
  readonly id: string;
  /** The control's name in the Control Tower console. */
  readonly displayName: string;
  /** The name of the guard rule that implements it, as cfn-guard reports it. */
  readonly ruleName: string;
  /** The rule file. */
  readonly file: string;
  /** The resource types the rule file names. */
  readonly resourceTypes: string[];
}

/** A resource of a template that fails a control. */
export interface ControlFinding {
  /** The control's ID. */
  readonly control: string;
  /** Which template, by the name it was given. */
  readonly template: string;
  /** The logical ID of the failing resource. */
  readonly logicalId: string;
  /** What the resource is, e.g. `CostReport/Bucket` (see `resourceLabels`). */
  readonly resource: string;
}

/** A template to check: its name, its JSON, and labels for its resources. */
export interface NamedTemplate {
  readonly name: string;
  readonly template: any;
  /** Labels by logical ID; a resource without one is labelled `<template name>/<logical ID>`. */
  readonly labels?: Map<string, string>;
}

/** Every Control Tower control bundled with the package. */
export function controlTowerControls(): Control[] {
  return fs.readdirSync(RULES).flatMap((service) => fs.readdirSync(path.join(RULES, service)).map((fileName) => {
    const file = path.join(RULES, service, fileName);
    const text = fs.readFileSync(file, 'utf8');
    const ruleName = /^rule (\w+) when/m.exec(text)?.[1];
    const metadataFile = path.join(METADATA, service, fileName.replace(/\.guard$/, '.metadata.json'));
    const metadata = fs.existsSync(metadataFile) ? JSON.parse(fs.readFileSync(metadataFile, 'utf8')) : {};
    const id = metadata.Id ?? /\[(CT\.[A-Z0-9]+\.PR\.\d+)\]/.exec(text)?.[1];
    if (!ruleName || !id) {
      throw new Error(`cannot read the control of ${file}`);
    }
    const resourceTypes = [...new Set([...text.matchAll(/"(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)"/g)].map((match) => match[1]))];
    return { id, displayName: metadata.DisplayName ?? id, ruleName, file, resourceTypes };
  }));
}

/** The resource types of a template. */
function resourceTypesOf(template: any): string[] {
  return Object.values<any>(template.Resources ?? {}).map((resource) => resource.Type);
}

/** The logical IDs a guard result refers to, from every `/Resources/<id>/...` path in it. */
function logicalIdsIn(result: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, element] of Object.entries(value)) {
        const match = key === 'path' && typeof element === 'string' ? /^\/Resources\/([^/]+)/.exec(element) : null;
        if (match) {
          found.add(match[1]);
        } else {
          visit(element);
        }
      }
    }
  };
  visit(result);
  return [...found];
}

/** The controls that ran, and every failing resource of every template. */
export interface ControlTowerRun {
  readonly controls: Control[];
  readonly findings: ControlFinding[];
}

/** Runs the controls that apply to the templates' resource types over all templates, with one cfn-guard process. */
export function runControlTower(templates: NamedTemplate[]): ControlTowerRun {
  const types = new Set(templates.flatMap((t) => resourceTypesOf(t.template)));
  const controls = controlTowerControls()
    .filter((control) => control.resourceTypes.length === 0 || control.resourceTypes.some((type) => types.has(type)));
  const byRule = new Map(controls.map((control) => [control.ruleName, control]));
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'control-tower-'));
  try {
    const files = templates.map((t, index) => {
      const file = path.join(directory, `${index}.json`);
      fs.writeFileSync(file, JSON.stringify(t.template));
      return file;
    });
    const binary = path.join(PACKAGE, 'bin', os.platform() === 'darwin' ? 'macos' : 'ubuntu', os.arch() === 'arm64' ? 'aarch64' : 'x86_64', 'cfn-guard');
    const result = spawnSync(binary, [
      'validate', ...controls.flatMap((control) => ['--rules', control.file]), ...files.flatMap((file) => ['--data', file]),
      '--output-format', 'json', '--show-summary', 'none', '--structured',
    ], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // 0: every rule passed; 19: some rule failed. Anything else is a broken run, not a finding.
    if (result.status !== 0 && result.status !== 19) {
      throw new Error(`cfn-guard failed (${result.status ?? result.signal}): ${result.stderr || result.error}`);
    }
    const reports: any[] = JSON.parse(result.stdout);
    const findings = reports.flatMap((report) => {
      const index = files.indexOf(report.name);
      const { name, template, labels } = templates[index];
      return Object.values<any>(report.not_compliant ?? {}).flatMap((entry) => {
        const ruleName = entry.Rule?.name;
        const control = byRule.get(ruleName)?.id ?? `unknown rule ${ruleName}`;
        const logicalIds = logicalIdsIn(entry);
        // A failure that names no resource still fails the test, under the template's name.
        return (logicalIds.length > 0 ? logicalIds : ['?']).map((logicalId) => ({
          control,
          template: name,
          logicalId,
          resource: labels?.get(logicalId) ?? `${name}/${logicalId}${template.Resources?.[logicalId] ? '' : ' (not in the template)'}`,
        }));
      });
    });
    return { controls, findings };
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** The library's constructs that a label names, nearest first. */
const LIBRARY_CONSTRUCTS: [string, (scope: IConstruct) => boolean][] = [
  ['CostReport', (scope) => scope instanceof CostReport],
  ['ReadOnlyRole', (scope) => scope instanceof ReadOnlyRole],
  ['MemberAccountsStackSet', (scope) => scope instanceof MemberAccountsStackSet],
];

/**
 * Labels for the resources of a stack by logical ID: `<library construct>/<path inside it>` for resources of
 * the library's constructs (`CostReport/Bucket`, `ReadOnlyRole/Permissions1`), the construct path otherwise.
 */
export function resourceLabels(stack: Stack): Map<string, string> {
  const labels = new Map<string, string>();
  for (const resource of stack.node.findAll().filter((child): child is CfnResource => CfnResource.isCfnResource(child))) {
    const logicalId = stack.resolve(resource.logicalId);
    const ancestors = resource.node.scopes.slice(0, -1).reverse();
    const owner = ancestors.map((scope) => [scope, LIBRARY_CONSTRUCTS.find(([, is]) => is(scope))?.[0]] as const).find(([, name]) => name);
    const inner = owner ? resource.node.path.slice(owner[0].node.path.length + 1).replace(/\/Resource$/, '') : resource.node.path;
    labels.set(logicalId, owner ? `${owner[1]}/${inner}` : inner);
  }
  return labels;
}

/**
 * The member templates that the StackSets of a template embed as TemplateBody or, given `hosted`,
 * take from a TemplateURL.
 */
export function memberTemplatesOf(name: string, template: any, hosted?: (url: string) => string | undefined): NamedTemplate[] {
  return Object.entries<any>(template.Resources ?? {})
    .filter(([, resource]) => resource.Type === 'AWS::CloudFormation::StackSet')
    .map(([logicalId, resource]) => [logicalId, typeof resource.Properties.TemplateBody === 'string' ? resource.Properties.TemplateBody
      : typeof resource.Properties.TemplateURL === 'string' ? hosted?.(resource.Properties.TemplateURL) : undefined])
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([logicalId, body]) => ({ name: `${name} member template (${logicalId})`, template: JSON.parse(body) }));
}
