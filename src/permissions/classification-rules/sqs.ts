import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `sqs`. */
export const SQS_RULES: ClassificationRule[] = [
  {
    id: 'sqs/receive-message',
    actionClass: ActionClass.CONTENT,
    actions: ['sqs:ReceiveMessage'],
    reason: 'This returns message bodies and attributes from a queue.',
    fields: {
      Messages: 'the messages received: their bodies, message attributes and receipt handles',
    },
  },
  {
    id: 'sqs/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
    reason: 'Fallback, not a finding: sqs reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
