import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `lightsail`. */
export const LIGHTSAIL_RULES: ClassificationRule[] = [
  {
    id: 'lightsail/get-relational-database-master-user-password',
    actionClass: ActionClass.CREDENTIALS,
    actions: [
      'lightsail:GetRelationalDatabaseMasterUserPassword',
      'lightsail:GetInstanceAccessDetails',
      'lightsail:DownloadDefaultKeyPair',
    ],
    reason: 'These return a database master password, temporary SSH keys or passwords of an instance, and the default key pair\'s private key.',
  },
  {
    id: 'lightsail/get-relational-database-log-events',
    actionClass: ActionClass.CONTENT,
    actions: ['lightsail:GetRelationalDatabaseLogEvents', 'lightsail:GetContainerLog'],
    reason: 'These return database and container log lines, which carry application data.',
  },
  {
    id: 'lightsail/get-container-services',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['lightsail:GetContainerServices'],
    reason: 'Returns current/next deployment container definitions including environment variable maps (possible secrets).',
  },
  {
    id: 'lightsail/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'lightsail:GetBlueprints',
      'lightsail:GetBuckets',
      'lightsail:GetBundles',
      'lightsail:GetDiskSnapshots',
      'lightsail:GetDisks',
      'lightsail:GetInstanceSnapshots',
      'lightsail:GetInstances',
      'lightsail:GetKeyPair',
      'lightsail:GetLoadBalancers',
      'lightsail:GetRegions',
      'lightsail:GetStaticIps',
      'lightsail:IsVpcPeered',
    ],
    reason: 'Fallback, not a finding: lightsail reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'lightsail/get-relational-databases',
    actionClass: ActionClass.METADATA,
    actions: ['lightsail:GetRelationalDatabases'],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
