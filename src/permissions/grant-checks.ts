import { accessLevelOf, ActionCatalog, expandActionPattern, splitAction, wildcardToRegExp } from './action-catalog';
import { ActionClass } from './action-class';
import { ActionClassification } from './action-classification';
import { READ_ONLY_DESPITE_ACCESS_LEVEL } from './permission-data';
import { DataAccessGrant, PermissionGrant } from './permission-grant';
import { PRIVILEGE_ESCALATION } from './privilege-escalation';
import { ACCEPTED, PATTERNS } from '../core/patterns';
import { isLiteral, isLiteralCollection, PropsValidator, quote } from '../core/validation';

const ACTION_FORM = "service:Action, with * or ? wildcards in the action part only (e.g. 'ce:Get*')";
const READ_LEVELS = new Set(['Read', 'List']);

/** True when the catalog classifies the action as something other than a read. */
export function isWriteAction(action: string, catalog: ActionCatalog): boolean {
  const level = accessLevelOf(action, catalog);
  return level !== undefined && !READ_LEVELS.has(level) && READ_ONLY_DESPITE_ACCESS_LEVEL[action] === undefined;
}

/** The escalation groups' patterns, compiled once: every action of every grant is checked against them. */
const ESCALATION_MATCHERS = PRIVILEGE_ESCALATION.map((group) => ({ reason: group.reason, matchers: group.actions.map(wildcardToRegExp) }));

/** Why an action escalates privileges, or undefined when it does not. */
export function escalationOf(action: string, catalog: ActionCatalog): string | undefined {
  if (accessLevelOf(action, catalog) === 'Permissions management' && READ_ONLY_DESPITE_ACCESS_LEVEL[action] === undefined) {
    return 'changes permissions (access level Permissions management)';
  }
  return ESCALATION_MATCHERS.find((group) => group.matchers.some((matcher) => matcher.test(action)))?.reason;
}

function checkCommon(property: string, grant: { actions: string[]; reason: string; sid?: string }, validator: PropsValidator): void {
  validator.check(grant.actions.length === 0, `${property}.actions must list at least one action, got []`);
  validator.check(grant.reason.trim().length === 0, `${property}.reason must say why the vendor needs the actions, got '${grant.reason}'`);
  // A parameter's value is CloudFormation's (and IAM's) to check.
  validator.pattern(`${property}.sid`, grant.sid, /^[A-Za-z0-9]{1,100}$/, 'letters and digits only');
  for (const action of grant.actions) {
    validator.check(splitAction(action) === undefined, `${property}.actions must be ${ACTION_FORM}, got '${quote(action)}'`);
  }
}

/** Checks the resources of a read or write grant, which IAM takes as '*' or ARNs; tokens pass. */
function checkResources(property: string, resources: string[] | undefined, validator: PropsValidator): void {
  if (resources === undefined || !isLiteralCollection(resources)) {
    return;
  }
  validator.check(resources.length === 0, `${property}.resources must list at least one resource (leave it out for '*'), got []`);
  for (const resource of resources) {
    validator.check(isLiteral(resource) && !PATTERNS.statementResource.test(resource),
      `${property}.resources must be ${ACCEPTED.statementResource}, got '${quote(resource)}'`);
  }
}

/** The grants of one prop whose statements share the role's grant policies, and the Sid each gets without one. */
export interface StatementIdSource {
  readonly property: string;
  readonly grants: PermissionGrant[];
  readonly defaultSid: (index: number) => string;
}

/**
 * Checks that the statement IDs the user gives are unique among the statements packed into the
 * role's grant policies (IAM refuses a policy that repeats a Sid): against each other, the IDs
 * other grants get by default, and the IDs the construct uses itself. Tokens pass.
 *
 * @param taken the construct's own statement IDs, each with who holds it
 */
export function checkStatementIds(sources: StatementIdSource[], taken: { matches: (sid: string) => boolean; holder: string }[],
  validator: PropsValidator): void {
  const entries = sources.flatMap((source) => source.grants.map((grant, index) => ({
    sid: grant.sid ?? source.defaultSid(index),
    given: grant.sid !== undefined,
    at: `${source.property}[${index}]`,
  })));
  entries.forEach((entry, index) => {
    if (!entry.given || !isLiteral(entry.sid)) {
      return;
    }
    const holder = taken.find((owner) => owner.matches(entry.sid))?.holder;
    const other = entries.find((candidate, at) => at !== index && candidate.sid === entry.sid && (!candidate.given || at < index));
    const which = holder ?? (other && (other.given ? `${other.at}.sid has too` : `${other.at} has by default`));
    validator.check(which !== undefined, `${entry.at}.sid must be unique among the role's statement IDs, got '${entry.sid}', which ${which}`);
  });
}

