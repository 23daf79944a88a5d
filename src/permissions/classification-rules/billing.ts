import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `billing`. */
export const BILLING_RULES: ClassificationRule[] = [
  {
    id: 'billing/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'billing:GetBillingPreferences',
      'billing:GetCredits',
    ],
    reason: 'Fallback, not a finding: billing reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'billing/console-billing-reads',
    actionClass: ActionClass.METADATA,
    actions: ['billing:GetBillingData', 'billing:GetBillingDetails', 'billing:GetContractInformation'],
    reason: 'Permission-only reads of the Billing console (Service Authorization Reference): queries on billing information, detailed line item charges, and the contract information (contract number, end-user organization names, PO numbers, public-sector flag); the account\'s own charges, which the COST profile exists to read, and no person\'s contact details.',
  },
  {
    id: 'billing/list-billing-views',
    actionClass: ActionClass.METADATA,
    actions: ['billing:ListBillingViews'],
    reason: 'Lists billing views: ARN, name, description, owner account and view type.',
    metadataFields: {
      name: 'the name the owner gave the billing view',
      description: 'the description the owner wrote for the billing view',
    },
  },
];
