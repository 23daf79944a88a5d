import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `frauddetector`. */
export const FRAUDDETECTOR_RULES: ClassificationRule[] = [
  {
    id: 'frauddetector/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['frauddetector:GetDetectors'],
    reason: 'Fallback, not a finding: frauddetector reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
