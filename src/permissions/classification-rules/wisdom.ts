import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `wisdom`. */
export const WISDOM_RULES: ClassificationRule[] = [
  {
    id: 'wisdom/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['wisdom:GetAssistant'],
    reason: 'Fallback, not a finding: wisdom reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
