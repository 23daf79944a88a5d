import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `acm-pca`. */
export const ACM_PCA_RULES: ClassificationRule[] = [
  {
    id: 'acm-pca/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['acm-pca:GetPolicy'],
    reason: 'Fallback, not a finding: acm-pca reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
