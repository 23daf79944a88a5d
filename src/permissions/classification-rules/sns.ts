import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `sns`. */
export const SNS_RULES: ClassificationRule[] = [
  {
    id: 'sns/list-endpoints-by-platform-application',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['sns:ListEndpointsByPlatformApplication'],
    reason: 'Mobile push endpoints with device tokens and CustomUserData attributes of end-user devices.',
  },
  {
    id: 'sns/list-phone-numbers-opted-out',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['sns:ListPhoneNumbersOptedOut'],
    reason: 'Phone numbers of end users who opted out of SMS.',
    fields: {
      phoneNumbers: 'the phone numbers of people who opted out of receiving SMS messages (API reference)',
    },
  },
  {
    id: 'sns/list-sms-sandbox-phone-numbers',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['sns:ListSMSSandboxPhoneNumbers'],
    reason: 'Verified/pending destination phone numbers of people (SMS sandbox).',
    fields: {
      PhoneNumber: 'the verified and pending destination phone numbers of the SMS sandbox, numbers of people the account tests with (API reference)',
    },
  },
  {
    id: 'sns/list-subscriptions',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['sns:ListSubscriptions'],
    reason: 'Subscription Endpoint field holds subscriber email addresses and SMS phone numbers (plus HTTP endpoint URLs).',
  },
  {
    id: 'sns/list-subscriptions-by-topic',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['sns:ListSubscriptionsByTopic'],
    reason: 'Subscription Endpoint field holds subscriber email addresses and SMS phone numbers (plus HTTP endpoint URLs).',
  },
  {
    id: 'sns/list-origination-numbers',
    actionClass: ActionClass.METADATA,
    actions: ['sns:ListOriginationNumbers'],
    reason: 'Returns the account\'s own origination numbers: the phone numbers it acquired to send SMS from, with their country, status, route type and capabilities.',
    metadataFields: {
      PhoneNumber: 'the calling account\'s own origination numbers (API reference), which it leases to send SMS from, not numbers of people',
    },
  },
  {
    id: 'sns/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['sns:GetPlatformApplicationAttributes', 'sns:GetTopicAttributes'],
    reason: 'Fallback, not a finding: sns reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
