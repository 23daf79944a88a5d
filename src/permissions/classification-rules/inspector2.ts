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
    reason: 'Returns the member accounts of the Inspector administrator: account ID, relationship status, delegated administrator account ID and update time.',
  },
  {
    id: 'inspector2/finding-remediation',
    actionClass: ActionClass.METADATA,
    actions: ['inspector2:ListFindings'],
    reason: 'Returns vulnerability and network reachability findings with the affected resources, packages, scores and Inspector\'s remediation recommendation.',
    metadataFields: {
      text: 'the remediation recommendation Inspector writes for the finding (for example, the package version to upgrade to)',
      Url: 'the public URL of the CVE\'s remediation advice',
    },
  },
];
