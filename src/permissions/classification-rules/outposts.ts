import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `outposts`. */
export const OUTPOSTS_RULES: ClassificationRule[] = [
  {
    id: 'outposts/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['outposts:GetOutpost', 'outposts:GetOutpostInstanceTypes'],
    reason: 'Fallback, not a finding: outposts reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
