import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `profile`. */
export const PROFILE_RULES: ClassificationRule[] = [
  {
    id: 'profile/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['profile:GetDomain'],
    reason: 'Fallback, not a finding: profile reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
