/**
 * What a customer's security team needs to approve an update of the published template: the
 * permissions added and removed, the changes to who may assume the roles, and the resources the
 * update would replace or remove, for the template and for each StackSet's member template.
 *
 * The differences come from `@aws-cdk/cloudformation-diff`, the differ of `cdk diff`; this module
 * only sorts them into what a reviewer asks and renders them as text. The differ sees a StackSet's
 * embedded member template as a changed string, so each member template is diffed on its own too.
 */
import { fullDiff, ResourceDifference, ResourceImpact, TemplateDiff } from '@aws-cdk/cloudformation-diff';
import { LocatedResourceChange, ManagedPolicyChange, MemberTemplateReport, PolicyStatementSummary, ResourceChangeSummary, StatementChange, TemplateUpdateReport } from './template-update-report';

type Template = { [key: string]: any };
type Statement = TemplateDiff['iamChanges']['statements']['additions'][number];
type Targets = Statement['actions'];

const ROLE_TYPE = 'AWS::IAM::Role';
const STACK_SET_TYPE = 'AWS::CloudFormation::StackSet';

/**
 * Resource types whose replacement or removal customers and the vendor notice: the role (its ARN is
 * what the vendor uses, and a fixed name makes a replacement fail), the bucket (it holds the cost
 * reports) and the StackSet (it holds the role of every member account).
 */
export const CRITICAL_RESOURCE_TYPES: readonly string[] = [ROLE_TYPE, 'AWS::S3::Bucket', STACK_SET_TYPE];

/**
 * Why a value is not a CloudFormation template, or undefined when it is one (an object with a
 * `Resources` object).
 */
export function templateProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return `it is ${describeJson(value)}, not an object`;
  }
  const resources = (value as Template).Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) {
    return resources === undefined ? 'it has no Resources object' : `its Resources is ${describeJson(resources)}, not an object`;
  }
  return undefined;
}

/**
 * Reads the member template that a StackSet's `TemplateURL` names, such as the published member
 * template file beside the template file; `undefined` when it is not at hand.
 */
export type MemberTemplateReader = (templateUrl: string) => unknown;

/**
 * Explains the update of a stack from one template to another.
 *
 * @param oldTemplate the deployed template, e.g. the previous published version
 * @param newTemplate the template of the update
 * @param memberTemplateReaders how to read the member templates that each side's StackSets take from a `TemplateURL`
 */
export function diffTemplates(oldTemplate: object, newTemplate: object,
  memberTemplateReaders: { old?: MemberTemplateReader; new?: MemberTemplateReader } = {}): TemplateUpdateReport {
  for (const [name, template] of [['old', oldTemplate], ['new', newTemplate]] as const) {
    const problem = templateProblem(template);
    if (problem) {
      throw new Error(`the ${name} template is not a CloudFormation template: ${problem}`);
    }
  }
  const before = oldTemplate as Template;
  const after = newTemplate as Template;
  const types = resourceTypes(before, after);

  const diff = fullDiff(before, after);
  // The differ mixes trust policies into the IAM statements; the diff of the trust policies alone
  // tells them apart.
  const trustDiff = fullDiff(trustPolicies(before), trustPolicies(after));
  const trustAdded = trustDiff.iamChanges.statements.additions;
  const trustRemoved = trustDiff.iamChanges.statements.removals;
  const isTrust = (statement: Statement, trustStatements: Statement[]) => trustStatements.some((trust) => trust.equal(statement));

  const permissions = statementChanges(
    diff.iamChanges.statements.removals.filter((statement) => !isTrust(statement, trustRemoved)),
    diff.iamChanges.statements.additions.filter((statement) => !isTrust(statement, trustAdded)),
    (statement) => permissionSubject(statement, types), false);
  const trust = statementChanges(trustRemoved, trustAdded, (statement) => trustSubject(statement, types), true);

  const managedPolicies: ManagedPolicyChange[] = [
    ...diff.iamChanges.managedPolicies.removals.map((attachment) => ({ attachment, change: 'removed' as const })),
    ...diff.iamChanges.managedPolicies.additions.map((attachment) => ({ attachment, change: 'added' as const })),
  ].map(({ attachment, change }) => {
    const subject = referencedId(attachment.identityArn) ?? attachment.identityArn;
    return {
      change,
      subject,
      subjectType: types.get(subject),
      managedPolicyArn: attachment.managedPolicyArn,
      text: `${sign(change)} managed policy ${attachment.managedPolicyArn}`,
    };
  }).sort(bySubjectAndText);

  const replacements: ResourceChangeSummary[] = [];
  const otherResourceChanges: ResourceChangeSummary[] = [];
  for (const logicalId of [...diff.resources.logicalIds].sort()) {
    const summary = resourceChange(logicalId, diff.resources.get(logicalId));
    (isReplacementOrRemoval(summary.impact) ? replacements : otherResourceChanges).push(summary);
  }

  return {
    permissions,
    managedPolicies,
    trust,
    replacements,
    otherResourceChanges,
    templateChanges: templateChanges(diff),
    memberTemplates: memberTemplates(before, after, memberTemplateReaders),
    warnings: unreadablePolicies(diff),
  };
}

