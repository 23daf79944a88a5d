import { accessLevelOf, ActionCatalog, expandActionPattern, splitAction } from './action-catalog';
import { PropsValidator, quote } from './validation';
import { DATA_PLANE_READS } from '../permissions/data-plane-reads';
import { READ_ONLY_DESPITE_ACCESS_LEVEL } from '../permissions/permission-data';
import { DataAccessGrant, PermissionGrant } from '../permissions/permission-grant';

const ACTION_FORM = "service:Action, with * or ? wildcards in the action part only (e.g. 'ce:Get*')";
const READ_LEVELS = new Set(['Read', 'List']);
const DATA_PLANE_ACTIONS = new Set(DATA_PLANE_READS.flatMap((group) => group.actions.map((a) => a.toLowerCase())));

/** True when the catalog classifies the action as something other than a read. */
export function isWriteAction(action: string, catalog: ActionCatalog): boolean {
  const level = accessLevelOf(action, catalog);
  return level !== undefined && !READ_LEVELS.has(level) && READ_ONLY_DESPITE_ACCESS_LEVEL[action] === undefined;
}

/** True when the action is one of the guardrail's data-plane reads. */
export function isDataPlaneRead(action: string): boolean {
  return DATA_PLANE_ACTIONS.has(action.toLowerCase());
}

function checkCommon(property: string, grant: { actions: string[]; reason: string; sid?: string }, validator: PropsValidator): void {
  validator.check(grant.actions.length === 0, `${property}.actions must list at least one action, got []`);
  validator.check(grant.reason.trim().length === 0, `${property}.reason must say why the vendor needs the actions, got '${grant.reason}'`);
  if (grant.sid !== undefined) {
    validator.check(!/^[A-Za-z0-9]{1,100}$/.test(grant.sid), `${property}.sid must be letters and digits only, got '${grant.sid}'`);
  }
  for (const action of grant.actions) {
    validator.check(splitAction(action) === undefined, `${property}.actions must be ${ACTION_FORM}, got '${quote(action)}'`);
  }
}

/**
 * Checks read grants: every action must be a configuration read (List or Read), not a write and
 * not a data-plane read (which the guardrail would deny; those belong in `readableData`).
 * Returns the patterns the catalog does not know, which the caller reports as warnings: AWS adds
 * actions faster than any catalog.
 */
export function checkReadGrants(property: string, grants: PermissionGrant[], validator: PropsValidator): string[] {
  const catalog = new ActionCatalog();
  const unknown: string[] = [];
  grants.forEach((grant, index) => {
    const at = `${property}[${index}]`;
    checkCommon(at, grant, validator);
    for (const pattern of grant.actions.filter((action) => splitAction(action))) {
      const expanded = expandActionPattern(pattern, catalog);
      if (expanded.length === 0) {
        unknown.push(pattern);
      }
      const writes = expanded.filter((action) => isWriteAction(action, catalog));
      validator.check(writes.length > 0,
        `${at}.actions must hold read actions only (access level List or Read), got '${pattern}' which includes ${writes.slice(0, 3).map((w) => `${w} (${accessLevelOf(w, catalog)})`).join(', ')}; grant writes with writeActions`);
      const dataReads = expanded.filter(isDataPlaneRead);
      validator.check(dataReads.length > 0,
        `${at}.actions must not hold data-plane reads, which the data-access guardrail denies, got '${pattern}' which includes ${dataReads.slice(0, 3).join(', ')}; grant data reads on named resources with readableData`);
    }
  });
  return unknown;
}

/** Checks write grants: well-formed, with a reason. Their content is the customer's explicit choice. */
export function checkWriteGrants(property: string, grants: PermissionGrant[], validator: PropsValidator): void {
  grants.forEach((grant, index) => checkCommon(`${property}[${index}]`, grant, validator));
}

/** Checks data grants: read actions on named resources (never `*`). */
export function checkDataGrants(property: string, grants: DataAccessGrant[], validator: PropsValidator): void {
  const catalog = new ActionCatalog();
  grants.forEach((grant, index) => {
    const at = `${property}[${index}]`;
    checkCommon(at, grant, validator);
    validator.check(grant.resources.length === 0, `${at}.resources must name at least one resource ARN, got []`);
    for (const resource of grant.resources) {
      validator.check(resource === '*', `${at}.resources must name specific resource ARNs, got '*' (that would switch the data-access guardrail off)`);
    }
    for (const pattern of grant.actions.filter((action) => splitAction(action))) {
      const writes = expandActionPattern(pattern, catalog).filter((action) => isWriteAction(action, catalog));
      validator.check(writes.length > 0,
        `${at}.actions must hold read actions only (access level List or Read), got '${pattern}' which includes ${writes.slice(0, 3).join(', ')}`);
    }
  });
}
