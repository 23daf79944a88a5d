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
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
