import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `connect`. */
export const CONNECT_RULES: ClassificationRule[] = [
  {
    id: 'connect/get-contact-attributes',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: [
      'connect:GetContactAttributes',
      'connect:GetAttachedFile',
      'connect:ListRealtimeContactAnalysisSegments',
      'connect:ListRealtimeContactAnalysisSegmentsV2',
    ],
    reason: 'These return caller-provided contact attributes, files attached to chats, emails and cases, and live call and chat transcripts.',
    fields: {
      Url: 'a presigned URL that downloads the file a customer or agent attached to a chat, email or case',
      Transcript: 'the analyzed transcript of the live call or chat: what the customer and the agent said',
      Content: 'text Contact Lens extracted from the conversation or its generated post-contact summary: what was said',
    },
  },
  {
    id: 'connect/list-security-keys',
    actionClass: ActionClass.METADATA,
    actions: ['connect:ListSecurityKeys'],
    reason: 'Returns the instance\'s security keys with their association IDs: public keys in PEM format (-----BEGIN PUBLIC KEY-----, per the AWS::Connect::SecurityKey reference) that verify the certificate a flow uses to encrypt stored customer input; Amazon Connect never holds the private key (admin guide: Encrypt sensitive customer input).',
  },
  {
    id: 'connect/list-associated-contacts',
    actionClass: ActionClass.CONTENT,
    actions: ['connect:ListAssociatedContacts'],
    reason: 'Returns contact (customer interaction) records associated with an email contact.',
  },
  {
    id: 'connect/list-contact-references',
    actionClass: ActionClass.CONTENT,
    actions: ['connect:ListContactReferences'],
    reason: 'Returns contact references: attachment locations, URLs, strings, emails attached to a customer contact.',
    fields: {
      Url: 'a URL reference attached to a customer contact by the agent or the flow',
      Email: 'an e-mail address attached to a customer contact as a reference: a customer\'s address',
    },
  },
  {
    id: 'connect/list-data-table-primary-values',
    actionClass: ActionClass.CONTENT,
    actions: ['connect:ListDataTablePrimaryValues'],
    reason: 'Returns the stored primary values (rows) of a customer data table.',
  },
  {
    id: 'connect/list-data-table-values',
    actionClass: ActionClass.CONTENT,
    actions: ['connect:ListDataTableValues'],
    reason: 'Returns the stored values (rows) of a customer data table.',
  },
  {
    id: 'connect/list-notifications',
    actionClass: ActionClass.CONTENT,
    actions: ['connect:ListNotifications'],
    reason: 'Returns notifications including their message content sent to agents.',
    fields: {
      Content: 'the notification\'s text in each locale: the message sent to agents',
    },
  },
  {
    id: 'connect/list-user-notifications',
    actionClass: ActionClass.CONTENT,
    actions: ['connect:ListUserNotifications'],
    reason: 'Returns notifications including their message content for a user.',
    fields: {
      Content: 'the notification\'s text in each locale: the message sent to the user',
    },
  },
  {
    id: 'connect/list-workspace-media',
    actionClass: ActionClass.CONTENT,
    actions: ['connect:ListWorkspaceMedia'],
    reason: 'Returns workspace media assets (logo image source URLs or data).',
  },
  {
    id: 'connect/list-contact-evaluations',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['connect:ListContactEvaluations'],
    reason: 'Returns evaluation summaries (scores, evaluator) of agent performance on a contact.',
  },
  {
    id: 'connect/list-user-proficiencies',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['connect:ListUserProficiencies'],
    reason: 'Returns proficiency attributes and levels assessed for an individual agent.',
  },
  {
    id: 'connect/list-users',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['connect:ListUsers'],
    reason: 'Enumerates Connect users/agents with usernames.',
  },
  {
    id: 'connect/contact-center-settings',
    actionClass: ActionClass.METADATA,
    actions: [
      'connect:ListInstances',
      'connect:ListPhoneNumbers',
      'connect:ListPhoneNumbersV2',
      'connect:ListViews',
      'connect:ListViewVersions',
    ],
    reason: 'These list the contact center\'s own resources: instances, the phone numbers it claimed and its agent workspace views; names, IDs, ARNs, numbers and types, never contacts, recordings or what callers said.',
    metadataFields: {
      InstanceAccessUrl: 'the address of the instance\'s admin website (https://alias.my.connect.aws): a sign-in page, not a signed URL',
      InstanceAlias: 'the alias the administrator chose for the instance, which forms its access URL',
      PhoneNumber: 'a phone number the contact center claimed from AWS (or imported) for its customers to call or to call from: the business\'s own number, not a person\'s',
      Name: 'the name of an agent workspace view or view version, chosen by the administrator',
    },
  },
];
