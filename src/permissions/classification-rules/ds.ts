import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ds`. */
export const DS_RULES: ClassificationRule[] = [
  {
    id: 'ds/describe-directories',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ds:DescribeDirectories'],
    reason: 'RadiusSettings in the directory description include the RADIUS SharedSecret field.',
  },
  {
    id: 'ds/describe-event-topics',
    actionClass: ActionClass.METADATA,
    actions: ['ds:DescribeEventTopics', 'ds:ListCertificates', 'ds:ListLogSubscriptions', 'ds:ListTagsForResource'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
  {
    id: 'ds/get-snapshot-limits',
    actionClass: ActionClass.METADATA,
    actions: ['ds:GetSnapshotLimits'],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
