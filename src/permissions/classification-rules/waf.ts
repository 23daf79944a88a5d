import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `waf`. */
export const WAF_RULES: ClassificationRule[] = [
  {
    id: 'waf/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['waf:GetWebACL'],
    reason: 'Fallback, not a finding: waf reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'waf/get-logging-configuration',
    actionClass: ActionClass.METADATA,
    actions: ['waf:GetLoggingConfiguration', 'waf:GetRule'],
    reason: 'Returns a web ACL\'s logging configuration (the Kinesis Data Firehose ARN and the fields redacted from logs) and a rule\'s predicates (the IDs and types of the conditions it matches); no logged requests.',
  },
];