/** Every replacement and removal of the report, its member templates' included. */
export function allReplacements(report: TemplateUpdateReport): LocatedResourceChange[] {
  return [
    ...report.replacements,
    ...report.memberTemplates.flatMap((member) => (member.report ? allReplacements(member.report) : [])
      .map((change) => ({ ...change, stackSetLogicalId: change.stackSetLogicalId ?? member.stackSetLogicalId }))),
  ];
}

/** The replacements and removals of roles, buckets and StackSets (`CRITICAL_RESOURCE_TYPES`), member templates included. */
export function criticalReplacements(report: TemplateUpdateReport): LocatedResourceChange[] {
  return allReplacements(report).filter((change) => CRITICAL_RESOURCE_TYPES.includes(change.type));
}

function statementChanges(
  removed: Statement[], added: Statement[], subjectOf: (statement: Statement) => { subject: string; subjectType?: string }, isTrust: boolean,
): StatementChange[] {
  const items = [
    ...removed.map((statement) => ({ change: 'removed' as const, statement, ...subjectOf(statement) })),
    ...added.map((statement) => ({ change: 'added' as const, statement, ...subjectOf(statement) })),
  ];
  // A statement whose actions or resources changed is one removed and one added with the same
  // Sid; a reviewer wants the difference, not two long lines to compare by eye.
  const bySid = new Map<string, typeof items>();
  for (const item of items.filter((candidate) => candidate.statement.sid !== undefined)) {
    const key = JSON.stringify([item.subject, item.statement.sid, item.statement.effect]);
    bySid.set(key, [...bySid.get(key) ?? [], item]);
  }
  const paired = new Set<unknown>();
  const changes: StatementChange[] = [];
  for (const group of bySid.values()) {
    const old = group.filter((item) => item.change === 'removed');
    const updated = group.filter((item) => item.change === 'added');
    if (old.length === 1 && updated.length === 1) {
      paired.add(old[0]).add(updated[0]);
      const beforeSummary = summarize(old[0].statement);
      const afterSummary = summarize(updated[0].statement);
      changes.push({
        change: 'changed',
        subject: old[0].subject,
        subjectType: old[0].subjectType,
        before: beforeSummary,
        after: afterSummary,
        text: changedText(beforeSummary, afterSummary),
      });
    }
  }
  for (const item of items.filter((candidate) => !paired.has(candidate))) {
    const summary = summarize(item.statement);
    changes.push({
      change: item.change,
      subject: item.subject,
      subjectType: item.subjectType,
      before: item.change === 'removed' ? summary : undefined,
      after: item.change === 'added' ? summary : undefined,
      text: `${sign(item.change)} ${statementText(item.statement, summary, isTrust)}`,
    });
  }
  return changes.sort(bySubjectAndText);
}

function summarize(statement: Statement): PolicyStatementSummary {
  return {
    sid: statement.sid,
    effect: statement.effect,
    actions: targetValues(statement.actions),
    resources: targetValues(statement.resources),
    principals: targetValues(statement.principals),
    conditions: conditionTexts(statement.condition),
  };
}

