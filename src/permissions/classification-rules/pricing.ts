import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `pricing`. */
export const PRICING_RULES: ClassificationRule[] = [
  {
    id: 'pricing/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['pricing:GetAttributeValues', 'pricing:GetProducts'],
    reason: 'Fallback, not a finding: pricing reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'pricing/describe-services',
    actionClass: ActionClass.METADATA,
    actions: ['pricing:DescribeServices'],
    reason: 'Returns AWS\'s public service codes and the attribute names of their products; the public price list, nothing of the account.',
  },
];
