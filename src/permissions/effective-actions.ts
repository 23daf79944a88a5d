import { ActionCatalog, expandActionPattern } from './action-catalog';
import { ActionClass } from './action-class';
import { ActionClassification } from './action-classification';
import { DENIED_DOMAIN_BY_RULE } from './generated/denied-domain';
import { MANAGED_POLICY_ACTIONS, MANAGED_POLICY_SCOPED_STATEMENTS } from './generated/managed-policy-actions';
import { PermissionProfile } from './permission-profile';
import { releaseRule } from './release-rules';

/**
 * Every action an AWS-managed policy's Allow statements grant, at the version the package pins
 * (generated at build time by `npx projen generate:permissions`).
 */
export function managedPolicyActions(policyName: string): string[] {
  const scoped = managedPolicyScopedStatements(policyName).flatMap((statement) => statement.actions);
  return [...new Set([...managedPolicyActionsEverywhere(policyName), ...scoped])];
}

/** The actions an AWS-managed policy allows on every resource (`Resource: *`). */
export function managedPolicyActionsEverywhere(policyName: string): string[] {
  const services = MANAGED_POLICY_ACTIONS[policyName];
  if (!services) {
    throw new Error(`no pinned expansion of the AWS-managed policy '${policyName}': run npx projen generate:permissions`);
  }
  return Object.entries(services).flatMap(([service, names]) => names.split(' ').map((name) => `${service}:${name}`));
}

/** The statements of an AWS-managed policy that allow actions on some resources only. */
export function managedPolicyScopedStatements(policyName: string): { actions: string[]; resources: string[] }[] {
  return MANAGED_POLICY_SCOPED_STATEMENTS[policyName] ?? [];
}

/** Every action a profile's own grants allow, expanded against the catalog. */
export function profileGrantActions(profile: PermissionProfile, catalog: ActionCatalog): string[] {
  return profile.grants.flatMap((grant) => grant.actions.flatMap((pattern) => expandActionPattern(pattern, catalog)));
}

/**
 * Every action a profile allows: its AWS-managed policies at their pinned versions and its own
 * grants, expanded against the IAM action catalog, sorted.
 */
export function profileAllowedActions(profile: PermissionProfile, catalog: ActionCatalog = new ActionCatalog()): string[] {
  // Computed once a process for each profile: a profile and the pinned tables never change, and every
  // catalog reads the same table (the role, the member role and the publication each ask).
  let allowed = ALLOWED_BY_PROFILE.get(profile);
  if (!allowed) {
    allowed = [...new Set([
      ...profile.awsManagedPolicyNames.flatMap(managedPolicyActions),
      ...profileGrantActions(profile, catalog),
    ])].sort();
    ALLOWED_BY_PROFILE.set(profile, allowed);
  }
  return [...allowed];
}

const ALLOWED_BY_PROFILE = new WeakMap<PermissionProfile, readonly string[]>();

/**
 * The actions the classification must cover and the guardrail considers: everything any profile
 * allows, and every action a rule names exactly (the data reads that no profile grants but that
 * an additional grant could).
 */
export function classificationDomain(catalog: ActionCatalog, classification: ActionClassification): string[] {
  const named = classification.namedActions().map((action) => catalog.canonical(action)).filter((action): action is string => action !== undefined);
  return [...new Set([...PermissionProfile.all().flatMap((profile) => profileAllowedActions(profile, catalog)), ...named])].sort();
}

/** How many of a profile's allowed actions fall in each class, and how many the guardrail denies. */
export interface ClassCount {
  readonly actionClass: ActionClass;
  /** Actions of the profile's effective set in this class. */
  readonly total: number;
  /** Of those, the ones the guardrail denies. */
  readonly denied: number;
}

/**
 * The profile's effective action set counted by class, with what the given denied set removes. Each
 * allowed action's class is read from the domain's classification generated at build time (the denied
 * part, by rule; every other action of the domain is metadata), which a test checks against the rules
 * for every profile: counting this way classifies nothing at synth time.
 */
export function classCounts(
  profile: PermissionProfile, deniedActions: readonly string[], catalog: ActionCatalog = new ActionCatalog(),
): ClassCount[] {
  const denied = new Set(deniedActions.map((action) => action.toLowerCase()));
  const classes = deniedDomainClasses();
  const counts = new Map<ActionClass, { total: number; denied: number }>(
    Object.values(ActionClass).map((actionClass) => [actionClass, { total: 0, denied: 0 }]));
  for (const action of profileAllowedActions(profile, catalog)) {
    const count = counts.get(classes.get(action.toLowerCase()) ?? ActionClass.METADATA)!;
    count.total++;
    count.denied += denied.has(action.toLowerCase()) ? 1 : 0;
  }
  return [...counts].map(([actionClass, count]) => ({ actionClass, ...count }));
}

let deniedDomain: ReadonlyMap<string, ActionClass> | undefined;

/** The class of every action of the domain that the rules put outside metadata, by lowercased action. */
function deniedDomainClasses(): ReadonlyMap<string, ActionClass> {
  deniedDomain ??= new Map(Object.entries(DENIED_DOMAIN_BY_RULE).flatMap(([ruleId, actions]) => {
    const actionClass = releaseRule(ruleId)!.actionClass;
    return actions.split(' ').map((action) => [action.toLowerCase(), actionClass] as const);
  }));
  return deniedDomain;
}
