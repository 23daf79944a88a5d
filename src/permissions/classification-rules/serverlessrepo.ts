import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `serverlessrepo`. */
export const SERVERLESSREPO_RULES: ClassificationRule[] = [
  {
    id: 'serverlessrepo/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['serverlessrepo:GetApplicationPolicy'],
    reason: 'Fallback, not a finding: serverlessrepo reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
