import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `aiops`. */
export const AIOPS_RULES: ClassificationRule[] = [
  {
    id: 'aiops/list-investigation-events',
    actionClass: ActionClass.CONTENT,
    actions: ['aiops:ListInvestigationEvents'],
    reason: 'Investigation feed events: observations, hypotheses and notes drawn from customer telemetry (logs/metrics/traces).',
  },
  {
    id: 'aiops/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['aiops:GetInvestigation', 'aiops:GetInvestigationGroup'],
    reason: 'Fallback, not a finding: aiops reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
