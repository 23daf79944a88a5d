import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `mediastore`. */
export const MEDIASTORE_RULES: ClassificationRule[] = [
  {
    id: 'mediastore/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['mediastore:GetContainerPolicy', 'mediastore:GetCorsPolicy'],
    reason: 'Fallback, not a finding: mediastore reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
