import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cloud9`. */
export const CLOUD9_RULES: ClassificationRule[] = [
  {
    id: 'cloud9/describe-environments',
    actionClass: ActionClass.METADATA,
    actions: ['cloud9:DescribeEnvironments'],
    reason: 'Returns each Cloud9 development environment\'s ID, name, description, type, connection type, ARN, owner ARN, lifecycle and managed-credentials status; never files or credentials.',
    metadataFields: {
      environments: 'the environments\' descriptions (id, name, description, type, connectionType, arn, ownerArn, lifecycle, managedCredentialsStatus): no environment variables despite the name',
    },
  },
  {
    id: 'cloud9/describe-remote-connections',
    actionClass: ActionClass.METADATA,
    actions: ['cloud9:DescribeEC2Remote', 'cloud9:DescribeSSHRemote'],
    reason: 'Console actions with no API model; the Service Authorization Reference says they get details about the connection to an EC2 or SSH development environment, including host, user and port: where the IDE connects, not keys or files.',
  },
];
