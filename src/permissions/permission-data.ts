/**
 * Which actions each permission profile grants, and why. This file is the single source of the
 * profiles' content: the role, the member-account template, the published template, the manual
 * JSON, the Terraform file and PERMISSIONS.md all read it. Adding an action or a profile touches
 * this file only.
 */

/** The profiles, by name. */
export type ProfileName = 'COST' | 'SECURITY_AUDIT' | 'INVENTORY';

/** A read grant of one or more profiles. */
export interface ProfileGrantData {
  /** Statement ID in the synthesized policy: PascalCase, unique. */
  readonly sid: string;
  /** Exact actions or patterns; every one must expand to Read or List actions only (tested). */
  readonly actions: readonly string[];
  /** Why the vendor needs them. */
  readonly reason: string;
  /** The profiles that include this grant. */
  readonly profiles: readonly ProfileName[];
  /**
   * The resources, when not every resource; `arn:aws:` is written in the stack's partition.
   */
  readonly resources?: readonly string[];
}

/** A profile: the AWS-managed policies it attaches, and what it is for. */
export interface ProfileData {
  readonly name: ProfileName;
  readonly description: string;
  /**
   * AWS-managed policies attached by name (with their path, e.g. `job-function/ViewOnlyAccess`).
   * `ReadOnlyAccess` is never one of them: it reads data (S3 objects, DynamoDB items, ...).
   */
  readonly awsManagedPolicies: readonly string[];
}

export const PROFILES: readonly ProfileData[] = [
  {
    name: 'COST',
    description:
      'Cost management tools: the AWS-managed ViewOnlyAccess policy (resource listings to attribute spend) plus reads of billing, Cost Explorer, the cost reports, Savings Plans and reservations, Organizations, Compute Optimizer and CloudWatch metrics.',
    awsManagedPolicies: ['job-function/ViewOnlyAccess'],
  },
  {
    name: 'SECURITY_AUDIT',
    description:
      'Security posture tools: the AWS-managed SecurityAudit policy plus the configuration reads it misses (tag values, S3 bucket-level listings, account settings, and the reads of backup plans, REST APIs, Bedrock, build and artifact, directory, WAF Classic, data governance and operations services that security scanners make).',
    awsManagedPolicies: ['SecurityAudit'],
  },
  {
    name: 'INVENTORY',
    description: 'Asset inventory tools: the AWS-managed SecurityAudit policy, which reads the configuration of every resource type, plus the reads inventory collectors make that it misses (REST APIs, Bedrock, build and artifact, directory and data governance services).',
    awsManagedPolicies: ['SecurityAudit'],
  },
];

