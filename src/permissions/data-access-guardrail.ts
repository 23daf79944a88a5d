import { ActionClass } from './action-class';
import { ALWAYS_DENIED_CLASSES } from './action-class-data';
import { ActionClassification } from './action-classification';
import { classificationDomain } from './effective-actions';
import { PermissionProfile } from './permission-profile';
import { ActionCatalog } from '../private/action-catalog';
import { compressActions } from '../private/action-patterns';

/**
 * Options of the data-access guardrail.
 */
export interface DataAccessGuardrailOptions {
  /**
   * Whether to deny every secret-bearing configuration read (user data, environment variables,
   * task and job definitions, stack templates).
   *
   * @default - denied in COST and INVENTORY except the reads the profile needs for its job
   * (`PermissionProfile.secretBearingConfigurationNeeds`); allowed in SECURITY_AUDIT, whose posture
   * tools scan that configuration for leaked secrets
   */
  readonly denySecretBearingConfiguration?: boolean;
}

/**
 * A group of actions that the guardrail denies, with the class and the reason.
 */
export interface DeniedActionGroup {
  /** The class of the actions. */
  readonly actionClass: ActionClass;
  /** The exact actions. */
  readonly actions: string[];
  /** What their responses hold. */
  readonly reason: string;
}

/**
 * The data-access guardrail: an explicit Deny of every action that the classification puts in a
 * denied class (content, credentials, code, personal data, and secret-bearing configuration where
 * the profile denies it), derived from the classification rather than listed by hand.
 *
 * An explicit Deny wins over every Allow in IAM's evaluation, so the guardrail holds whatever the
 * attached policies grant; `DataAccessGrant`s are its only exceptions. It covers every action that
 * any profile allows and every action a rule names; an action AWS adds to a managed policy after this
 * release is not covered until it is classified, which `cdk-account-onboarding verify` reports and
 * pinned mode (`pinnedPermissions`) rules out.
 */
export class DataAccessGuardrail {
  /** The classes the guardrail denies for a profile. */
  public static deniedClasses(profile: PermissionProfile, options: DataAccessGuardrailOptions = {}): ActionClass[] {
    const denySecretBearing = options.denySecretBearingConfiguration ?? profile.name !== PermissionProfile.SECURITY_AUDIT.name;
    return denySecretBearing ? [...ALWAYS_DENIED_CLASSES, ActionClass.SECRET_BEARING_CONFIGURATION] : [...ALWAYS_DENIED_CLASSES];
  }

  /** Every action the guardrail denies for a profile, sorted. */
  public static actions(profile: PermissionProfile, options: DataAccessGuardrailOptions = {}): string[] {
    return DataAccessGuardrail.groups(profile, options).flatMap((group) => group.actions).sort();
  }

  /** The denied actions grouped by the rule that classified them, with its class and reason. */
  public static groups(profile: PermissionProfile, options: DataAccessGuardrailOptions = {}): DeniedActionGroup[] {
    const classification = new ActionClassification();
    const denied = new Set(DataAccessGuardrail.deniedClasses(profile, options));
    const kept = options.denySecretBearingConfiguration === true
      ? new Set<string>()
      : new Set(profile.secretBearingConfigurationNeeds.flatMap((need) => need.actions.map((action) => action.toLowerCase())));
    const groups = new Map<string, { actionClass: ActionClass; actions: string[]; reason: string }>();
    for (const action of classificationDomain(new ActionCatalog(), classification)) {
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

  /**
   * The denied actions written as the policy writes them: wildcards only where every catalog action
   * they match is denied.
   *
   * @internal
   */
  public static _patterns(actions: string[]): string[] {
    return compressActions(actions, new ActionCatalog(), { shortenSingleActions: true });
  }

  private constructor() {}
}
