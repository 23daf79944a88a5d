import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `elasticfilesystem`. */
export const ELASTICFILESYSTEM_RULES: ClassificationRule[] = [
  {
    id: 'elasticfilesystem/client-mount',
    actionClass: ActionClass.CONTENT,
    actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ReplicationRead'],
    reason: 'With IAM authorization on a file system, these allow an NFS client to mount it and read its files.',
  },
];