export const PROFILE_GRANTS: readonly ProfileGrantData[] = [
  {
    sid: 'CostExplorerReads',
    actions: ['ce:Describe*', 'ce:Get*', 'ce:List*'],
    reason: 'Reads cost and usage, forecasts, anomalies, cost categories and rightsizing and commitment recommendations from Cost Explorer.',
    profiles: ['COST'],
  },
  {
    sid: 'CostReportDefinitionReads',
    actions: ['cur:DescribeReportDefinitions', 'bcm-data-exports:GetExport', 'bcm-data-exports:ListExports', 'bcm-data-exports:GetExecution', 'bcm-data-exports:ListExecutions', 'bcm-data-exports:GetTable', 'bcm-data-exports:ListTables'],
    reason: 'Finds the Cost and Usage Report and Data Exports definitions (bucket, prefix, format) so the vendor reads the right files and can tell the customer when delivery fails.',
    profiles: ['COST'],
  },
  {
    sid: 'BudgetsAndBillingReads',
    actions: ['budgets:ListTagsForResource', 'billing:GetBillingData', 'billing:GetBillingDetails', 'billing:GetBillingPreferences', 'billing:GetContractInformation', 'billing:GetCredits', 'billing:ListBillingViews', 'pricing:DescribeServices', 'pricing:GetAttributeValues', 'pricing:GetProducts'],
    reason: 'Reads credits, billing views and public list prices to price recommendations. (Budgets return their notification recipients\' e-mail addresses: the BudgetsAndAlertRecipients feature allows them knowingly.)',
    profiles: ['COST'],
  },
  {
    sid: 'CommitmentReads',
    actions: ['savingsplans:DescribeSavingsPlans', 'savingsplans:DescribeSavingsPlanRates', 'savingsplans:DescribeSavingsPlansOfferings', 'savingsplans:DescribeSavingsPlansOfferingRates', 'ec2:DescribeReservedInstances', 'ec2:DescribeReservedInstancesModifications', 'ec2:DescribeReservedInstancesOfferings', 'rds:DescribeReservedDBInstances', 'elasticache:DescribeReservedCacheNodes', 'redshift:DescribeReservedNodes', 'es:DescribeReservedInstances', 'dynamodb:DescribeReservedCapacity', 'memorydb:DescribeReservedNodes'],
    reason: 'Reads Savings Plans and reservations (EC2, RDS, ElastiCache, Redshift, OpenSearch, DynamoDB, MemoryDB) to report their utilization and coverage.',
    profiles: ['COST'],
  },
  {
    sid: 'OrganizationReads',
    actions: ['organizations:DescribeOrganization', 'organizations:DescribeAccount', 'organizations:DescribeOrganizationalUnit', 'organizations:ListAccounts', 'organizations:ListAccountsForParent', 'organizations:ListOrganizationalUnitsForParent', 'organizations:ListParents', 'organizations:ListRoots', 'organizations:ListTagsForResource'],
    reason: 'Maps linked accounts to their names, organizational units and tags so that costs are attributed to the right teams.',
    profiles: ['COST'],
  },
  {
    sid: 'ComputeOptimizerReads',
    actions: ['compute-optimizer:Describe*', 'compute-optimizer:Get*'],
    reason: 'Reads Compute Optimizer rightsizing recommendations and enrollment status.',
    profiles: ['COST'],
  },
  {
    sid: 'UsageMetricReads',
    actions: ['cloudwatch:GetMetricData', 'cloudwatch:GetMetricStatistics', 'cloudwatch:ListMetrics'],
    reason: 'Reads utilization metrics (CPU, memory, requests) that show idle and oversized resources.',
    profiles: ['COST'],
  },
  {
    sid: 'TagReads',
    actions: ['tag:GetResources', 'tag:GetTagKeys', 'tag:GetTagValues'],
    reason: 'Reads resource tags across services, which attribute cost and ownership to teams and projects.',
    profiles: ['COST', 'SECURITY_AUDIT', 'INVENTORY'],
  },
  {
    sid: 'BucketLevelListings',
    actions: ['s3:ListBucketVersions', 's3:ListBucketMultipartUploads'],
    reason: 'Lists object versions and incomplete multipart uploads (keys and sizes, never content) to find buckets that keep deleted data or unfinished uploads.',
    profiles: ['SECURITY_AUDIT'],
  },
  {
    sid: 'AccountSettingReads',
    actions: ['account:ListRegions', 'ec2:GetEbsEncryptionByDefault', 'ec2:GetInstanceMetadataDefaults', 'ec2:GetSnapshotBlockPublicAccessState', 'ec2:GetSerialConsoleAccessStatus'],
    reason: 'Reads account-wide security settings (enabled regions, default EBS encryption, instance metadata defaults, snapshot public access, serial console access). The account\'s contacts are personal data and stay denied.',
    profiles: ['SECURITY_AUDIT'],
  },
  // The configuration reads that security scanners (Prowler) and inventory collectors (Cartography)
  // make and SecurityAudit misses; measured in test/permissions/peer-coverage.test.ts.
  {
    sid: 'RestApiReads',
    actions: ['apigateway:GET'],
    resources: ['arn:aws:apigateway:*::/restapis/*'],
    reason: 'Reads each REST API and its resources, methods and stages (SecurityAudit lists /restapis and some deeper paths, not the API itself); API key values stay denied.',
    profiles: ['SECURITY_AUDIT', 'INVENTORY'],
  },
  {
    sid: 'BackupPlanReads',
    actions: ['backup:ListBackupPlans', 'backup:GetBackupSelection', 'backup:ListBackupSelections', 'backup:ListRecoveryPointsByBackupVault', 'backup:ListReportPlans'],
    reason: 'Reads AWS Backup plans, their resource selections, recovery points and report plans, to check that resources are backed up.',
    profiles: ['SECURITY_AUDIT'],
  },
  {
    sid: 'AiServiceConfigurationReads',
    actions: ['bedrock:GetGuardrail'],
    reason: 'Reads the configuration of Bedrock guardrails (filters, denied topics, word lists); agents, knowledge bases and data sources return prompts and instructions, which the BedrockAgentConfiguration feature allows knowingly.',
    profiles: ['SECURITY_AUDIT', 'INVENTORY'],
  },
  {
    sid: 'BuildAndArtifactReads',
    actions: ['codeartifact:ListPackages', 'codeartifact:ListPackageVersions', 'codeartifact:ListTagsForResource', 'codebuild:ListBuildsForProject',
      'codebuild:ListReportGroups', 'codebuild:BatchGetReportGroups', 'codepipeline:ListTagsForResource', 'ecr:DescribePullThroughCacheRules'],
    reason: 'Lists packages and their versions, builds and report groups, and reads pipeline tags and ECR pull-through cache rules, to check the software supply chain.',
    profiles: ['SECURITY_AUDIT', 'INVENTORY'],
  },
  {
    sid: 'AppHostingReads',
    actions: ['appstream:DescribeFleets', 'appstream:ListTagsForResource', 'lightsail:GetStaticIps'],
    reason: 'Lists AppStream fleets and Lightsail static IPs, to check their exposure. (Amplify\'s app listings return basic-auth credentials and Lightsail\'s databases a pending master password; they stay denied, the latter unless the LightsailDatabases feature is on.)',
    profiles: ['SECURITY_AUDIT'],
  },
  {
    sid: 'DirectoryAndIdentityReads',
    actions: ['ds:DescribeEventTopics', 'ds:GetSnapshotLimits', 'ds:ListCertificates', 'ds:ListLogSubscriptions', 'ds:ListTagsForResource',
      'cognito-idp:GetUserPoolMfaConfig', 'sts:GetCallerIdentity'],
    reason: 'Reads Directory Service monitoring, certificates and log subscriptions, Cognito user pools\' MFA settings, and the caller\'s own identity.',
    profiles: ['SECURITY_AUDIT', 'INVENTORY'],
  },
  {
    sid: 'WafClassicReads',
    actions: ['waf:GetLoggingConfiguration', 'waf:GetRule', 'waf:ListActivatedRulesInRuleGroup', 'waf:ListRuleGroups', 'waf:ListRules',
      'waf-regional:GetLoggingConfiguration', 'waf-regional:GetRule', 'waf-regional:ListActivatedRulesInRuleGroup', 'waf-regional:ListRuleGroups', 'waf-regional:ListRules'],
    reason: 'Reads WAF Classic rules, rule groups and logging, which SecurityAudit covers for WAFv2 only.',
    profiles: ['SECURITY_AUDIT'],
  },
  {
    sid: 'DataGovernanceReads',
    actions: ['glue:GetMLTransforms', 'macie2:GetAutomatedDiscoveryConfiguration', 'macie2:GetMacieSession', 'glacier:ListTagsForVault',
      'storagegateway:DescribeSMBFileShares', 'inspector2:ListMembers', 'ses:ListEmailIdentities'],
    reason: 'Reads Glue transforms, Macie\'s status, Glacier vault tags, Storage Gateway SMB shares, Inspector members and SES sending identities.',
    profiles: ['SECURITY_AUDIT', 'INVENTORY'],
  },
  {
    sid: 'OperationsReads',
    actions: ['dlm:GetLifecyclePolicies', 'drs:DescribeJobs', 'ssm-incidents:GetReplicationSet', 'ssm-incidents:ListReplicationSets', 'ssm-incidents:ListResponsePlans',
      'ssm-incidents:ListTagsForResource', 'support:DescribeServices', 'resource-explorer-2:ListIndexes', 'wellarchitected:ListTagsForResource',
      'wellarchitected:ListWorkloads', 'servicecatalog:DescribePortfolio', 'servicecatalog:DescribePortfolioShares', 'servicecatalog:ListPortfolios'],
    reason: 'Reads snapshot lifecycle policies, disaster recovery jobs, incident response plans, Resource Explorer indexes, Well-Architected workloads and Service Catalog portfolios and shares.',
    profiles: ['SECURITY_AUDIT'],
  },
];

