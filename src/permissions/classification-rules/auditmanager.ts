import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `auditmanager`. */
export const AUDITMANAGER_RULES: ClassificationRule[] = [
  {
    id: 'auditmanager/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['auditmanager:GetAccountStatus'],
    reason: 'Fallback, not a finding: auditmanager reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
