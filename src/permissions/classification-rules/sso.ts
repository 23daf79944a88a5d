import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `sso`. */
export const SSO_RULES: ClassificationRule[] = [
  {
    id: 'sso/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'sso:GetApplicationAccessScope',
      'sso:GetApplicationAssignmentConfiguration',
      'sso:GetApplicationAuthenticationMethod',
      'sso:GetApplicationGrant',
      'sso:GetApplicationSessionConfiguration',
      'sso:GetInlinePolicyForPermissionSet',
      'sso:GetPermissionsBoundaryForPermissionSet',
    ],
    reason: 'Fallback, not a finding: sso reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
