import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `guardduty`. */
export const GUARDDUTY_RULES: ClassificationRule[] = [
  {
    id: 'guardduty/get-findings',
    actionClass: ActionClass.METADATA,
    actions: ['guardduty:GetFindings'],
    reason: 'Returns GuardDuty findings: the affected resource, the observed action (API call, connection, port probe, login attempt) with its addresses, and the runtime context, which is the threat evidence a security audit reads.',
    metadataFields: {
      'PrivateIpAddress': 'the private IP address of the affected EC2 instance\'s network interface, an attribute of the customer\'s resource',
      'IpAddressV4': 'the IPv4 address of the local resource or the remote host in the observed activity, the finding\'s evidence',
      'IpAddressV6': 'the IPv6 address of the local resource or the remote host in the observed activity, the finding\'s evidence',
      'KubernetesApiCallAction.Parameters': 'the parameters of the Kubernetes API call GuardDuty flagged, recorded as the finding\'s evidence',
      'Text': 'the unusual values (for example a user agent or API name) GuardDuty observed in the anomaly, as evidence',
      'AccessKey': 'the principal ID, user name and user type of the IAM access key in an attack sequence (model AccessKey); no key ID secret or secret key',
      'CommandLineExample': 'an example command line of the suspicious process GuardDuty observed, the finding\'s evidence',
      'ScriptPath': 'the file path of the script the suspicious process ran, not the script',
    },
  },
  {
    id: 'guardduty/members',
    actionClass: ActionClass.METADATA,
    actions: ['guardduty:GetMembers', 'guardduty:ListMembers'],
    reason: 'Returns the member accounts of the GuardDuty administrator: account IDs, detector IDs, relationship status and each member account\'s e-mail address.',
    metadataFields: {
      Email: 'the e-mail address of the member AWS account, the account\'s own root address that the administrator entered to invite it; needed to name accounts',
    },
  },
  {
    id: 'guardduty/get-custom-detection-rule',
    actionClass: ActionClass.CODE,
    actions: ['guardduty:GetCustomDetectionRule'],
    reason: 'Returns the custom detection rule\'s detection logic: an expression over CloudTrail events that the customer wrote.',
    fields: {
      Definition: 'the detection logic expression the customer wrote, in the rule\'s language',
    },
  },
  {
    id: 'guardduty/investigations',
    actionClass: ActionClass.CODE,
    actions: ['guardduty:GetInvestigation', 'guardduty:ListInvestigations'],
    reason: 'Returns investigations with the natural-language prompt that started each one: a prompt.',
    fields: {
      TriggerPrompt: 'the natural-language prompt that initiated the investigation',
    },
  },
  {
    id: 'guardduty/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'guardduty:GetAdministratorAccount',
      'guardduty:GetCoverageStatistics',
      'guardduty:GetCustomDetectionRuleAssociation',
      'guardduty:GetCustomDetectionRuleOrgConfiguration',
      'guardduty:GetDetector',
      'guardduty:GetFilter',
      'guardduty:GetFindingsStatistics',
      'guardduty:GetIPSet',
      'guardduty:GetInvitationsCount',
      'guardduty:GetMalwareProtectionPlan',
      'guardduty:GetMalwareScan',
      'guardduty:GetMalwareScanSettings',
      'guardduty:GetMasterAccount',
      'guardduty:GetMemberDetectors',
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
