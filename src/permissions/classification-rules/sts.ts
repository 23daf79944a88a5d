import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `sts`. */
export const STS_RULES: ClassificationRule[] = [
  {
    id: 'sts/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['sts:GetAccessKeyInfo'],
    reason: 'Fallback, not a finding: sts reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'sts/get-caller-identity',
    actionClass: ActionClass.METADATA,
    actions: ['sts:GetCallerIdentity'],
    reason: 'Returns the caller\'s own identity: its account ID, user or role session ARN and unique ID; no credentials.',
  },
];
