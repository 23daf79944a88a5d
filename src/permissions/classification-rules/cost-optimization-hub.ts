import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cost-optimization-hub`. */
export const COST_OPTIMIZATION_HUB_RULES: ClassificationRule[] = [
  {
    id: 'cost-optimization-hub/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['cost-optimization-hub:GetPreferences', 'cost-optimization-hub:GetRecommendation'],
    reason: 'Fallback, not a finding: cost-optimization-hub reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
