import { ActionClass } from './action-class';
import { OptInFeature } from './permission-grant';

/**
 * A read a vendor's tool needs although its response is in a denied class: the calls that Prowler's and
 * Cartography's checks make (test/fixtures/peers), and the budgets a cost tool reads, that the guardrail
 * refuses, named with their class.
 */
interface DeniedReadFeatureData {
  readonly name: string;
  readonly deniedClass: ActionClass;
  readonly actions: string[];
  readonly reason: string;
}

/** The denied-read features, as data: one source for the constructs, the vendor config and PERMISSIONS.md. */
const DENIED_READ_FEATURES: readonly DeniedReadFeatureData[] = [
  {
    name: 'AccountContacts',
    deniedClass: ActionClass.PERSONAL_DATA,
    actions: ['account:GetContactInformation', 'account:GetAlternateContact'],
    reason: 'Reads the account\'s primary contact (name, address, phone number) and its billing, operations and security contacts, which CIS AWS Foundations checks (Prowler\'s account_maintain_current_contact_details and account_security_contact_information_is_registered) verify are kept current. They are people\'s names, e-mail addresses and phone numbers.',
  },
  {
    name: 'BudgetsAndAlertRecipients',
    deniedClass: ActionClass.PERSONAL_DATA,
    actions: ['budgets:ViewBudget', 'budgets:DescribeBudgetAction', 'budgets:DescribeBudgetActionsForAccount', 'budgets:DescribeBudgetActionsForBudget', 'ce:GetAnomalySubscriptions', 'ce:DescribeNotificationSubscription'],
    reason: 'Reads budgets (limits, actual and forecast spend) and budget actions, and Cost Anomaly Detection subscriptions, which a cost tool compares spend with. The same calls return the e-mail addresses that budget notifications and anomaly alerts go to, which can be people\'s.',
  },
  {
    name: 'BedrockAgentConfiguration',
    deniedClass: ActionClass.CODE,
    actions: ['bedrock:GetAgent', 'bedrock:GetAgentVersion', 'bedrock:GetAgentActionGroup', 'bedrock:GetDataSource', 'bedrock:GetKnowledgeBase'],
    reason: 'Reads Bedrock agents, their versions and action groups, knowledge bases and their data sources, whose guardrails, encryption and roles Prowler\'s and Cartography\'s checks inventory. The responses carry the agents\' instructions and prompt overrides, action-group schemas, parsing prompts and curated SQL: prompts and code the customer wrote.',
  },
  {
    name: 'GlueJobs',
    deniedClass: ActionClass.CREDENTIALS,
    actions: ['glue:GetJobs'],
    reason: 'Reads Glue jobs (roles, connections, security configurations, script locations), which Prowler\'s encryption checks and Cartography\'s inventory read. A job\'s source-control details can carry the authorization token of its Git repository.',
  },
  {
    name: 'GlueTableSearch',
    deniedClass: ActionClass.CODE,
    actions: ['glue:SearchTables'],
    reason: 'Searches the Data Catalog\'s tables (names, locations, formats, schemas), which Prowler\'s checks read. A view\'s definition carries its SQL.',
  },
  {
    name: 'EmrClusters',
    deniedClass: ActionClass.CREDENTIALS,
    actions: ['elasticmapreduce:DescribeCluster'],
    reason: 'Reads EMR clusters (security configuration, network, roles, status), which Prowler\'s checks and Cartography\'s inventory read. Their Kerberos attributes can carry the KDC admin, cross-realm trust and domain-join passwords.',
  },
  {
    name: 'DmsEndpoints',
    deniedClass: ActionClass.CODE,
    actions: ['dms:DescribeEndpoints'],
    reason: 'Reads DMS endpoints (engine, SSL mode, encryption), which Prowler\'s checks read. An endpoint\'s settings carry the SQL script it runs after connecting.',
  },
  {
    name: 'LightsailDatabases',
    deniedClass: ActionClass.CREDENTIALS,
    actions: ['lightsail:GetRelationalDatabases'],
    reason: 'Reads Lightsail databases (public access, backups, engine), which Prowler\'s checks read. A pending modification can carry the new master password.',
  },
  {
    name: 'SageMakerProcessingJobs',
    deniedClass: ActionClass.CODE,
    actions: ['sagemaker:DescribeProcessingJob'],
    reason: 'Reads SageMaker processing jobs (encryption, network isolation, roles), which Prowler\'s checks read. A job\'s dataset definition carries the Athena or Redshift SQL it runs.',
  },
  {
    name: 'EventRuleTargets',
    deniedClass: ActionClass.CODE,
    actions: ['events:ListTargetsByRule'],
    reason: 'Lists EventBridge rules\' targets, which Cartography maps rules to. A Redshift or AppSync target carries the SQL or GraphQL operation it runs.',
  },
  {
    name: 'SageMakerModelPackages',
    deniedClass: ActionClass.CONTENT,
    actions: ['sagemaker:DescribeModelPackage'],
    reason: 'Reads SageMaker model packages (images, roles, data locations), which Cartography maps. The response carries the model card\'s content.',
  },
  {
    name: 'CloudTrailEventHistory',
    deniedClass: ActionClass.CONTENT,
    actions: ['cloudtrail:LookupEvents'],
    reason: 'Looks up the last 90 days of management events, which Prowler\'s checks and Cartography\'s inventory read to tell who created or changed a resource. The records are log events: each carries the caller\'s user or session name (often an e-mail address), source IP address, user agent and the request parameters passed.',
  },
  {
    name: 'CodeBuildProjects',
    deniedClass: ActionClass.CODE,
    actions: ['codebuild:BatchGetProjects', 'codebuild:BatchGetBuilds'],
    reason: 'Reads CodeBuild projects and builds (roles, source locations, privileged mode, logging, encryption), which Prowler\'s checks and Cartography\'s inventory read. A project\'s or build\'s buildspec can be the inline YAML of the shell commands it runs, and its environment variables come in plaintext.',
  },
  {
    name: 'CodePipelinePipelines',
    deniedClass: ActionClass.CODE,
    actions: ['codepipeline:GetPipeline'],
    reason: 'Reads CodePipeline pipelines (stages, source repositories, artifact stores), which Prowler\'s checks read. A Commands action or rule carries the shell commands it runs, with the actions\' environment variables.',
  },
  {
    name: 'CloudWatchAlarms',
    deniedClass: ActionClass.CODE,
    actions: ['cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarmHistory'],
    reason: 'Reads CloudWatch alarms and their history (metrics, thresholds, actions, state), which Prowler\'s checks and Cartography\'s inventory read. A log alarm carries the CloudWatch Logs Insights query it runs, in its configuration and in the history of its updates.',
  },
];

