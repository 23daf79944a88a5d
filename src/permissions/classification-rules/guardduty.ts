import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `guardduty`. */
export const GUARDDUTY_RULES: ClassificationRule[] = [
  {
    id: 'guardduty/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'guardduty:GetAdministratorAccount',
      'guardduty:GetCoverageStatistics',
      'guardduty:GetCustomDetectionRule',
      'guardduty:GetCustomDetectionRuleAssociation',
      'guardduty:GetCustomDetectionRuleOrgConfiguration',
      'guardduty:GetDetector',
      'guardduty:GetFilter',
      'guardduty:GetFindings',
      'guardduty:GetFindingsStatistics',
      'guardduty:GetIPSet',
      'guardduty:GetInvestigation',
      'guardduty:GetInvitationsCount',
      'guardduty:GetMalwareProtectionPlan',
      'guardduty:GetMalwareScan',
      'guardduty:GetMalwareScanSettings',
      'guardduty:GetMasterAccount',
      'guardduty:GetMemberDetectors',
      'guardduty:GetMembers',
      'guardduty:GetOrganizationStatistics',
      'guardduty:GetRemainingFreeTrialDays',
      'guardduty:GetThreatEntitySet',
      'guardduty:GetThreatIntelSet',
      'guardduty:GetTrustedEntitySet',
      'guardduty:GetUsageStatistics',
    ],
    reason: 'Fallback, not a finding: guardduty reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
