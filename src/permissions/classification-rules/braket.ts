import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `braket`. */
export const BRAKET_RULES: ClassificationRule[] = [
  {
    id: 'braket/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['braket:SearchJobs', 'braket:SearchQuantumTasks'],
    reason: 'Fallback, not a finding: braket reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
