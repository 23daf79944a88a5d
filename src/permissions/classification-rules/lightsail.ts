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
    fields: {
      masterUserPassword: 'the database\'s master user password (current, previous or pending version)',
      password: 'the RDP password of the instance, for Windows instances',
      privateKey: 'the temporary SSH private key that signs in to the instance',
    },
    metadataFields: {
      hostKeys: 'the instance\'s public SSH host keys or RDP certificate, with their fingerprints: public, for verifying the host',
    },
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
    fields: {
      environment: 'the environment variables of a container in the current or next deployment, set by the customer and often holding passwords and API keys',
    },
    metadataFields: {
      command: 'the launch command of a container: the arguments the container starts with',
      url: 'the public address of the container service\'s endpoint, not a signed URL',
    },
  },
  {
    id: 'lightsail/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'lightsail:GetBlueprints',
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
    actionClass: ActionClass.CREDENTIALS,
    actions: ['lightsail:GetRelationalDatabases'],
    reason: 'Returns each Lightsail database\'s settings and, while a password change is pending, pendingModifiedValues.masterUserPassword, which the API reference describes as the password for the master user of the database and does not document as masked (RDS and Redshift document **** for their pending password; Lightsail does not).',
    fields: {
      masterUserPassword: 'the pending master user password of the database (API reference: PendingModifiedRelationalDatabaseValues, "The password for the master user of the database"), returned while a password change is pending',
    },
  },
  {
    id: 'lightsail/get-buckets',
    actionClass: ActionClass.METADATA,
    actions: ['lightsail:GetBuckets'],
    reason: 'Returns each Lightsail bucket\'s name, ARN, bundle, state, access rules, resources receiving access and URL; never objects or access keys.',
    metadataFields: {
      url: 'the bucket\'s public endpoint URL (https://bucket.s3.region.amazonaws.com/), not a signed URL: it grants nothing the bucket\'s access rules do not',
    },
  },
];
