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
      SharedSecret: 'the RADIUS server\'s shared secret, which the model marks sensitive',
    },
    metadataFields: {
      AccessUrl: 'the directory\'s access URL (<alias>.awsapps.com), a sign-in page address, not a signed URL',
      ShareNotes: 'the note the directory\'s owner wrote when sharing it with another account (marked sensitive in the model): text about the share, beside the action\'s class, which the shared secret decides',
    },
  },
  {
    id: 'ds/describe-event-topics',
    actionClass: ActionClass.METADATA,
    actions: ['ds:DescribeEventTopics', 'ds:ListCertificates', 'ds:ListLogSubscriptions', 'ds:ListTagsForResource'],
    reason: 'Return a directory\'s SNS event topics (topic names and ARNs, status), its certificates (ID, common name, state, type, expiry), its CloudWatch Logs subscriptions (log group name, creation time) and its tags.',
  },
  {
    id: 'ds/get-snapshot-limits',
    actionClass: ActionClass.METADATA,
    actions: ['ds:GetSnapshotLimits'],
    reason: 'Returns a directory\'s manual snapshot limit, the current count of manual snapshots and whether the limit is reached: two numbers and a flag.',
  },
];
