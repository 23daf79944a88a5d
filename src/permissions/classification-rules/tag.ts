import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `tag`. */
export const TAG_RULES: ClassificationRule[] = [
  {
    id: 'tag/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['tag:GetResources', 'tag:GetTagKeys', 'tag:GetTagValues'],
    reason: 'Fallback, not a finding: tag reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
