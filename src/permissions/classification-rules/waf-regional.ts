import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `waf-regional`. */
export const WAF_REGIONAL_RULES: ClassificationRule[] = [
  {
    id: 'waf-regional/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['waf-regional:GetWebACL'],
    reason: 'Fallback, not a finding: waf-regional reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'waf-regional/get-logging-configuration',
    actionClass: ActionClass.METADATA,
    actions: ['waf-regional:GetLoggingConfiguration', 'waf-regional:GetRule'],
    reason: 'Return a web ACL\'s logging configuration (the web ACL ARN, the Firehose delivery stream ARNs and the request fields redacted from logs) and a rule\'s predicates (type, negation and the ID of the match set they refer to): WAF configuration, no requests, keys or personal data.',
  },
];
