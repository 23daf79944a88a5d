import { ActionClass } from './action-class';
import { DataAccessGuardrailOptions, DeniedActionGroup } from './data-access-guardrail-options';
import { deniedActionGroups, deniedClassesOf } from './guardrail-actions';
import { PermissionProfile } from './permission-profile';

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
