import { Duration } from 'aws-cdk-lib';
import { KnownRegionsOptions } from './known-regions-options';
import { OptInFeature, PermissionGrant } from '../permissions/permission-grant';

/**
 * The options of the vendor's read-only role, written once: `ReadOnlyRoleProps`,
 * `OnboardingStackProps` and the hub's `SpokeRoleOptions` extend this interface, and the member
 * accounts' role is built from the management account role's options. The permissions boundary is
 * not among them: `OnboardingStackProps` takes its ARN as `rolePermissionsBoundaryArn`, and
 * `ReadOnlyRoleProps` the policy as `permissionsBoundary`. Adding an option here (and to
 * `ROLE_OPTION_KEYS` in role-option-keys.ts, which the compiler holds complete) reaches every one of them.
 */
export interface ReadOnlyRoleOptions extends KnownRegionsOptions {
  /**
   * Further configuration reads, each with its reason. Write actions and data-plane reads are
   * rejected here: they belong in `writeActions` and `readableData`.
   *
   * @default - none
   */
  readonly additionalGrants?: PermissionGrant[];

  /**
   * Write actions the customer agrees to, each with its reason.
   *
   * @default - none: the role cannot change anything
   */
  readonly writeActions?: PermissionGrant[];

  /**
   * Whether to attach the data-access guardrail, an explicit Deny of every action the classification
   * puts in a denied class (content, credentials, code, personal data, and secret-bearing
   * configuration where the profile denies it).
   *
   * @default true
   */
  readonly dataAccessGuardrail?: boolean;

  /**
   * Whether the guardrail denies every secret-bearing configuration read (user data, environment
   * variables, task and job definitions, stack templates).
   *
   * @default - denied in COST and INVENTORY except the reads the profile needs
   * (`PermissionProfile.secretBearingConfigurationNeeds`); allowed in SECURITY_AUDIT
   */
  readonly denySecretBearingConfiguration?: boolean;

  /**
   * Whether to replace the profile's AWS-managed policies with the allow set this release
   * classified, as customer-managed policies: a later change AWS makes to SecurityAudit or
   * ViewOnlyAccess then cannot widen the role. Only actions classified as allowed are granted. A
   * wildcard matches only catalog actions of the allow set and, with the data-access guardrail on,
   * reads the guardrail denies, whose explicit Deny takes them back (without the guardrail, and for
   * reads an opt-in feature lifts from it, a wildcard matches the allow set only); like any
   * wildcard, one would also match an action AWS adds to the catalog later under the same prefix.
   *
   * @default false: the AWS-managed policies are attached, and AWS keeps them current
   */
  readonly pinnedPermissions?: boolean;

  /**
   * The only Regions the vendor may read in: an explicit Deny (`aws:RequestedRegion`) of every
   * action in other Regions, except the global services that answer in one Region only (IAM,
   * Organizations, billing and cost, Route 53, CloudFront, Support, Health, STS and the others of
   * AWS's Region-deny examples). Each Region must be one this release knows in its partition, or
   * one of `additionalKnownRegions`. A list token (a `CommaDelimitedList` parameter) is passed to
   * CloudFormation unchecked, and an empty list then means every Region.
   *
   * @default - every Region
   */
  readonly allowedRegions?: string[];

  /**
   * The role's name. A fixed name lets the vendor build the role ARN from an account ID, and makes a
   * StackSet create the same name in every member account.
   *
   * @default ReadOnlyRole.DEFAULT_ROLE_NAME ('OnboardingReadOnlyRole')
   */
  readonly roleName?: string;

  /**
   * The role's path.
   *
   * @default '/'
   */
  readonly path?: string;

  /**
   * How long the vendor's sessions may last, between 1 and 12 hours.
   *
   * @default Duration.hours(1)
   */
  readonly maxSessionDuration?: Duration;

  /**
   * Features the customer may switch on, each a named set of actions with its reason (writes
   * included, escalation refused). A feature is granted when its `enabled` is `'true'`, or under a
   * condition when `enabled` is a parameter's value.
   *
   * @default - none
   */
  readonly optInFeatures?: OptInFeature[];
}
