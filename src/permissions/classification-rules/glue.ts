import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `glue`. */
export const GLUE_RULES: ClassificationRule[] = [
  {
    id: 'glue/get-jobs',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['glue:GetJobs'],
    reason: 'Job definitions include DefaultArguments and NonOverridableArguments (often hold passwords/keys).',
  },
  {
    id: 'glue/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'glue:GetCrawlers',
      'glue:GetDataCatalogEncryptionSettings',
      'glue:GetDatabases',
      'glue:GetDevEndpoints',
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
  {
    id: 'glue/get-ml-transforms',
    actionClass: ActionClass.METADATA,
    actions: ['glue:GetMLTransforms', 'glue:SearchTables'],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