/** The actions of a pattern list that escalate privileges, with the reason, as one message part. */
function escalations(patterns: string[], catalog: ActionCatalog): string[] {
  const found = new Map<string, string>();
  for (const pattern of patterns.filter((action) => splitAction(action))) {
    // An action the catalog does not know yet is checked as written.
    for (const action of expandActionPattern(pattern, catalog).concat(/[*?]/.test(pattern) ? [] : [pattern])) {
      const reason = escalationOf(action, catalog);
      if (reason && !found.has(action.toLowerCase())) {
        found.set(action.toLowerCase(), `'${pattern}' allows ${action} (${reason})`);
      }
    }
  }
  return [...found.values()];
}

/**
 * Checks read grants: every action must be a configuration read (List or Read), not a write, and not
 * in a class the role denies (content, credentials, code, personal data, and secret-bearing
 * configuration where denied): those belong in `readableData` on named resources, or nowhere.
 * Every action a pattern allows must be classified: one that no rule classifies could return
 * anything, and no guardrail covers it. Returns the patterns the catalog does not know and the
 * actions of wildcards that the guardrail denies, which the caller reports as warnings.
 */
export function checkReadGrants(
  property: string, grants: PermissionGrant[], deniedClasses: readonly ActionClass[], validator: PropsValidator,
  catalog: ActionCatalog = new ActionCatalog(), classificationIndex?: ActionClassification,
): { unknown: string[]; deniedByGuardrail: string[] } {
  const classification = classificationIndex ?? (grants.length > 0 ? ActionClassification._release() : undefined);
  const unknown: string[] = [];
  const deniedByGuardrail: string[] = [];
  grants.forEach((grant, index) => {
    const at = `${property}[${index}]`;
    checkCommon(at, grant, validator);
    checkResources(at, grant.resources, validator);
    for (const pattern of grant.actions.filter((action) => splitAction(action))) {
      const expanded = expandActionPattern(pattern, catalog);
      if (expanded.length === 0) {
        unknown.push(pattern);
      }
      const writes = expanded.filter((action) => isWriteAction(action, catalog));
      validator.check(writes.length > 0,
        `${at}.actions must hold read actions only (access level List or Read), got '${pattern}' which includes ${writes.slice(0, 3).map((w) => `${w} (${accessLevelOf(w, catalog)})`).join(', ')}; grant writes with writeActions`);
      const results = expanded.map((action) => classification!.classify(action));
      const denied = results.filter((result) => result.actionClass !== undefined && deniedClasses.includes(result.actionClass));
      const escalating = escalations([pattern], catalog);
      validator.check(escalating.length > 0, `${at}.actions must not escalate privileges, got ${escalating.slice(0, 3).join('; ')}`);
      // A pattern refused as a write or an escalation gets that one error; otherwise each action it
      // allows must be classified, since the guardrail covers classified actions only.
      const refused = writes.length > 0 || escalating.length > 0;
      const unclassified = refused ? [] : results.filter((result) => result.actionClass === undefined).map((result) => result.action);
      validator.check(unclassified.length > 0, unclassifiedProblem(at, pattern, unclassified));
      // A wildcard that also matches configuration reads stays usable: the guardrail's explicit Deny
      // removes the denied part, which the caller reports. A pattern that grants nothing else, or an
      // exact action, is a request for data and is refused.
      if (/[*?]/.test(pattern) && denied.length < results.length) {
        deniedByGuardrail.push(...denied.map((result) => result.action));
        continue;
      }
      validator.check(denied.length > 0,
        `${at}.actions must not hold actions the data-access guardrail denies, got '${pattern}' which includes ${denied.slice(0, 3).map((result) => `${result.action} (${result.actionClass})`).join(', ')}; grant data reads on named resources with readableData`);
    }
  });
  return { unknown, deniedByGuardrail };
}

/** Where a user of the published package asks for an action to be classified. */
const CLASSIFICATION_REQUESTS = 'https://github.com/cdk-account-onboarding/cdk-account-onboarding/issues';

