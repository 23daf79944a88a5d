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
];
