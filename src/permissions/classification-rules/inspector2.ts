import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `inspector2`. */
export const INSPECTOR2_RULES: ClassificationRule[] = [
  {
    id: 'inspector2/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'inspector2:BatchGetAccountStatus',
      'inspector2:BatchGetFreeTrialInfo',
      'inspector2:GetConfiguration',
      'inspector2:GetDelegatedAdminAccount',
      'inspector2:GetFindingsReportStatus',
      'inspector2:GetMember',
    ],
    reason: 'Fallback, not a finding: inspector2 reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'inspector2/list-members',
    actionClass: ActionClass.METADATA,
    actions: ['inspector2:ListMembers'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
