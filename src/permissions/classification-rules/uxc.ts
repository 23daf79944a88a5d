import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `uxc`. */
export const UXC_RULES: ClassificationRule[] = [
  {
    id: 'uxc/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['uxc:GetAccountCustomizations'],
    reason: 'Fallback, not a finding: uxc reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