/**
 * `Allow ec2:DescribeInstances on *`; a trust statement names the principals instead of the
 * resource (the role itself), a resource policy statement is listed under its principals.
 */
function statementText(statement: Statement, summary: PolicyStatementSummary, isTrust: boolean): string {
  if (statement.effect === 'Unknown') {
    return `statement the differ could not parse: ${statement.render().resource}`;
  }
  const parts = [summary.effect, targetsText(statement.actions, 'action')];
  if (isTrust) {
    parts.push('by', targetsText(statement.principals, 'principal'));
  } else {
    parts.push('on', targetsText(statement.resources, 'resource'));
  }
  if (summary.conditions.length > 0) {
    parts.push('when', summary.conditions.join(' and '));
  }
  if (summary.sid !== undefined) {
    parts.push(`(Sid ${summary.sid})`);
  }
  return parts.join(' ');
}

function changedText(before: PolicyStatementSummary, after: PolicyStatementSummary): string {
  const fields: Array<[string, string[], string[]]> = [
    ['actions', before.actions, after.actions],
    ['resources', before.resources, after.resources],
    ['principals', before.principals, after.principals],
    ['conditions', before.conditions, after.conditions],
  ];
  const parts = fields.flatMap(([name, old, updated]) => {
    const delta = [
      ...updated.filter((value) => !old.includes(value)).map((value) => `+ ${value}`),
      ...old.filter((value) => !updated.includes(value)).map((value) => `- ${value}`),
    ];
    return delta.length > 0 ? [`${name} ${delta.join(', ')}`] : [];
  });
  return `~ ${after.effect} (Sid ${after.sid}): ${parts.length > 0 ? parts.join('; ') : 'changed'}`;
}

function targetValues(targets: Targets): string[] {
  return targets.values.map((value) => (targets.not ? `NOT ${value}` : value));
}

function targetsText(targets: Targets, noun: string): string {
  const list = targets.values.join(', ');
  return targets.not ? `every ${noun} except ${list}` : list;
}

/** `{ StringEquals: { 'sts:ExternalId': 'abc' } }` becomes `StringEquals sts:ExternalId = abc`. */
function conditionTexts(condition: unknown): string[] {
  if (condition === undefined || condition === null) {
    return [];
  }
  if (!isObject(condition)) {
    return [valueText(condition)];
  }
  return Object.entries(condition).flatMap(([operator, entries]) =>
    isObject(entries)
      ? Object.entries(entries).map(([key, value]) =>
        `${operator} ${key} = ${Array.isArray(value) ? value.map(valueText).join(' or ') : valueText(value)}`)
      : [`${operator} ${valueText(entries)}`]).sort();
}

function valueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Identity policy statements carry the identity as principal `AWS:${LogicalId}`. */
function permissionSubject(statement: Statement, types: Map<string, string>): { subject: string; subjectType?: string } {
  const principals = statement.principals.values;
  const id = principals.length === 1 && !statement.principals.not ? referencedId(principals[0].replace(/^AWS:/, '')) : undefined;
  if (id !== undefined && types.has(id)) {
    return { subject: id, subjectType: types.get(id) };
  }
  return { subject: principals.length > 0 ? targetValues(statement.principals).join(', ') : '(no principal)' };
}

/** Trust statements have no Resource; the differ fills in the role as `${LogicalId.Arn}`. */
function trustSubject(statement: Statement, types: Map<string, string>): { subject: string; subjectType?: string } {
  const resources = statement.resources.values;
  const match = resources.length === 1 ? /^\$\{([^.}]+)\.Arn\}$/.exec(resources[0]) : null;
  const id = match?.[1];
  return id !== undefined ? { subject: id, subjectType: types.get(id) } : { subject: resources.join(', ') };
}

/** `${LogicalId}` to `LogicalId`. */
function referencedId(value: string): string | undefined {
  return /^\$\{([^.}]+)\}$/.exec(value)?.[1];
}

/** The roles with nothing but their trust policies. */
function trustPolicies(template: Template): Template {
  const resources: Template = {};
  for (const [logicalId, resource] of Object.entries<any>(template.Resources ?? {})) {
    if (resource?.Type === ROLE_TYPE) {
      resources[logicalId] = { Type: ROLE_TYPE, Properties: { AssumeRolePolicyDocument: resource.Properties?.AssumeRolePolicyDocument } };
    }
  }
  return { Resources: resources };
}