/**
 * Opt-in features for reads that vendors' tools need although their responses are in a class the
 * data-access guardrail denies. Each names its class, is off by default, and when switched on lifts the
 * guardrail for its actions alone: the customer allows them knowingly.
 */
export class DeniedReadFeatures {
  /**
   * The account's contacts (`account:GetContactInformation`, `account:GetAlternateContact`): personal data
   * that CIS checks read.
   *
   * @param enabled `'true'`, `'false'` or a parameter's value; off unless given
   */
  public static accountContacts(enabled?: string): OptInFeature {
    return DeniedReadFeatures.named('AccountContacts', enabled);
  }

  /**
   * Every denied-read feature, off unless `enabled` is given.
   *
   * @param enabled `'true'`, `'false'` or a parameter's value; off unless given
   */
  public static all(enabled?: string): OptInFeature[] {
    return DENIED_READ_FEATURES.map((feature) => DeniedReadFeatures.named(feature.name, enabled));
  }

  /**
   * The denied-read feature of this name (`AccountContacts`).
   *
   * @param enabled `'true'`, `'false'` or a parameter's value; off unless given
   */
  public static named(name: string, enabled?: string): OptInFeature {
    const feature = DENIED_READ_FEATURES.find((candidate) => candidate.name === name);
    if (!feature) {
      throw new Error(`denied-read feature must be one of ${DENIED_READ_FEATURES.map((candidate) => candidate.name).join(', ')}, got '${name}'`);
    }
    return {
      name: feature.name,
      deniedClass: feature.deniedClass,
      actions: [...feature.actions],
      reason: feature.reason,
      ...(enabled !== undefined ? { enabled } : {}),
    };
  }

  private constructor() {}
}
