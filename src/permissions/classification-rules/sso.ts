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
      'sso:GetApplicationSessionConfiguration',
      'sso:GetInlinePolicyForPermissionSet',
      'sso:GetPermissionsBoundaryForPermissionSet',
    ],
    reason: 'Fallback, not a finding: sso reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'sso/application-grants',
    actionClass: ActionClass.METADATA,
    actions: ['sso:GetApplicationGrant', 'sso:ListApplicationGrants'],
    reason: 'These return which OAuth 2.0 grant types an application supports and their settings (authorized token issuers, redirect URIs, audiences); no token.',
    metadataFields: {
      RefreshToken: 'the settings of the refresh_token grant type, an empty structure (RefreshTokenGrant has no members): it says the grant is enabled and holds no token',
    },
  },
  {
    id: 'sso/legacy-application-reads',
    actionClass: ActionClass.METADATA,
    actions: [
      'sso:ListApplicationInstanceCertificates',
      'sso:ListApplicationInstances',
      'sso:ListApplicationTemplates',
      'sso:ListDirectoryAssociations',
      'sso:ListProfileAssociations',
      'sso:ListProfiles',
    ],
    reason: 'Console actions of IAM Identity Center\'s legacy application and profile API with no model; the Service Authorization Reference says they retrieve the application instances, their SAML certificates (public, for verifying the signature), the supported application templates, the connected directory, the profiles of an application and the directory user or group IDs associated with a profile: configuration and IDs.',
  },
];
