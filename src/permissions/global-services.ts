/**
 * Actions that a region scope never denies: services with a single global endpoint (most in
 * us-east-1), whose requests carry that Region whatever Region the caller works in. Denying them
 * outside the allowed Regions would deny them everywhere.
 *
 * Based on the exemptions of AWS's own Region-deny examples (the AWS Control Tower Region deny
 * control, GRREGIONDENY, and the IAM and Organizations example policies), keeping the global
 * services and leaving out the regional ones that control lists for its own operation (KMS, Config,
 * ACM, Compute Optimizer, CloudTrail, Resource Explorer, Lightsail): a read-only vendor role needs
 * no exemption for them, so the customer's Region choice holds for them too.
 *
 * @see https://docs.aws.amazon.com/controltower/latest/controlreference/primary-region-deny-policy.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html
 */
export interface GlobalServiceActions {
  /** Action patterns, as a region-scope Deny lists them under NotAction. */
  readonly actions: readonly string[];
  /** Why these are exempt. */
  readonly reason: string;
}

export const GLOBAL_SERVICE_ACTIONS: readonly GlobalServiceActions[] = [
  {
    actions: ['iam:*', 'sts:*', 'organizations:*', 'account:*'],
    reason: 'Identity, the organization and account settings are global; their endpoints are in us-east-1 (STS also answers regionally).',
  },
  {
    actions: ['aws-portal:*', 'billing:*', 'billingconductor:*', 'budgets:*', 'ce:*', 'cur:*', 'bcm-data-exports:*', 'consolidatedbilling:*',
      'cost-optimization-hub:*', 'freetier:*', 'invoicing:*', 'payments:*', 'pricing:*', 'savingsplans:*', 'tax:*'],
    reason: 'Billing and cost management answer in us-east-1 only: the COST profile\'s reads must keep working whatever Regions the customer allows.',
  },
  {
    actions: ['cloudfront:*', 'route53:*', 'route53domains:*', 'route53-recovery-cluster:*', 'route53-recovery-control-config:*',
      'route53-recovery-readiness:*', 'globalaccelerator:*', 'networkmanager:*', 'shield:*', 'waf:*'],
    reason: 'Edge, DNS and global networking services have one global endpoint (WAF Classic\'s global API is in us-east-1).',
  },
  {
    actions: ['support:*', 'supportapp:*', 'supportplans:*', 'trustedadvisor:*', 'health:*'],
    reason: 'Support, Trusted Advisor and the Health API are served from us-east-1 for the whole account.',
  },
  {
    // Not a bucket's own settings (GetBucketPolicyStatus, GetBucketPublicAccessBlock): those are answered in
    // the bucket's Region, where the customer's choice of Regions holds.
    actions: ['s3:ListAllMyBuckets', 's3:GetBucketLocation', 's3:GetAccountPublicAccessBlock', 's3:ListMultiRegionAccessPoints',
      's3:GetMultiRegionAccessPoint', 's3:GetMultiRegionAccessPointPolicy', 's3:GetMultiRegionAccessPointPolicyStatus',
      's3:ListStorageLensConfigurations', 's3:GetStorageLensConfiguration', 's3:GetStorageLensDashboard'],
    reason: 'Account-level S3 reads (the bucket list, a bucket\'s Region, the account\'s Block Public Access, Multi-Region Access Points, Storage Lens) go to the global endpoint.',
  },
  {
    actions: ['ec2:DescribeRegions'],
    reason: 'Collectors call it first to learn which Regions exist and are enabled; it reveals no resources.',
  },
  {
    actions: ['ecr-public:*', 'chatbot:*', 'notifications:*', 'notifications-contacts:*', 'devicefarm:*', 'artifact:*',
      'aws-marketplace:*', 'aws-marketplace-management:*', 'sustainability:*', 'iq:*', 'a4b:*', 'importexport:*', 'mobileanalytics:*'],
    reason: 'Further services AWS lists as global in its Region-deny control, each with a single endpoint (us-east-1 or us-west-2).',
  },
];

/**
 * Reads that a region scope allows in the role's own Region as well as in the allowed ones: the
 * cost report bucket lives in the Region of the stack (us-east-1) whatever Regions the customer
 * allows, and object reads outside the report prefixes stay denied by the data-access guardrail.
 */
// s3:GetBucketLocation is not here: it is an account-level read of the global endpoint, exempt above.
export const HOME_REGION_ACTIONS: readonly string[] = ['s3:GetObject', 's3:ListBucket'];

/**
 * Regional services with one scope that lives in a fixed Region: a region scope allows them in the
 * allowed Regions and in that Region only. WAFv2 is regional, except that web ACLs of the CLOUDFRONT
 * scope are managed in us-east-1.
 */
export const FIXED_SCOPE_REGION_ACTIONS: readonly {
  actions: readonly string[];
  region: string;
  reason: string;
  /**
   * Reads of the service that name no resource, so that IAM cannot tell which scope they read: in the fixed
   * Region they read the other scope too (names and IDs of its resources), whatever Regions the customer allows.
   */
  unscopedReads: readonly string[];
}[] = [
  {
    actions: ['wafv2:*'],
    region: 'us-east-1',
    reason: 'WAFv2 is regional; its CLOUDFRONT scope (web ACLs of CloudFront distributions) is called in us-east-1 only.',
    // The List calls take the scope as a request parameter, which no IAM condition key carries.
    unscopedReads: ['wafv2:ListAvailableManagedRuleGroupVersions', 'wafv2:ListAvailableManagedRuleGroups', 'wafv2:ListIPSets',
      'wafv2:ListLoggingConfigurations', 'wafv2:ListManagedRuleSets', 'wafv2:ListMobileSdkReleases', 'wafv2:ListRegexPatternSets',
      'wafv2:ListRuleGroups', 'wafv2:ListWebACLs'],
  },
];

/** Every exempt action pattern, in the order of the data. */
export function globalServiceActionPatterns(): string[] {
  return GLOBAL_SERVICE_ACTIONS.flatMap((group) => group.actions);
}
