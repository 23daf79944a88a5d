import { ActionClass } from './action-class';
import { deniedActionGroups, deniedClassesOf } from './guardrail-actions';
import { PermissionProfile } from './permission-profile';

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
    return deniedClassesOf(profile, options);
  }

  /** Every action the guardrail denies for a profile, sorted. */
  public static actions(profile: PermissionProfile, options: DataAccessGuardrailOptions = {}): string[] {
    return DataAccessGuardrail.groups(profile, options).flatMap((group) => group.actions).sort();
  }

  /** The denied actions grouped by the rule that classified them, with its class and reason. */
  public static groups(profile: PermissionProfile, options: DataAccessGuardrailOptions = {}): DeniedActionGroup[] {
    return deniedActionGroups(profile, options);
  }

  private constructor() {}
}
