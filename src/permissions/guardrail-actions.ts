import { ActionClass } from './action-class';
import { ALWAYS_DENIED_CLASSES } from './action-class-data';
import { CLASSIFICATION_RULES } from './classification-rules';
import type { DataAccessGuardrailOptions, DeniedActionGroup } from './data-access-guardrail';
import { DENIED_DOMAIN_BY_RULE } from './generated/denied-domain';
import { PermissionProfile } from './permission-profile';

/** The classes the guardrail denies for a profile (see `DataAccessGuardrail.deniedClasses`). */
export function deniedClassesOf(profile: PermissionProfile, options: DataAccessGuardrailOptions): ActionClass[] {
  const denySecretBearing = options.denySecretBearingConfiguration ?? profile.name !== PermissionProfile.SECURITY_AUDIT.name;
  return denySecretBearing ? [...ALWAYS_DENIED_CLASSES, ActionClass.SECRET_BEARING_CONFIGURATION] : [...ALWAYS_DENIED_CLASSES];
}

/**
 * The actions the guardrail denies for a profile, grouped by the rule that classified them: every
 * action of the classification domain in a denied class, except the secret-bearing reads the profile
 * keeps. Read from the domain's classification generated at build time (`DENIED_DOMAIN_BY_RULE`,
 * checked against the rules by the tests), so that a role does not classify thousands of actions.
 */
export function deniedActionGroups(profile: PermissionProfile, options: DataAccessGuardrailOptions): DeniedActionGroup[] {
  const denied = new Set(deniedClassesOf(profile, options));
  const kept = options.denySecretBearingConfiguration === true
    ? new Set<string>()
    : new Set(profile.secretBearingConfigurationNeeds.flatMap((need) => need.actions.map((action) => action.toLowerCase())));
  return Object.entries(DENIED_DOMAIN_BY_RULE)
    .map(([index, actions]) => ({ rule: CLASSIFICATION_RULES[Number(index)], actions: actions.split(' ') }))
    .filter(({ rule }) => denied.has(rule.actionClass))
    .map(({ rule, actions }) => ({ actionClass: rule.actionClass, actions: actions.filter((action) => !kept.has(action.toLowerCase())), reason: rule.reason }))
    .filter((group) => group.actions.length > 0);
}
