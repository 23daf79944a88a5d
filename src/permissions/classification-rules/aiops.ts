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
    id: 'aiops/get-investigation',
    actionClass: ActionClass.CONTENT,
    actions: ['aiops:GetInvestigation'],
    reason: 'Console-only read (the API reference: investigations are started and managed only in the CloudWatch console) of one investigation, which the console shows with the observations, hypotheses and notes drawn from the account\'s logs, metrics and traces.',
  },
  {
    id: 'aiops/list-investigations',
    actionClass: ActionClass.METADATA,
    actions: ['aiops:ListInvestigations'],
    reason: 'Console-only list (Service Authorization Reference: list all investigations in an investigation group) of the investigations of a group: title, status and times, as the console\'s investigation list shows; their feed comes from ListInvestigationEvents.',
  },
  {
    id: 'aiops/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['aiops:GetInvestigationGroup'],
    reason: 'Fallback, not a finding: aiops reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
