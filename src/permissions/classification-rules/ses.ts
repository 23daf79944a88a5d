import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ses`. */
export const SES_RULES: ClassificationRule[] = [
  {
    id: 'ses/get-archive-message',
    actionClass: ActionClass.CONTENT,
    actions: ['ses:GetArchiveMessage', 'ses:GetArchiveMessageContent', 'ses:GetArchiveSearchResults'],
    reason: 'These return archived email messages from Mail Manager, their bodies, and search results listing senders and subjects.',
    fields: {
      MessageDownloadLink: 'a presigned URL that downloads the full archived e-mail message',
      Body: 'the text and HTML body of the archived e-mail message',
      SenderIpAddress: 'the IP address of the host or client that sent the archived e-mail: part of the message\'s record',
    },
  },
  {
    id: 'ses/list-address-list-import-jobs',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ses:ListAddressListImportJobs'],
    reason: 'Import job entries include PreSignedUrl (presigned S3 upload URL, marked sensitive).',
    fields: {
      PreSignedUrl: 'a presigned S3 URL that lets its holder upload the file of addresses to import into the address list',
    },
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
    fields: {
      EmailAddress: 'the e-mail address of a contact on the list: a recipient of the customer\'s mail',
    },
  },
  {
    id: 'ses/list-members-of-address-list',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['ses:ListMembersOfAddressList'],
    reason: 'Returns email addresses that are members of a Mail Manager address list.',
    fields: {
      Address: 'an e-mail address or domain on the address list: recipients\' addresses',
    },
  },
  {
    id: 'ses/list-suppressed-destinations',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['ses:ListSuppressedDestinations'],
    reason: 'Returns recipient email addresses on the suppression list with reason.',
    fields: {
      EmailAddress: 'the e-mail address of a recipient on the suppression list, with why it bounced or complained',
    },
  },
  {
    id: 'ses/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'ses:GetAccountSendingEnabled',
      'ses:GetConfigurationSet',
      'ses:GetConfigurationSetEventDestinations',
      'ses:GetDedicatedIps',
      'ses:GetIdentityPolicies',
    ],
    reason: 'Fallback, not a finding: ses reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'ses/get-account-review-contacts',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['ses:GetAccount'],
    reason: 'Returns the account\'s sending status and quotas together with the details it gave for production access, including the additional e-mail addresses of the people who receive updates about the review.',
    fields: {
      AdditionalContactEmailAddresses: 'the e-mail addresses where AWS sends updates about the account\'s review: addresses of people',
    },
    metadataFields: {
      UseCaseDescription: 'the description of the kinds of mail the account plans to send, written by the customer for the production-access request',
      WebsiteURL: 'the public address of the customer\'s website, given for the production-access request',
    },
  },
  {
    id: 'ses/sending-identities',
    actionClass: ActionClass.METADATA,
    actions: [
      'ses:GetEmailIdentity',
      'ses:GetIdentityDkimAttributes',
      'ses:GetIdentityVerificationAttributes',
      'ses:ListEmailIdentities',
      'ses:ListVerifiedEmailAddresses',
      'ses:ListCustomVerificationEmailTemplates',
      'ses:ListDeliverabilityTestReports',
      'ses:ListAddonSubscriptions',
    ],
    reason: 'These return the account\'s sending identities (the domains and sender addresses it verified), their DKIM and verification status, verification e-mail templates\' settings, deliverability tests and Mail Manager add-on subscriptions: sending configuration that scanners check for public identity policies and DKIM.',
    metadataFields: {
      Tokens: 'the DKIM tokens: strings the customer publishes as CNAME records in the domain\'s public DNS so that mail is signed; public, they authorize nothing',
      DkimTokens: 'the DKIM tokens: strings the customer publishes as CNAME records in the domain\'s public DNS; public, they authorize nothing',
      VerificationToken: 'the domain verification token, which the customer publishes as a TXT record in the domain\'s public DNS to prove ownership; public, it authorizes nothing',
      AdminEmail: 'the administrative contact from the domain\'s SOA record, which is public in DNS (anyone can query it)',
      VerifiedEmailAddresses: 'the sender addresses the account verified to send from: its own sending configuration',
      FromEmailAddress: 'the sender address the customer used for the deliverability test: one of its own sending addresses',
    },
  },
];
