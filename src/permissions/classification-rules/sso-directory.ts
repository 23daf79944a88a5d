import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `sso-directory`. */
export const SSO_DIRECTORY_RULES: ClassificationRule[] = [
  {
    id: 'sso-directory/list-external-idp-configurations',
    actionClass: ActionClass.METADATA,
    actions: ['sso-directory:ListExternalIdPConfigurationsForDirectory'],
    reason: 'Permission-only action of the IAM Identity Center directory (Service Authorization Reference: lists the external identity provider configurations of the directory): the SAML provider settings and the IdP\'s public signing certificates, no users or passwords.',
  },
];