/** The problem of a read grant that allows actions no classification rule covers, with what the user can do about it. */
function unclassifiedProblem(at: string, pattern: string, unclassified: string[]): string {
  const listed = `${unclassified.slice(0, 5).join(', ')}${unclassified.length > 5 ? ` and ${unclassified.length - 5} more` : ''}`;
  const narrow = /[*?]/.test(pattern) ? 'list the classified actions you need instead of the wildcard' : 'leave it out';
  return `${at}.actions must hold configuration reads that this release classifies, got '${quote(pattern)}' which includes ${listed}, `
    + `which no classification rule covers (so the data-access guardrail could not deny what they return): ${narrow}, `
    + `grant the reads on named resources with readableData, or ask for the actions to be classified at ${CLASSIFICATION_REQUESTS}`;
}

/**
 * Checks write grants: well-formed, with a reason, and no privilege escalation (passing or assuming
 * roles, creating credentials, changing permissions, running code as the customer): a role that can
 * do those is not read-only, whatever the customer agreed to.
 */
export function checkWriteGrants(
  property: string, grants: PermissionGrant[], validator: PropsValidator, catalog: ActionCatalog = new ActionCatalog(),
): void {
  grants.forEach((grant, index) => {
    const at = `${property}[${index}]`;
    checkCommon(at, grant, validator);
    checkResources(at, grant.resources, validator);
    const found = escalations(grant.actions, catalog);
    validator.check(found.length > 0,
      `${at}.actions must not escalate privileges, got ${found.slice(0, 3).join('; ')}${found.length > 3 ? ` and ${found.length - 3} more` : ''}`);
  });
}

/** Why a data-grant resource is too broad, or undefined when it names specific data. */
function tooBroad(resource: string): string | undefined {
  if (resource === '*') {
    return 'it is every resource';
  }
  const parts = resource.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') {
    // A token (the cost report's bucket ARN) resolves at deploy time; a literal must be an ARN.
    return /\$\{Token\[/.test(resource) ? undefined : 'it is not an ARN (arn:<partition>:<service>:<region>:<account>:<resource>)';
  }
  const [, partition, service, , account] = parts;
  const resourcePart = parts.slice(5).join(':');
  if (/[*?]/.test(partition) || /[*?]/.test(service) || service === '') {
    return 'its partition or service is a wildcard';
  }
  if (/[*?]/.test(account)) {
    return 'its account is a wildcard';
  }
  if (resourcePart === '' || /^[*?]+$/.test(resourcePart)) {
    return 'it names no resource';
  }
  // The resource's name: an S3 bucket (arn:aws:s3:::bucket/key), or the segment after the resource
  // type everywhere else (table/name, accesspoint/name, secret:name).
  const segments = resourcePart.split(/[/:]/);
  const name = service === 's3' && account === '' ? segments[0] : segments[segments.length > 1 ? 1 : 0];
  if (/[*?]/.test(name)) {
    return service === 's3' && account === '' ? 'its bucket name has a wildcard' : 'its resource name has a wildcard';
  }
  return undefined;
}

/**
 * Checks data grants: read actions on named resources, with no wildcard in the service, account or
 * bucket name (any of which would exempt data the customer never named from the guardrail), and no
 * privilege escalation.
 */
export function checkDataGrants(
  property: string, grants: DataAccessGrant[], validator: PropsValidator, catalog: ActionCatalog = new ActionCatalog(),
): void {
  grants.forEach((grant, index) => {
    const at = `${property}[${index}]`;
    checkCommon(at, grant, validator);
    validator.check(grant.resources.length === 0, `${at}.resources must name at least one resource ARN, got []`);
    for (const resource of grant.resources) {
      const problem = tooBroad(resource);
      validator.check(problem !== undefined,
        `${at}.resources must name specific data (an ARN with no wildcard in its service, account, bucket or resource name), got '${quote(resource)}': ${problem}, which would switch the data-access guardrail off for data the customer never named`);
    }
    for (const pattern of grant.actions.filter((action) => splitAction(action))) {
      const writes = expandActionPattern(pattern, catalog).filter((action) => isWriteAction(action, catalog));
      validator.check(writes.length > 0,
        `${at}.actions must hold read actions only (access level List or Read), got '${pattern}' which includes ${writes.slice(0, 3).join(', ')}`);
    }
  });
}