function resourceTypes(...templates: Template[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const template of templates) {
    for (const [logicalId, resource] of Object.entries<any>(template.Resources ?? {})) {
      if (typeof resource?.Type === 'string') {
        types.set(logicalId, resource.Type);
      }
    }
  }
  return types;
}

const REPLACEMENT_IMPACTS: string[] = [
  ResourceImpact.WILL_REPLACE, ResourceImpact.MAY_REPLACE, ResourceImpact.WILL_DESTROY, ResourceImpact.WILL_ORPHAN,
];

function isReplacementOrRemoval(impact: string): boolean {
  return REPLACEMENT_IMPACTS.includes(impact);
}

function resourceChange(logicalId: string, difference: ResourceDifference): ResourceChangeSummary {
  const type = difference.oldResourceType ?? difference.newResourceType ?? 'unknown type';
  const impact = difference.changeImpact;
  const name = `${logicalId} (${type})`;
  const changed = [...Object.keys(difference.propertyUpdates), ...Object.keys(difference.otherChanges)].sort();
  switch (impact) {
    case ResourceImpact.WILL_REPLACE:
    case ResourceImpact.MAY_REPLACE: {
      const causes = difference.resourceTypeChanged
        ? ['Type']
        : Object.entries(difference.propertyUpdates)
          .filter(([, property]) => property.changeImpact === impact)
          .map(([property]) => property).sort();
      const verb = impact === ResourceImpact.WILL_REPLACE ? 'will' : 'may';
      return { logicalId, type, impact, properties: causes, text: `${name} ${verb} be replaced: ${causes.join(', ')} changed` };
    }
    case ResourceImpact.WILL_DESTROY:
      return { logicalId, type, impact, properties: [], text: `${name} will be deleted: it is no longer in the template` };
    case ResourceImpact.WILL_ORPHAN:
      return { logicalId, type, impact, properties: [], text: `${name} will be removed from the stack and kept (DeletionPolicy Retain)` };
    case ResourceImpact.WILL_CREATE:
      return { logicalId, type, impact, properties: [], text: `+ ${name} added` };
    default:
      return { logicalId, type, impact, properties: changed, text: `~ ${name}: ${changed.join(', ')}` };
  }
}

function templateChanges(diff: TemplateDiff): string[] {
  const changes: string[] = [];
  const attributes: Array<[string, { isDifferent: boolean } | undefined]> = [
    ['AWSTemplateFormatVersion', diff.awsTemplateFormatVersion],
    ['Description', diff.description],
    ['Transform', diff.transform],
  ];
  for (const [name, difference] of attributes) {
    if (difference?.isDifferent) {
      changes.push(`~ ${name}`);
    }
  }
  type Collection = { logicalIds: string[]; get(logicalId: string): { isAddition: boolean; isRemoval: boolean } };
  const collections: Array<[string, Collection]> = [
    ['Parameter', diff.parameters], ['Condition', diff.conditions], ['Mapping', diff.mappings],
    ['Output', diff.outputs], ['Metadata', diff.metadata], ['Section', diff.unknown],
  ];
  for (const [label, collection] of collections) {
    for (const logicalId of [...collection.logicalIds].sort()) {
      const difference = collection.get(logicalId);
      changes.push(`${difference.isAddition ? '+' : difference.isRemoval ? '-' : '~'} ${label} ${logicalId}`);
    }
  }
  return changes;
}

function memberTemplates(before: Template, after: Template,
  readers: { old?: MemberTemplateReader; new?: MemberTemplateReader }): MemberTemplateReport[] {
  const ids = [...resourceTypes(before, after)].filter(([, type]) => type === STACK_SET_TYPE).map(([id]) => id).sort();
  return ids.map((stackSetLogicalId) => {
    const old = memberTemplate(before, stackSetLogicalId, readers.old);
    const updated = memberTemplate(after, stackSetLogicalId, readers.new);
    const problem = [['old', old.problem], ['new', updated.problem]]
      .filter(([, text]) => text !== undefined).map(([side, text]) => `in the ${side} template, ${text}`).join('; ');
    return problem
      ? { stackSetLogicalId, problem }
      : { stackSetLogicalId, report: diffTemplates(old.template!, updated.template!) };
  });
}

