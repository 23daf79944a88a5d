import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cognito-idp`. */
export const COGNITO_IDP_RULES: ClassificationRule[] = [
  {
    id: 'cognito-idp/admin-get-user',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['cognito-idp:AdminGetUser', 'cognito-idp:ListUsers', 'cognito-idp:ListUsersInGroup'],
    reason: 'These return the customer\'s end users and their profile attributes such as email address and phone number.',
    fields: {
      Username: 'the user\'s user name, often the person\'s e-mail address or phone number (model marks it sensitive)',
      Value: 'the value of a user attribute: e-mail address, phone number, name, address and the custom attributes of an end user',
    },
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
    fields: {
      PreSignedUrl: 'the pre-signed S3 URL to upload the user import CSV to (API reference), a signed URL that grants write access without other credentials',
    },
  },
  {
    id: 'cognito-idp/describe-user-pool-client',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['cognito-idp:DescribeUserPoolClient'],
    reason: 'Returns the app client\'s ClientSecret.',
    fields: {
      ClientSecret: 'the app client\'s secret, which authenticates the client to the token endpoint (model marks it sensitive)',
    },
  },
  {
    id: 'cognito-idp/list-user-import-jobs',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['cognito-idp:ListUserImportJobs'],
    reason: 'Each import job includes PreSignedUrl, a signed S3 upload URL for the user import CSV.',
    fields: {
      PreSignedUrl: 'the pre-signed S3 URL to upload each job\'s user import CSV to (API reference), a signed URL that grants write access',
    },
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
    fields: {
      Value: 'the value of a device attribute of the end user\'s remembered device, such as its name and last IP address',
    },
  },
  {
    id: 'cognito-idp/describe-risk-configuration',
    actionClass: ActionClass.METADATA,
    actions: ['cognito-idp:DescribeRiskConfiguration'],
    reason: 'Returns a user pool\'s threat protection settings, with the texts of its notification emails (as DescribeUserPool returns its message templates): configuration the customer wrote for its users, no user data.',
    metadataFields: {
      BlockEmail: 'the template (subject, HTML and text body) of the e-mail the pool sends when it blocks a risky sign-in, written by the customer; no recipient address',
      MfaEmail: 'the template (subject, HTML and text body) of the e-mail the pool sends when it challenges a risky sign-in with MFA, written by the customer; no recipient address',
      NoActionEmail: 'the template (subject, HTML and text body) of the e-mail the pool sends when it takes no action on a detected risk, written by the customer; no recipient address',
    },
  },
  {
    id: 'cognito-idp/get-user-pool-mfa-config',
    actionClass: ActionClass.METADATA,
    actions: ['cognito-idp:GetUserPoolMfaConfig'],
    reason: 'Returns a user pool\'s MFA settings: whether MFA is off, on or optional, the SMS configuration (SNS caller role ARN, external ID, message template), whether software tokens and e-mail MFA are enabled, and the WebAuthn settings; no user data.',
  },
  {
    id: 'cognito-idp/describe-user-pool',
    actionClass: ActionClass.METADATA,
    actions: ['cognito-idp:DescribeUserPool', 'cognito-idp:ListUserPools'],
    reason: 'Returns user pools\' settings: policies, Lambda triggers, schema of attributes, MFA and e-mail and SMS configuration with the message templates the customer wrote; no user records.',
    metadataFields: {
      EmailSubject: 'the subject line of an invitation or verification message template, written by the customer',
      EmailSubjectByLink: 'the subject line of the verification-link message template, written by the customer',
      EmailMessageByLink: 'the body template of the verification-link message, written by the customer, with a placeholder for the link; no recipient',
      EmailVerificationSubject: 'a parameter the API reference says is no longer used',
      EmailConfigurationFailure: 'deprecated (API reference): a description of a problem with the pool\'s e-mail configuration, no address',
      ReplyToEmailAddress: 'the reply-to address the customer set on the pool\'s outgoing messages, an address of the organization that sends them, not of an end user',
    },
  },
  {
    id: 'cognito-idp/app-client-ids',
    actionClass: ActionClass.METADATA,
    actions: ['cognito-idp:Describe*', 'cognito-idp:List*'],
    reason: 'The ID of an app client, which browsers and apps send in every OAuth request and which identifies the client but does not authenticate it.',
    metadataFields: {
      ClientId: 'the app client ID, a public identifier the client sends in sign-in requests; the secret that authenticates a client is ClientSecret',
    },
  },
  {
    id: 'cognito-idp/list-user-pool-client-secrets',
    actionClass: ActionClass.METADATA,
    actions: ['cognito-idp:ListUserPoolClientSecrets'],
    reason: 'Returns the identifiers and creation dates of an app client\'s secrets, never their values.',
    metadataFields: {
      ClientSecrets: 'descriptors with each secret\'s identifier and creation date; API reference: "the response never reveals the actual secret value in ClientSecretValue"',
    },
  },
  {
    id: 'cognito-idp/list-resources-for-web-acl',
    actionClass: ActionClass.METADATA,
    actions: ['cognito-idp:ListResourcesForWebACL'],
    reason: 'Permission-only action that AWS WAF checks when it lists the resources of a web ACL (Service Authorization Reference: "list the user pools that are associated with an AWS WAF web ACL"): user pool ARNs.',
  },
];
