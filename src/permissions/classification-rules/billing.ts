import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `billing`. */
export const BILLING_RULES: ClassificationRule[] = [
  {
    id: 'billing/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'billing:GetBillingData',
      'billing:GetBillingDetails',
      'billing:GetBillingPreferences',
      'billing:GetContractInformation',
      'billing:GetCredits',
    ],
    reason: 'Fallback, not a finding: billing reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'billing/list-billing-views',
    actionClass: ActionClass.METADATA,
    actions: ['billing:ListBillingViews'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
