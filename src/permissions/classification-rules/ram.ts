import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ram`. */
export const RAM_RULES: ClassificationRule[] = [
  {
    id: 'ram/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['ram:GetResourceShares'],
    reason: 'Fallback, not a finding: ram reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
