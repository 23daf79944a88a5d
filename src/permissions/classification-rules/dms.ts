import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `dms`. */
export const DMS_RULES: ClassificationRule[] = [
  {
    id: 'dms/describe-certificates',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['dms:DescribeCertificates'],
    reason: 'Returns CertificateWallet, an imported Oracle wallet: a keystore that holds certificates with their private keys.',
  },
  {
    id: 'dms/describe-replication-task-assessment-results',
    actionClass: ActionClass.CONTENT,
    actions: ['dms:DescribeReplicationTaskAssessmentResults'],
    reason: 'Returns assessment results JSON and S3ObjectUrl, a presigned URL to the results object.',
    fields: {
      S3ObjectUrl: 'the URL of the S3 object that holds the task assessment results (model marks it sensitive)',
    },
  },
  {
    id: 'dms/describe-metadata-model',
    actionClass: ActionClass.CODE,
    actions: ['dms:DescribeMetadataModel'],
    reason: 'Returns the metadata model definition: source DDL/procedural code and converted target code.',
    fields: {
      Definition: 'the SQL text of the metadata model (API reference), the customer\'s DDL and procedural code',
    },
  },
  {
    id: 'dms/describe-endpoints',
    actionClass: ActionClass.CODE,
    actions: ['dms:DescribeEndpoints'],
    reason: 'Endpoint definitions carry AfterConnectScript, SQL the customer wrote that DMS runs after it connects to a MySQL, PostgreSQL or Redshift endpoint, beside server names, user names and engine settings.',
    fields: {
      AfterConnectScript: 'a script DMS runs right after it connects to the endpoint (API reference: "provide the code of the script itself"), SQL the customer wrote',
    },
    metadataFields: {
      ExternalTableDefinition: 'the JSON table definition of CSV files in an S3 source: table and column names, types and lengths, a schema and no rows',
    },
  },
  {
    id: 'dms/endpoint-passwords',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['dms:Describe*'],
    reason: 'The password members of DMS endpoint settings, which the model types SecretString in the Endpoint shape the describe calls return.',
    fields: {
      Password: 'the password of the database user the endpoint connects as (model: SecretString)',
      AsmPassword: 'the Oracle Automatic Storage Management password of an Oracle source (model: SecretString)',
      SecurityDbEncryption: 'the Oracle transparent data encryption (TDE) password DMS uses to read encrypted redo logs (model: SecretString)',
      SaslPassword: 'the SASL/SCRAM password DMS uses to authenticate to an MSK or Kafka target (model: SecretString)',
      SslClientKeyPassword: 'the password of the client private key for a Kafka target (model: SecretString)',
      AuthPassword: 'the password of a Redis target\'s auth role or auth token (model: SecretString)',
    },
  },
  {
    id: 'dms/describe-data-migrations',
    actionClass: ActionClass.METADATA,
    actions: ['dms:DescribeDataMigrations'],
    reason: 'Returns data migrations: their names, ARNs, type, status, service role, settings, statistics and the public IP addresses of their endpoints.',
    metadataFields: {
      SelectionRules: 'the JSON table-mapping rules that name the schemas and tables to include or exclude (API reference), configuration and no data',
      PublicIpAddresses: 'the public IP addresses of the data migration\'s endpoints, network configuration',
    },
  },
  {
    id: 'dms/describe-event-subscriptions',
    actionClass: ActionClass.METADATA,
    actions: ['dms:DescribeEventSubscriptions'],
    reason: 'Returns event subscriptions: SNS topic ARN, status, source type and IDs, event categories and whether each is enabled.',
  },
  {
    id: 'dms/list-schema-conversion-resources',
    actionClass: ActionClass.METADATA,
    actions: [
      'dms:ListDataProviders',
      'dms:ListExtensionPacks',
      'dms:ListInstanceProfiles',
      'dms:ListMigrationProjects',
    ],
    reason: 'Permission-only actions of DMS Schema Conversion (Service Authorization Reference: "list the AWS DMS attributes for data providers / extension packs / instance profiles / migration projects"), used by the console with the DescribeDataProviders, DescribeExtensionPackAssociations, DescribeInstanceProfiles and DescribeMigrationProjects operations: names, ARNs, engines, server names and ports, network settings and the Secrets Manager ARNs of credentials, not their values.',
  },
  {
    id: 'dms/list-metadata-model-jobs',
    actionClass: ActionClass.METADATA,
    actions: [
      'dms:ListMetadataModelAssessmentActionItems',
      'dms:ListMetadataModelAssessments',
      'dms:ListMetadataModelConversions',
      'dms:ListMetadataModelExports',
    ],
    reason: 'Permission-only actions of DMS Schema Conversion (Service Authorization Reference: "list the AWS DMS attributes for metadata model assessments / action items / conversions / exports"), used by the console with the DescribeMetadataModel* request operations: request IDs, status, the selection rules naming the database objects, and assessment action items (object names, issue descriptions and counts); no converted code.',
  },
];
