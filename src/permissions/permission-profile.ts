import { PROFILE_GRANTS, PROFILES, ProfileName, SECRET_BEARING_NEEDS } from './permission-data';
import { PermissionGrant } from './permission-grant';

/**
 * What a vendor may read in a customer account: AWS-managed policies plus typed, documented grants.
 *
 * The content of every profile is data in `permission-data.ts`; this class is its public face.
 * None of them uses the AWS-managed `ReadOnlyAccess` policy, which reads data.
 */
export class PermissionProfile {
  /**
   * Cost management tools: AWS-managed ViewOnlyAccess plus reads of billing, Cost Explorer, the
   * cost reports, Savings Plans and reservations, Organizations, Compute Optimizer and CloudWatch metrics.
   */
  public static readonly COST = new PermissionProfile('COST');

  /**
   * Security posture tools: AWS-managed SecurityAudit plus the configuration reads it misses.
   */
  public static readonly SECURITY_AUDIT = new PermissionProfile('SECURITY_AUDIT');

  /**
   * Asset inventory tools (Cartography and the like): AWS-managed SecurityAudit.
   */
  public static readonly INVENTORY = new PermissionProfile('INVENTORY');

  /** Every profile, in a stable order. */
  public static all(): PermissionProfile[] {
    return [PermissionProfile.COST, PermissionProfile.SECURITY_AUDIT, PermissionProfile.INVENTORY];
  }

  /** The profile with this name (`COST`, `SECURITY_AUDIT` or `INVENTORY`). */
  public static fromName(name: string): PermissionProfile {
    const profile = PermissionProfile.all().find((candidate) => candidate.name === name);
    if (!profile) {
      throw new Error(`profile must be one of ${PermissionProfile.all().map((p) => p.name).join(', ')}, got '${name}'`);
    }
    return profile;
  }

  /** The profile's name, e.g. `COST`. */
  public readonly name: string;

  /** What the profile is for. */
  public readonly description: string;

  /**
   * Names of the AWS-managed policies the profile attaches, with their path
   * (e.g. `job-function/ViewOnlyAccess`).
   */
  public readonly awsManagedPolicyNames: string[];

  /** The profile's own grants, each with its reason and statement ID. */
  public readonly grants: PermissionGrant[];

  /**
   * Secret-bearing configuration reads the profile keeps although it denies that class, each with
   * the reason the profile's tools need it.
   */
  public readonly secretBearingConfigurationNeeds: PermissionGrant[];

  private constructor(name: ProfileName) {
    const data = PROFILES.find((profile) => profile.name === name)!;
    this.name = name;
    this.description = data.description;
    // Frozen, arrays and grants alike: a profile is shared by every role of the process, and what is
    // computed from it (its allowed actions) is computed once a process.
    this.awsManagedPolicyNames = Object.freeze([...data.awsManagedPolicies]) as string[];
    this.grants = Object.freeze(PROFILE_GRANTS
      .filter((grant) => grant.profiles.includes(name))
      .map((grant): PermissionGrant => Object.freeze({
        sid: grant.sid,
        actions: Object.freeze([...grant.actions]) as string[],
        reason: grant.reason,
        ...(grant.resources ? { resources: Object.freeze([...grant.resources]) as string[] } : {}),
      }))) as PermissionGrant[];
    this.secretBearingConfigurationNeeds = Object.freeze(SECRET_BEARING_NEEDS
      .filter((need) => need.profiles.includes(name))
      .map((need): PermissionGrant => Object.freeze({
        actions: Object.freeze([...need.actions]) as string[],
        reason: need.reason,
      }))) as PermissionGrant[];
  }
}
