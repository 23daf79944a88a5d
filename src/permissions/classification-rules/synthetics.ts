import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `synthetics`. */
export const SYNTHETICS_RULES: ClassificationRule[] = [
  {
    id: 'synthetics/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['synthetics:GetCanary', 'synthetics:GetCanaryRuns', 'synthetics:GetGroup'],
    reason: 'Fallback, not a finding: synthetics reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
