import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `auditmanager`. */
export const AUDITMANAGER_RULES: ClassificationRule[] = [
  {
    id: 'auditmanager/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['auditmanager:GetAccountStatus'],
    reason: 'Fallback, not a finding: auditmanager reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'auditmanager/assessment-summaries',
    actionClass: ActionClass.METADATA,
    actions: ['auditmanager:List*'],
    reason: 'Assessment, framework, report and notification summaries: names, compliance types, the IAM roles and creators involved, and delegation comments; no evidence.',
    metadataFields: {
      complianceType: 'the compliance standard the framework or assessment supports, such as CIS, HIPAA or PCI-DSS',
      assessmentName: 'the name the audit owner gave the assessment',
      name: 'the name the audit owner gave the assessment',
      description: 'the description the audit owner wrote for the assessment report',
      author: 'the IAM identity that created the assessment report',
      delegations: 'the delegations of each assessment: control set, status, role ARN, creator and comment (model Delegation); no evidence',
      roles: 'the role type and IAM role ARN of each assessment owner (model Role: roleType, roleArn)',
    },
  },
];
