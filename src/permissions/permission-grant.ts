import { ActionClass } from './action-class';
/**
 * IAM actions granted to the vendor role, with the reason the vendor needs them.
 *
 * The reason is part of the contract with the customer: it is rendered into PERMISSIONS.md and
 * reviewed by the customer's security team.
 */
export interface PermissionGrant {
  /**
   * IAM actions or action patterns, such as `ce:GetCostAndUsage` or `ce:Get*`.
   */
  readonly actions: string[];

  /**
   * Why the vendor needs these actions, in one sentence a security reviewer understands.
   */
  readonly reason: string;

  /**
   * The resources the actions apply to: `'*'`, or ARNs, which may hold `*` and `?` wildcards.
   *
   * @default ['*']
   */
  readonly resources?: string[];

  /**
   * The statement ID in the synthesized policy: letters and digits, unique among the role's
   * statements (the profile's, the other grants' and write actions').
   *
   * @default - numbered by position, e.g. `AdditionalGrant1`
   */
  readonly sid?: string;
}

/**
 * A data-plane read the customer agrees to, on named resources only.
 *
 * The data-access guardrail denies data reads everywhere else; the resources listed here are the
 * guardrail's exception (for example the bucket and prefix that hold the cost report).
 */
export interface DataAccessGrant {
  /**
   * IAM actions that read data, such as `s3:GetObject`.
   */
  readonly actions: string[];

  /**
   * The ARNs (or ARN patterns) of the data the vendor may read, such as
   * `arn:aws:s3:::my-cur-bucket/cur/*`.
   */
  readonly resources: string[];

  /**
   * Why the vendor needs to read this data.
   */
  readonly reason: string;
}

/**
 * A named set of actions the customer may switch on, such as a vendor's remediation or tagging
 * feature: writes are refused everywhere else. Escalation is refused here too. In a published
 * template each feature is a `true`/`false` parameter `Enable<Name>` (default `false`), in Terraform a
 * variable `enable_<name>`, in the manual path a policy file of its own, and in PERMISSIONS.md a
 * section.
 */
export interface OptInFeature {
  /**
   * The feature's name: a letter followed by letters and digits, at most 48 characters, such as
   * `CostAllocationTags`.
   */
  readonly name: string;

  /**
   * What the vendor does with the feature, shown to the customer where it is switched on.
   */
  readonly reason: string;

  /**
   * The actions the feature needs.
   */
  readonly actions: string[];

  /**
   * The resources the actions apply to.
   *
   * @default ['*']
   */
  readonly resources?: string[];

  /**
   * The denied class of the feature's actions, named so that the customer allows them knowingly: reads
   * that a scanner needs although their responses are in a class the data-access guardrail denies (the
   * account's contacts behind CIS checks are personal data). Every action of the feature must be in this
   * class or in metadata. While the feature is off the guardrail denies them as before; switched on, the
   * guardrail lets them through and the feature's policy allows them.
   *
   * @default - none: the feature's actions are not in a denied class (the guardrail would deny them)
   */
  readonly deniedClass?: ActionClass;

  /**
   * Whether the feature is on: `'true'`, `'false'`, or a token that resolves to one of them (the
   * value of a `CfnParameter`), which makes the grant conditional.
   *
   * @default - off, unless an `OnboardingStack` with `customerParameters` asks the customer
   */
  readonly enabled?: string;
}

