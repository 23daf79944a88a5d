import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `detective`. */
export const DETECTIVE_RULES: ClassificationRule[] = [
  {
    id: 'detective/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['detective:GetGraphIngestState'],
    reason: 'Fallback, not a finding: detective reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