/**
 * Secret-bearing configuration reads that a profile which denies the class keeps, because it cannot
 * do its job without them. The customer denies them too with `denySecretBearingConfiguration: true`.
 */
export interface SecretBearingNeedData {
  /** Exact actions, each classified as secret-bearing configuration (tested). */
  readonly actions: readonly string[];
  /** Why the profile needs them despite what they may carry. */
  readonly reason: string;
  /** The profiles that keep them. */
  readonly profiles: readonly ProfileName[];
}

export const SECRET_BEARING_NEEDS: readonly SecretBearingNeedData[] = [
  {
    actions: ['lambda:ListFunctions'],
    reason: 'The only API that enumerates Lambda functions; an inventory without it misses every function. Lambda returns each function\'s environment variables with it.',
    profiles: ['INVENTORY'],
  },
  {
    actions: ['cloudfront:ListDistributions'],
    reason: 'The only API that enumerates CloudFront distributions; each summary carries the origins\' custom headers.',
    profiles: ['INVENTORY'],
  },
  {
    actions: ['ecs:DescribeTaskDefinition', 'ecs:DescribeTasks'],
    reason: 'The container images, roles and ports of ECS services and running tasks, which an inventory of workloads maps; container definitions and task overrides carry environment variables.',
    profiles: ['INVENTORY'],
  },
  {
    actions: ['ec2:DescribeLaunchTemplateVersions', 'autoscaling:DescribeLaunchConfigurations'],
    reason: 'The AMIs, instance profiles and network settings that launch templates and configurations give instances, which an inventory relates to the instances they launch; they carry user data.',
    profiles: ['INVENTORY'],
  },
  {
    actions: ['cloudformation:DescribeStacks'],
    reason: 'The only description of stacks, which an inventory maps to the roles and resources they use; they carry parameters and outputs.',
    profiles: ['INVENTORY'],
  },
  {
    actions: ['sagemaker:DescribeModel', 'sagemaker:DescribeTrainingJob', 'sagemaker:DescribeTransformJob'],
    reason: 'The images, roles and data locations of SageMaker models and jobs, which an inventory maps; they carry container environment variables and hyperparameters.',
    profiles: ['INVENTORY'],
  },
];

/**
 * Actions that AWS's Service Authorization Reference classifies as Write or Permissions management
 * but that only read configuration. The test that forbids write actions in every profile lists
 * these explicitly, each with its reason, instead of loosening the check.
 */
export const READ_ONLY_DESPITE_ACCESS_LEVEL: Readonly<Record<string, string>> = {
  'iot:ListSubscriptions':
    'Lists the MQTT topic subscriptions of an IoT Device Management fleet indexing session; returns topic names only. In SecurityAudit and ViewOnlyAccess.',
  'quicksight:DescribeKnowledgeBasePermissions':
    'Returns who may use a QuickSight knowledge base (principals and actions), which is access-review metadata. In SecurityAudit.',
  'quicksight:DescribeSpacePermissions':
    'Returns who may use a QuickSight space (principals and actions), which is access-review metadata. In SecurityAudit.',
  'quicksight:DescribeTopicPermissions':
    'Returns who may use a QuickSight topic (principals and actions), which is access-review metadata. In SecurityAudit.',
};
