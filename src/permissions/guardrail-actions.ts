import { ActionClass } from './action-class';
import { ALWAYS_DENIED_CLASSES } from './action-class-data';
import { ActionClassification } from './action-classification';
import type { DataAccessGuardrailOptions, DeniedActionGroup } from './data-access-guardrail';
import { classificationDomain } from './effective-actions';
import { PermissionProfile } from './permission-profile';
import { ActionCatalog } from '../private/action-catalog';

/** The classes the guardrail denies for a profile (see `DataAccessGuardrail.deniedClasses`). */
export function deniedClassesOf(profile: PermissionProfile, options: DataAccessGuardrailOptions): ActionClass[] {
  const denySecretBearing = options.denySecretBearingConfiguration ?? profile.name !== PermissionProfile.SECURITY_AUDIT.name;
  return denySecretBearing ? [...ALWAYS_DENIED_CLASSES, ActionClass.SECRET_BEARING_CONFIGURATION] : [...ALWAYS_DENIED_CLASSES];
}

/**
 * The actions the guardrail denies for a profile, grouped by the rule that classified them: every
 * action of the classification domain in a denied class, except the secret-bearing reads the profile
 * keeps. Takes the catalog and the classification so that one role indexes them once.
 */
export function deniedActionGroups(
  profile: PermissionProfile, options: DataAccessGuardrailOptions, catalog: ActionCatalog, classification: ActionClassification,
): DeniedActionGroup[] {
  const denied = new Set(deniedClassesOf(profile, options));
  const kept = options.denySecretBearingConfiguration === true
    ? new Set<string>()
    : new Set(profile.secretBearingConfigurationNeeds.flatMap((need) => need.actions.map((action) => action.toLowerCase())));
  const groups = new Map<string, { actionClass: ActionClass; actions: string[]; reason: string }>();
  for (const action of classificationDomain(catalog, classification)) {
    const result = classification.classify(action);
    if (result.actionClass === undefined || !denied.has(result.actionClass) || kept.has(action.toLowerCase())) {
      continue;
    }
    const key = `${result.actionClass}\u0000${result.reason}`;
    const group = groups.get(key) ?? { actionClass: result.actionClass, actions: [], reason: result.reason! };
    group.actions.push(action);
    groups.set(key, group);
  }
  return [...groups.values()];
}
