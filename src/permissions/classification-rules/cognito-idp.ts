import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cognito-idp`. */
export const COGNITO_IDP_RULES: ClassificationRule[] = [
  {
    id: 'cognito-idp/admin-get-user',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['cognito-idp:AdminGetUser', 'cognito-idp:ListUsers', 'cognito-idp:ListUsersInGroup'],
    reason: 'These return the customer\'s end users and their profile attributes such as email address and phone number.',
  },
  {
    id: 'cognito-idp/describe-identity-provider',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['cognito-idp:DescribeIdentityProvider'],
    reason: 'ProviderDetails include the IdP client_secret (and Apple private_key) for OIDC/social providers.',
  },
  {
    id: 'cognito-idp/describe-user-import-job',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['cognito-idp:DescribeUserImportJob'],
    reason: 'Returns PreSignedUrl, a signed S3 upload URL for the user import CSV (grants write).',
  },
  {
    id: 'cognito-idp/describe-user-pool-client',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['cognito-idp:DescribeUserPoolClient'],
    reason: 'Returns the app client\'s ClientSecret.',
  },
  {
    id: 'cognito-idp/list-user-import-jobs',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['cognito-idp:ListUserImportJobs'],
    reason: 'Each import job includes PreSignedUrl, a signed S3 upload URL for the user import CSV.',
  },
  {
    id: 'cognito-idp/describe-managed-login-branding',
    actionClass: ActionClass.CONTENT,
    actions: ['cognito-idp:DescribeManagedLoginBranding'],
    reason: 'Returns branding settings plus uploaded asset files (image bytes) for the managed login pages.',
  },
  {
    id: 'cognito-idp/describe-managed-login-branding-by-client',
    actionClass: ActionClass.CONTENT,
    actions: ['cognito-idp:DescribeManagedLoginBrandingByClient'],
    reason: 'Returns branding settings plus uploaded asset files (image bytes) for the managed login pages.',
  },
  {
    id: 'cognito-idp/list-devices',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['cognito-idp:ListDevices'],
    reason: 'Returns a user\'s remembered devices with device attributes and last IP/usage.',
  },
  {
    id: 'cognito-idp/describe-risk-configuration',
    actionClass: ActionClass.METADATA,
    actions: ['cognito-idp:DescribeRiskConfiguration'],
    reason: 'Returns a user pool\'s threat protection settings, with the texts of its notification emails (as DescribeUserPool returns its message templates): configuration the customer wrote for its users, no user data.',
  },
  {
    id: 'cognito-idp/get-user-pool-mfa-config',
    actionClass: ActionClass.METADATA,
    actions: ['cognito-idp:GetUserPoolMfaConfig'],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
