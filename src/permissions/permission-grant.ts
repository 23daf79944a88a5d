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
   * The resources the actions apply to.
   *
   * @default ['*']
   */
  readonly resources?: string[];

  /**
   * The statement ID in the synthesized policy (letters and digits).
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
