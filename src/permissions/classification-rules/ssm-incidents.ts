import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ssm-incidents`. */
export const SSM_INCIDENTS_RULES: ClassificationRule[] = [
  {
    id: 'ssm-incidents/list-replication-sets',
    actionClass: ActionClass.METADATA,
    actions: [
      'ssm-incidents:ListReplicationSets',
      'ssm-incidents:ListResponsePlans',
      'ssm-incidents:ListTagsForResource',
    ],
    reason: 'Lists Incident Manager replication sets (ARNs), response plans (names, display names, ARNs) and resource tags.',
  },
  {
    id: 'ssm-incidents/get-replication-set',
    actionClass: ActionClass.METADATA,
    actions: ['ssm-incidents:GetReplicationSet'],
    reason: 'Returns the replication set: its Regions with their status and KMS key ARNs, deletion protection, creator and times.',
  },
];
