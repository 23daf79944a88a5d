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
      QueryString: 'a field-to-match selector, an empty object that names the query string as the part of a request a rule inspects, a rate-based rule aggregates on or a log redacts; not a query string',
      AllQueryArguments: 'a field-to-match selector, an empty object that names all query arguments as the part of a request a rule inspects or a log redacts; not their values',
      SingleQueryArgument: 'a field-to-match selector holding the name of one query argument (API reference: "Provide the name of the query argument to inspect, such as UserName"), not its value',
      QueryArgument: 'a rate-based rule\'s custom aggregation key: the name of the query argument whose values WAF counts, with text transformations; not a value',
      Body: 'a field-to-match selector naming the request body as the part a rule inspects or a log redacts, with its oversize handling; not a body',
      SqliMatchStatement: 'a rule statement that makes WAF inspect a part of each request for SQL injection: the field to match, text transformations and a sensitivity level; it holds no SQL',
      PasswordField: 'the identifier (JSON pointer or form field name) of the request field that carries a password, which the ATP and ACFP managed rule groups inspect; a field name, not a password',
      EmailField: 'the identifier (JSON pointer or form field name) of the registration request field that carries an e-mail address, which the ACFP managed rule group inspects; a field name, not an address',
      PhoneNumberFields: 'the identifiers (JSON pointers or form field names) of the registration request fields that carry phone numbers, which the ACFP managed rule group inspects; field names, not numbers',
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
