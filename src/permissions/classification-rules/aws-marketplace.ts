import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `aws-marketplace`. */
export const AWS_MARKETPLACE_RULES: ClassificationRule[] = [
  {
    id: 'aws-marketplace/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['aws-marketplace:ViewSubscriptions'],
    reason: 'Fallback, not a finding: aws-marketplace reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
