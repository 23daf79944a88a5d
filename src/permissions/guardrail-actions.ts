import { createHash } from 'node:crypto';
import { ActionCatalog } from './action-catalog';
import { ActionClass } from './action-class';
import { ALWAYS_DENIED_CLASSES } from './action-class-data';
import { compressActions } from './action-patterns';
import type { DataAccessGuardrailOptions, DeniedActionGroup } from './data-access-guardrail-options';
import { DENIED_DOMAIN_BY_RULE } from './generated/denied-domain';
import { GUARDRAIL_PATTERNS } from './generated/guardrail-patterns';
import { PermissionProfile } from './permission-profile';
import { releaseRule } from './release-rules';

/** The classes the guardrail denies for a profile (see `DataAccessGuardrail.deniedClasses`). */
export function deniedClassesOf(profile: PermissionProfile, options: DataAccessGuardrailOptions): ActionClass[] {
  const denySecretBearing = options.denySecretBearingConfiguration ?? profile.name !== PermissionProfile.SECURITY_AUDIT.name;
  return denySecretBearing ? [...ALWAYS_DENIED_CLASSES, ActionClass.SECRET_BEARING_CONFIGURATION] : [...ALWAYS_DENIED_CLASSES];
}

/** The key of a set of denied actions in GUARDRAIL_PATTERNS: a digest of the sorted, lowercased set. */
export function guardrailPatternKey(actions: readonly string[]): string {
  return createHash('sha256').update([...new Set(actions.map((action) => action.toLowerCase()))].sort().join(' ')).digest('hex').slice(0, 16);
}

/**
 * The Deny patterns of a set of denied actions: generated at build time for the sets the profiles and
 * options give (GUARDRAIL_PATTERNS), compressed here for any other.
 */
export function guardrailPatterns(actions: readonly string[], catalog: ActionCatalog): string[] {
  return GUARDRAIL_PATTERNS[guardrailPatternKey(actions)] ?? compressActions(actions, catalog, { shortenSingleActions: true });
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
    .map(([ruleId, actions]) => ({ rule: releaseRule(ruleId)!, actions: actions.split(' ') }))
    .filter(({ rule }) => denied.has(rule.actionClass))
    .map(({ rule, actions }) => ({
      actionClass: rule.actionClass, actions: actions.filter((action) => !kept.has(action.toLowerCase())), reason: rule.reason,
    }))
    .filter((group) => group.actions.length > 0);
}
