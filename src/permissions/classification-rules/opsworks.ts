import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `opsworks`. */
export const OPSWORKS_RULES: ClassificationRule[] = [
  {
    id: 'opsworks/describe-commands',
    actionClass: ActionClass.CONTENT,
    actions: ['opsworks:DescribeCommands'],
    reason: 'Commands include LogUrl, a URL to the command execution log (log content).',
  },
  {
    id: 'opsworks/describe-apps',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['opsworks:DescribeApps'],
    reason: 'Apps include Environment variables (non-Secure values returned) and SslConfiguration (certificate/private key); repo password is filtered.',
  },
  {
    id: 'opsworks/describe-deployments',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['opsworks:DescribeDeployments'],
    reason: 'Deployments include CustomJson passed to Chef recipes, often used to carry secrets.',
  },
  {
    id: 'opsworks/describe-layers',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['opsworks:DescribeLayers'],
    reason: 'Layers include CustomJson and attributes used to pass configuration/secrets to recipes (some passwords filtered).',
  },
  {
    id: 'opsworks/describe-rds-db-instances',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['opsworks:DescribeRdsDbInstances'],
    reason: 'Registered RDS instances include DbUser and DbPassword (returned as *****FILTERED*****): a connection definition with masked password.',
  },
  {
    id: 'opsworks/describe-stacks',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['opsworks:DescribeStacks'],
    reason: 'Stacks include CustomJson and custom cookbook source settings; CustomJson often carries secrets.',
  },
  {
    id: 'opsworks/stack-resource-reads',
    actionClass: ActionClass.METADATA,
    actions: [
      'opsworks:DescribeAgentVersions',
      'opsworks:DescribeEcsClusters',
      'opsworks:DescribeElasticIps',
      'opsworks:DescribeElasticLoadBalancers',
      'opsworks:DescribeInstances',
      'opsworks:DescribeLoadBasedAutoScaling',
      'opsworks:DescribeOperatingSystems',
      'opsworks:DescribeRaidArrays',
      'opsworks:DescribeServiceErrors',
      'opsworks:DescribeStackSummary',
      'opsworks:DescribeTimeBasedAutoScaling',
      'opsworks:DescribeVolumes',
    ],
    reason: 'OpsWorks Stacks, discontinued, has no model in the pinned botocore; its API reference describes these as returning agent versions, registered ECS clusters, Elastic IPs, load balancers, instances (IDs, hostnames, IP addresses, status, AMI, instance profile, SSH key name and host key fingerprints; no user data), auto scaling thresholds and schedules, supported operating systems, RAID arrays, EBS volumes, service errors and a stack\'s counts of layers, apps and instances: resource configuration.',
  },
  {
    id: 'opsworks/user-profiles-and-permissions',
    actionClass: ActionClass.METADATA,
    actions: ['opsworks:DescribeMyUserProfile', 'opsworks:DescribeUserProfiles', 'opsworks:DescribePermissions'],
    reason: 'OpsWorks Stacks, discontinued, has no model in the pinned botocore; its API reference describes these as returning IAM users\' OpsWorks profiles (IAM user ARN and name, SSH user name, SSH public key, self-management flag) and their per-stack permissions (SSH and sudo access, permission level): access configuration and public keys, never private keys.',
  },
  {
    id: 'opsworks/describe-stack-provisioning-parameters',
    actionClass: ActionClass.METADATA,
    actions: ['opsworks:DescribeStackProvisioningParameters'],
    reason: 'OpsWorks Stacks, discontinued, has no model in the pinned botocore; its API reference describes it as returning the agent installer URL and the parameters an instance being registered uses to install the agent: service endpoints, ports, Region, SSL flags, the assets bucket and the OpsWorks public key; no credentials.',
  },
];
