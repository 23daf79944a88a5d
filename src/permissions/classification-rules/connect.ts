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
  },
  {
    id: 'connect/list-security-keys',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['connect:ListSecurityKeys'],
    reason: 'Returns the key material (PEM) of instance security keys; purpose/secrecy unclear, treated as a key.',
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
  },
  {
    id: 'connect/list-user-notifications',
    actionClass: ActionClass.CONTENT,
    actions: ['connect:ListUserNotifications'],
    reason: 'Returns notifications including their message content for a user.',
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
];
