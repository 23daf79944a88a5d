import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `rds`. */
export const RDS_RULES: ClassificationRule[] = [
  {
    id: 'rds/download-db-log-file-portion',
    actionClass: ActionClass.CONTENT,
    actions: ['rds:DownloadDBLogFilePortion', 'rds:DownloadCompleteDBLogFile'],
    reason: 'Database engine logs (general, slow-query, audit and error logs) can contain full SQL statements and the values in them.',
    fields: {
      LogFileData: 'entries of the database log file: SQL statements, the values in them and error messages',
    },
  },
  {
    id: 'rds/describe-option-groups',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['rds:DescribeOptionGroups'],
    reason: 'Returns option groups with each option\'s settings; the model marks the setting values sensitive, and some options take secrets as settings (the Oracle Enterprise Manager agent\'s registration password).',
    fields: {
      Value: 'the current value of an option setting, which for some options is a password or key the customer set',
    },
  },
  {
    id: 'rds/describe-db-proxy-target-groups',
    actionClass: ActionClass.CODE,
    actions: ['rds:DescribeDBProxyTargetGroups'],
    reason: 'Returns a proxy\'s target groups with their connection pool settings, including the initialization query the customer wrote.',
    fields: {
      InitQuery: 'one or more SQL statements (typically SET statements) the customer wrote for the proxy to run on each new database connection',
    },
  },
  {
    id: 'rds/master-user-secret-and-pending-password',
    actionClass: ActionClass.METADATA,
    actions: ['rds:DescribeDBClusters', 'rds:DescribeDBInstances', 'rds:DescribeTenantDatabases'],
    reason: 'Return clusters, instances and tenant databases with their configuration; the master password is never returned, and a password managed in Secrets Manager appears only as the secret\'s ARN, status and KMS key.',
    metadataFields: {
      MasterUserSecret: 'the ARN, status and KMS key ID of the Secrets Manager secret RDS manages for the master user password, not the password',
      MasterUserPassword: 'never returned: the API reference of ModifyDBInstance says RDS API operations never return the password; a pending change shows only that the element exists',
    },
  },
  {
    id: 'rds/parameter-groups',
    actionClass: ActionClass.METADATA,
    actions: [
      'rds:DescribeDBClusterParameters',
      'rds:DescribeDBParameters',
      'rds:DescribeEngineDefaultClusterParameters',
      'rds:DescribeEngineDefaultParameters',
    ],
    reason: 'Return the engine parameters of a parameter group or of an engine family\'s defaults: name, value, description, source, type, allowed values and apply method.',
    metadataFields: {
      Parameters: 'database engine parameters (for example max_connections or rds.force_ssl) with their values and allowed values, engine settings rather than credentials',
    },
  },
  {
    id: 'rds/db-recommendations',
    actionClass: ActionClass.METADATA,
    actions: ['rds:DescribeDBRecommendations'],
    reason: 'Returns RDS recommendations: the issue, the affected resource, the recommended action with its API parameters, the Performance Insights metrics behind it and links to AWS documentation.',
    metadataFields: {
      MetricQuery: 'the Performance Insights metric query behind the recommendation: a metric name (such as db.load.avg), its dimension group and filter, not SQL',
      Text: 'the text of a link to AWS documentation about the recommendation',
      Url: 'the URL of the AWS documentation page about the recommendation',
      Parameters: 'the key-value parameters of the API operation that applies the recommended action (for example a DB instance class)',
    },
  },
  {
    id: 'rds/console-recommendations',
    actionClass: ActionClass.METADATA,
    actions: ['rds:DescribeRecommendationGroups', 'rds:DescribeRecommendations'],
    reason: 'Console-only permissions with no API operation in any model; per the Service Authorization Reference they return the RDS console\'s recommendations and recommendation groups (the issue, affected resources and the suggested configuration change).',
  },
];
