import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kafka-cluster`. */
export const KAFKA_CLUSTER_RULES: ClassificationRule[] = [
  {
    id: 'kafka-cluster/read-data',
    actionClass: ActionClass.CONTENT,
    actions: ['kafka-cluster:ReadData'],
    reason: 'With IAM access control on an MSK cluster, this lets a client consume the messages in its topics.',
  },
];
