import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `shield`. */
export const SHIELD_RULES: ClassificationRule[] = [
  {
    id: 'shield/describe-emergency-contact-settings',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['shield:DescribeEmergencyContactSettings'],
    reason: 'Emergency contact list: email addresses, phone numbers and notes of named people.',
  },
  {
    id: 'shield/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['shield:GetSubscriptionState'],
    reason: 'Fallback, not a finding: shield reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
