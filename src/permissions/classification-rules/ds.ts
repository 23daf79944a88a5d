import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ds`. */
export const DS_RULES: ClassificationRule[] = [
  {
    id: 'ds/describe-directories',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ds:DescribeDirectories'],
    reason: 'RadiusSettings in the directory description include the RADIUS SharedSecret field.',
    fields: {
      DirectoryDescriptions: 'the directory descriptions, whose RadiusSettings carry the RADIUS SharedSecret (model marks it sensitive) beside names, DNS addresses, VPC settings and status',
    },
  },
  {
    id: 'ds/describe-event-topics',
    actionClass: ActionClass.METADATA,
    actions: ['ds:DescribeEventTopics', 'ds:ListCertificates', 'ds:ListLogSubscriptions', 'ds:ListTagsForResource'],
    reason: 'Return a directory\'s SNS event topics (topic names and ARNs, status), its certificates (ID, common name, state, type, expiry), its CloudWatch Logs subscriptions (log group name, creation time) and its tags.',
    metadataFields: {
      LogSubscriptions: 'the directory\'s log subscriptions: directory ID, CloudWatch Logs group name and creation time; flagged only because "Subscriptions" contains "script"',
    },
  },
  {
    id: 'ds/get-snapshot-limits',
    actionClass: ActionClass.METADATA,
    actions: ['ds:GetSnapshotLimits'],
    reason: 'Returns a directory\'s manual snapshot limit, the current count of manual snapshots and whether the limit is reached: two numbers and a flag.',
  },
];
