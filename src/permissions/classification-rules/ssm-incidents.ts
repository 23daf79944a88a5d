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
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
  {
    id: 'ssm-incidents/get-replication-set',
    actionClass: ActionClass.METADATA,
    actions: ['ssm-incidents:GetReplicationSet'],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
