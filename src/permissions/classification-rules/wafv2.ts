import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `wafv2`. */
export const WAFV2_RULES: ClassificationRule[] = [
  {
    id: 'wafv2/list-api-keys',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['wafv2:ListAPIKeys'],
    reason: 'APIKeySummaries include the APIKey values (CAPTCHA/challenge integration keys).',
  },
  {
    id: 'wafv2/list-settlement-records',
    actionClass: ActionClass.CONTENT,
    actions: ['wafv2:ListSettlementRecords'],
    reason: 'Monetization settlement records (transaction records for traffic over a time window), not configuration.',
  },
  {
    id: 'wafv2/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['wafv2:GetLoggingConfiguration', 'wafv2:GetWebACL', 'wafv2:GetWebACLForResource'],
    reason: 'Fallback, not a finding: wafv2 reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
