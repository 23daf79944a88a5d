import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ses`. */
export const SES_RULES: ClassificationRule[] = [
  {
    id: 'ses/get-archive-message',
    actionClass: ActionClass.CONTENT,
    actions: ['ses:GetArchiveMessage', 'ses:GetArchiveMessageContent', 'ses:GetArchiveSearchResults'],
    reason: 'These return archived email messages from Mail Manager, their bodies, and search results listing senders and subjects.',
  },
  {
    id: 'ses/list-address-list-import-jobs',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ses:ListAddressListImportJobs'],
    reason: 'Import job entries include PreSignedUrl (presigned S3 upload URL, marked sensitive).',
  },
  {
    id: 'ses/list-domain-deliverability-campaigns',
    actionClass: ActionClass.CONTENT,
    actions: ['ses:ListDomainDeliverabilityCampaigns'],
    reason: 'Returns sent campaigns\' subject lines, image URLs and from addresses (email content).',
  },
  {
    id: 'ses/list-contacts',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['ses:ListContacts'],
    reason: 'Returns end-user contact email addresses and topic subscription preferences.',
  },
  {
    id: 'ses/list-members-of-address-list',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['ses:ListMembersOfAddressList'],
    reason: 'Returns email addresses that are members of a Mail Manager address list.',
  },
  {
    id: 'ses/list-suppressed-destinations',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['ses:ListSuppressedDestinations'],
    reason: 'Returns recipient email addresses on the suppression list with reason.',
  },
  {
    id: 'ses/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'ses:GetAccount',
      'ses:GetAccountSendingEnabled',
      'ses:GetConfigurationSet',
      'ses:GetConfigurationSetEventDestinations',
      'ses:GetDedicatedIps',
      'ses:GetEmailIdentity',
      'ses:GetIdentityDkimAttributes',
      'ses:GetIdentityPolicies',
      'ses:GetIdentityVerificationAttributes',
    ],
    reason: 'Fallback, not a finding: ses reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
