import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `glue`. */
export const GLUE_RULES: ClassificationRule[] = [
  {
    id: 'glue/get-jobs',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['glue:GetJobs'],
    reason: 'Job definitions include the source control settings of the job with the value of its authorization token (a Git personal access token), besides default arguments and the Glue Studio graph with any custom code and SQL.',
    fields: {
      AuthToken: 'the value of the authorization token Glue uses to sync the job with its Git repository (API reference: "The value of an authorization token"), for example a personal access token',
    },
    metadataFields: {
      Command: 'the JobCommand: the job type name, the S3 location of the script, the Python version and runtime, not the script',
    },
  },
  {
    id: 'glue/job-arguments',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['glue:GetJob*'],
    reason: 'Glue jobs carry default arguments that the job script reads, where customers put connection strings and keys.',
    fields: {
      DefaultArguments: 'the default arguments of every job run, name-value pairs the customer\'s script reads (the API reference warns they may be logged and not to pass plaintext secrets)',
    },
  },
  {
    id: 'glue/job-visual-graph',
    actionClass: ActionClass.CODE,
    actions: ['glue:GetJob*'],
    reason: 'Glue Studio jobs carry the graph the job\'s script is generated from, whose nodes include custom code and SQL the customer wrote.',
    fields: {
      CodeGenConfigurationNodes: 'the Glue Studio directed acyclic graph of the job, including CustomCode nodes with the customer\'s code and SparkSQL nodes with their SQL queries',
    },
  },
  {
    id: 'glue/search-tables',
    actionClass: ActionClass.CODE,
    actions: ['glue:SearchTables'],
    reason: 'Returns catalog tables, including the views\' definitions with the SELECT statements the customer wrote in CREATE VIEW.',
    fields: {
      ViewDefinition: 'a multi-dialect view\'s representations, each with ViewOriginalText (the SELECT query the customer provided in CREATE VIEW) and ViewExpandedText (its expanded SQL)',
    },
    metadataFields: {
      Parameters: 'key-value properties of the table or column that crawlers and engines set: classification, compression, record counts, partition projection settings',
    },
  },
  {
    id: 'glue/database-and-endpoint-settings',
    actionClass: ActionClass.METADATA,
    actions: ['glue:GetDatabases', 'glue:GetDevEndpoints'],
    reason: 'Return databases with their properties and development endpoints with their configuration arguments.',
    metadataFields: {
      Parameters: 'key-value properties of a database (location and engine settings that crawlers and engines set)',
      Arguments: 'the development endpoint\'s configuration arguments, whose valid keys are --enable-glue-datacatalog and GLUE_PYTHON_VERSION (API reference)',
    },
  },
  {
    id: 'glue/get-ml-transforms',
    actionClass: ActionClass.METADATA,
    actions: ['glue:GetMLTransforms'],
    reason: 'Returns machine learning transforms: name, status, role, worker settings, input tables, evaluation metrics and tuning parameters.',
    metadataFields: {
      Parameters: 'the transform\'s TransformParameters: the transform type and, for FindMatches, the primary key column and the precision-recall and accuracy-cost tradeoffs',
    },
  },
  {
    id: 'glue/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'glue:GetCrawlers',
      'glue:GetDataCatalogEncryptionSettings',
      'glue:GetJobBookmark',
      'glue:GetResourcePolicy',
      'glue:GetSecurityConfiguration',
      'glue:GetSecurityConfigurations',
      'glue:GetTags',
    ],
    reason: 'Fallback, not a finding: glue reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'glue/get-connections',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['glue:GetConnections'],
    reason: 'Returns connection properties, including passwords unless the caller asks to hide them.',
  },
];
