/**
 * The AWS Control Tower proactive controls that the project's templates fail on purpose: the one list
 * of exceptions, each with the resource it applies to and the reason. test/control-tower.test.ts fails
 * on any failing control that is not here, and on any entry here that no template fails any more, so the
 * list and the README table stay true.
 *
 * Every other control that applies to the templates' resources passes (S3 Block Public Access, versioning,
 * lifecycle rules, TLS-only bucket policy, no ACLs, event notifications, no `*` or `service:*` in IAM
 * policies).
 */
export interface ControlTowerException {
  /** The control's ID, e.g. `CT.S3.PR.9`. */
  readonly control: string;
  /** The resource, as `<library construct>/<path inside it>`. */
  readonly resource: string;
  /**
   * When the exception applies, if not always.
   *
   * @default - always
   */
  readonly when?: string;
  /** Why the resource does not follow the control, for a security reviewer. */
  readonly reason: string;
  /** What a customer whose organization enforces the control can do. */
  readonly workaround: string;
}

export const CONTROL_TOWER_EXCEPTIONS: readonly ControlTowerException[] = [
  {
    control: 'CT.S3.PR.2',
    resource: 'CostReport/Bucket',
    when: 'no accessLogsBucket is given (always in the published template)',
    reason: 'Server access logs belong in the bucket the customer\'s logging standard names, usually the organization\'s central log '
      + 'bucket. Logging into the report bucket itself is what the control would accept, and it is the loop S3 advises against; a log '
      + 'bucket created with every report bucket would fail the same control itself. CloudTrail data events, when enabled, record the '
      + 'deliveries and the vendor\'s reads.',
    workaround: 'Pass `accessLogsBucket` (CDK): the bucket then logs there and passes the control. The published template has no '
      + 'parameter for it.',
  },
  {
    control: 'CT.S3.PR.9',
    resource: 'CostReport/Bucket',
    reason: 'Object Lock keeps object versions from being deleted or overwritten for a retention period (write once, read many). The '
      + 'reports are the opposite: AWS rewrites the current month\'s files at every refresh (a new version in the versioned bucket), and '
      + 'the noncurrent versions expire after `noncurrentVersionExpiration` (30 days). A default retention would keep every refresh for '
      + 'the whole period, and in compliance mode nobody could delete those versions, or the bucket, before it ends; Object Lock without '
      + 'a default retention would pass the control and protect nothing. Once on, Object Lock cannot be turned off.',
    workaround: 'Pass your own bucket with Object Lock (`bucket`, CDK), after checking that its retention suits billing data rewritten daily.',
  },
  {
    control: 'CT.S3.PR.10',
    resource: 'CostReport/Bucket',
    reason: 'The bucket uses S3-managed keys (SSE-S3, AES-256). With SSE-KMS every read of a report by the vendor role is also a '
      + '`kms:Decrypt` on the key, and the role\'s data-access guardrail denies `kms:Decrypt` by design (content, in src/permissions/classification-rules.ts): '
      + 'the key would have to become an exception to the guardrail, and a customer-managed key would need a key policy admitting the '
      + 'billing delivery services and cost a monthly key charge in every customer account.',
    workaround: 'None for the vendor role yet: with an SSE-KMS bucket passed in (`bucket`, CDK), the guardrail denies the `kms:Decrypt` '
      + 'the vendor\'s reads need.',
  },
];
