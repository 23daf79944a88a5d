import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `security-ir`. */
export const SECURITY_IR_RULES: ClassificationRule[] = [
  {
    id: 'security-ir/get-case',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:GetCase'],
    reason: 'Returns incident case title/description, threat actor IPs, attachment names, watchers\' names/emails/job titles.',
    fields: {
      title: 'the incident case title the customer or AWS responders wrote',
      description: 'the incident case description: what happened, as the reporter wrote it',
      fileName: 'the names of files attached to the case as evidence',
      ipAddress: 'IP addresses of threat actors involved in the incident',
    },
  },
  {
    id: 'security-ir/case-watchers',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['security-ir:GetCase*'],
    reason: 'Incident cases name the people watching them.',
    fields: {
      email: 'the e-mail address of a person watching the case',
      name: 'the name of a person watching the case',
      jobTitle: 'the job title of a person watching the case',
    },
  },
  {
    id: 'security-ir/get-case-attachment-download-url',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:GetCaseAttachmentDownloadUrl'],
    reason: 'Returns a presigned URL to download a case attachment.',
    fields: {
      attachmentPresignedUrl: 'an Amazon S3 presigned URL that downloads the case attachment',
    },
  },
  {
    id: 'security-ir/list-case-edits',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:ListCaseEdits'],
    reason: 'Returns case edit history messages (changes to case text).',
  },
  {
    id: 'security-ir/list-cases',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:ListCases'],
    reason: 'Returns incident case summaries, including each case\'s title, which the model marks sensitive.',
    fields: {
      title: 'the incident case title the customer or AWS responders wrote, which names what happened',
    },
  },
  {
    id: 'security-ir/list-comments',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:ListComments'],
    reason: 'Returns case comment bodies.',
    fields: {
      body: 'the text of a comment on the incident case',
    },
  },
  {
    id: 'security-ir/list-investigations',
    actionClass: ActionClass.CONTENT,
    actions: ['security-ir:ListInvestigations'],
    reason: 'Returns investigation action content and feedback comments about the incident.',
    fields: {
      content: 'the investigation\'s findings, analysis and conclusions in markdown',
    },
  },
  {
    id: 'security-ir/get-membership',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['security-ir:GetMembership'],
    reason: 'Returns incident response team members\' names, job titles and email addresses.',
    fields: {
      email: 'the e-mail address of a member of the incident response team',
      name: 'the name of a member of the incident response team',
      jobTitle: 'the job title of a member of the incident response team',
    },
    metadataFields: {
      membershipName: 'the name the customer gave the Security Incident Response membership',
    },
  },
  {
    id: 'security-ir/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['security-ir:BatchGetMemberAccountDetails'],
    reason: 'Fallback, not a finding: security-ir reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
