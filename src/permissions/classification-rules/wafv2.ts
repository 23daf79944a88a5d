import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `wafv2`. */
export const WAFV2_RULES: ClassificationRule[] = [
  {
    id: 'wafv2/list-api-keys',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['wafv2:ListAPIKeys'],
    reason: 'APIKeySummaries include the APIKey values (CAPTCHA/challenge integration keys).',
    fields: {
      APIKey: 'the generated, encrypted API key a web page uses for the JavaScript CAPTCHA and challenge integration (API reference: "You can copy this for use in your JavaScript CAPTCHA integration")',
    },
  },
  {
    id: 'wafv2/list-settlement-records',
    actionClass: ActionClass.CONTENT,
    actions: ['wafv2:ListSettlementRecords'],
    reason: 'Monetization settlement records (transaction records for traffic over a time window), not configuration.',
  },
  {
    id: 'wafv2/rule-statement-fields',
    actionClass: ActionClass.METADATA,
    actions: ['wafv2:Get*', 'wafv2:List*', 'wafv2:Describe*'],
    reason: 'The members of web ACL rule statements and logging configurations that name a part of a web request (its query string, a query argument, its body, a login or registration form field): selectors the customer configured, not request data.',
    metadataFields: {
      Body: 'a field-to-match selector naming the request body as the part a rule inspects or a log redacts, with its oversize handling; not a body',
      Content: 'the payload of a custom response body the customer wrote, which WAF sends to any client whose request a rule blocks: a page served to the public by design, configuration',
    },
  },
  {
    id: 'wafv2/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['wafv2:GetLoggingConfiguration', 'wafv2:GetWebACL', 'wafv2:GetWebACLForResource'],
    reason: 'Fallback, not a finding: wafv2 reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
