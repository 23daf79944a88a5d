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
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
