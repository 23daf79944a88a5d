import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `opsworks-cm`. */
export const OPSWORKS_CM_RULES: ClassificationRule[] = [
  {
    id: 'opsworks-cm/describe-reads',
    actionClass: ActionClass.METADATA,
    actions: [
      'opsworks-cm:DescribeAccountAttributes',
      'opsworks-cm:DescribeBackups',
      'opsworks-cm:DescribeEvents',
      'opsworks-cm:DescribeNodeAssociationStatus',
      'opsworks-cm:DescribeServers',
    ],
    reason: 'OpsWorks for Chef Automate and Puppet Enterprise has reached its end of life and no current model has it; per its API reference these return account limits, backup metadata (IDs, status, S3 location, instance settings), service event messages with log URLs, the status of a node association and the node\'s signed certificate, and server settings; the server\'s starter kit and admin password are returned only by CreateServer and are not stored by the service.',
  },
];