/**
 * The member template embedded in a StackSet, or read from where its `TemplateURL` points; an empty
 * template when the StackSet is not there.
 */
function memberTemplate(template: Template, logicalId: string, reader?: MemberTemplateReader): { template?: Template; problem?: string } {
  const resource = template.Resources?.[logicalId];
  if (resource?.Type !== STACK_SET_TYPE) {
    return { template: { Resources: {} } };
  }
  const body = resource.Properties?.TemplateBody;
  const url = resource.Properties?.TemplateURL;
  if (body === undefined && typeof url === 'string') {
    const hosted = reader?.(url);
    if (hosted === undefined) {
      return { problem: `the StackSet takes its member template from ${url}, which is not beside the template file: put that file there to compare the member templates` };
    }
    const problem = templateProblem(hosted);
    return problem ? { problem: `the member template of ${url} is not a CloudFormation template: ${problem}` } : { template: hosted as Template };
  }
  if (body === undefined) {
    return url !== undefined
      ? { problem: 'the StackSet\'s TemplateURL is not a literal string but a CloudFormation intrinsic function' }
      : { problem: 'the StackSet has no TemplateBody' };
  }
  if (typeof body !== 'string') {
    return { problem: 'the StackSet\'s TemplateBody is not a literal string but a CloudFormation intrinsic function' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    return { problem: `the StackSet's TemplateBody is not JSON (YAML member templates are not read): ${(error as Error).message}` };
  }
  const problem = templateProblem(parsed);
  return problem ? { problem: `the StackSet's TemplateBody is not a CloudFormation template: ${problem}` } : { template: parsed as Template };
}

const POLICY_PROPERTIES = ['AssumeRolePolicyDocument', 'PolicyDocument'];

/**
 * The differ reads statements only from a literal policy document; one chosen by `Fn::If` or
 * built by another intrinsic is invisible to it. Name those, so no permission change goes unseen.
 */
function unreadablePolicies(diff: TemplateDiff): string[] {
  const warnings: string[] = [];
  for (const logicalId of [...diff.resources.logicalIds].sort()) {
    const difference = diff.resources.get(logicalId);
    for (const property of POLICY_PROPERTIES) {
      const values = [difference.oldProperties?.[property], difference.newProperties?.[property]];
      const changed = difference.isAddition || difference.isRemoval || property in difference.propertyUpdates;
      const unreadable = values.filter((value) => value !== undefined && !isLiteralPolicy(value));
      if (changed && unreadable.length > 0) {
        const functions = [...new Set(unreadable.map((value) => (isObject(value) ? Object.keys(value).join(', ') : typeof value)))].join(', ');
        const verb = difference.isAddition ? 'is added' : difference.isRemoval ? 'is removed' : 'changed';
        warnings.push(`the ${property} of ${logicalId} (${difference.oldResourceType ?? difference.newResourceType}) ${verb}, `
          + `but it is built by ${functions}, which the differ cannot read: compare the templates`);
      }
    }
  }
  return warnings;
}

function isLiteralPolicy(value: unknown): boolean {
  return isObject(value) && 'Statement' in value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sign(change: 'added' | 'removed'): string {
  return change === 'added' ? '+' : '-';
}

const CHANGE_ORDER = ['removed', 'changed', 'added'];

/** By subject, then as a diff reads: removed, changed, added; not locale-dependent, so reports compare equal everywhere. */
export function bySubjectAndText(a: { subject: string; change: string; text: string }, b: { subject: string; change: string; text: string }): number {
  return compare(a.subject, b.subject) || CHANGE_ORDER.indexOf(a.change) - CHANGE_ORDER.indexOf(b.change) || compare(a.text, b.text);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeJson(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

export type {
  LocatedResourceChange, ManagedPolicyChange, MemberTemplateReport, PolicyStatementSummary, ResourceChangeSummary, StatementChange,
  TemplateUpdateReport,
};
