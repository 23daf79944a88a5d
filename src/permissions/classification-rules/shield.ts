import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `shield`. */
export const SHIELD_RULES: ClassificationRule[] = [
  {
    id: 'shield/describe-emergency-contact-settings',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['shield:DescribeEmergencyContactSettings'],
    reason: 'Emergency contact list: email addresses, phone numbers and notes of named people.',
    fields: {
      EmailAddress: 'the e-mail address of a person the Shield Response Team contacts during an attack',
      PhoneNumber: 'the phone number of a person the Shield Response Team contacts during an attack',
    },
  },
  {
    id: 'shield/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['shield:GetSubscriptionState'],
    reason: 'Fallback, not a finding: shield reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'shield/attack-contributors-and-mitigations',
    actionClass: ActionClass.METADATA,
    actions: ['shield:DescribeAttackContributors', 'shield:ListMitigations'],
    reason: 'Console actions with no API model; the Service Authorization Reference says they get the contributors to a DDoS attack (top source IPs, countries, URLs, referrers and user agents by traffic, as DescribeAttack\'s TopContributors) and list the mitigations applied during attacks: attack telemetry a security tool reviews, not the customer\'s data.',
  },
];
