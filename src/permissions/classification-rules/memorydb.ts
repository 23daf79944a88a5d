import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `memorydb`. */
export const MEMORYDB_RULES: ClassificationRule[] = [
  {
    id: 'memorydb/connect',
    actionClass: ActionClass.CONTENT,
    actions: ['memorydb:Connect'],
    reason: 'Signs in to a MemoryDB cluster with IAM authentication, whose keys hold application data.',
  },
  {
    id: 'memorydb/describe-reserved-nodes',
    actionClass: ActionClass.METADATA,
    actions: ['memorydb:DescribeReservedNodes'],
    reason: 'Returns reserved nodes: reservation ID and ARN, node type, node count, start time, duration, fixed price, offering type, recurring charges and state.',
  },
];
