import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `security-ir`. */
export const SECURITY_IR_RULES: ClassificationRule[] = [
  {
    id: 'security-ir/get-case',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:GetCase'],
    reason: 'Returns incident case title/description, threat actor IPs, attachment names, watchers\' names/emails/job titles.',
  },
  {
    id: 'security-ir/get-case-attachment-download-url',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:GetCaseAttachmentDownloadUrl'],
    reason: 'Returns a presigned URL to download a case attachment.',
  },
  {
    id: 'security-ir/list-case-edits',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:ListCaseEdits'],
    reason: 'Returns case edit history messages (changes to case text).',
  },
  {
    id: 'security-ir/list-comments',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:ListComments'],
    reason: 'Returns case comment bodies.',
  },
  {
    id: 'security-ir/list-investigations',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:ListInvestigations'],
    reason: 'Returns investigation action content and feedback comments about the incident.',
  },
  {
    id: 'security-ir/get-membership',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['security-ir:GetMembership'],
    reason: 'Returns incident response team members\' names, job titles and email addresses.',
  },
  {
    id: 'security-ir/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['security-ir:BatchGetMemberAccountDetails'],
    reason: 'Fallback, not a finding: security-ir reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
