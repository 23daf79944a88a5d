import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `rolesanywhere`. */
export const ROLESANYWHERE_RULES: ClassificationRule[] = [
  {
    id: 'rolesanywhere/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'rolesanywhere:GetCrl',
      'rolesanywhere:GetProfile',
      'rolesanywhere:GetSubject',
      'rolesanywhere:GetTrustAnchor',
    ],
    reason: 'Fallback, not a finding: rolesanywhere reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
