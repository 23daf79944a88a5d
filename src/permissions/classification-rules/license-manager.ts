import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `license-manager`. */
export const LICENSE_MANAGER_RULES: ClassificationRule[] = [
  {
    id: 'license-manager/list-license-asset-rulesets',
    actionClass: ActionClass.CODE,
    actions: ['license-manager:ListLicenseAssetRulesets'],
    reason: 'Rulesets include ScriptRuleStatements whose Script field is customer-written script code for rule evaluation.',
    fields: {
      Script: 'the script code the customer wrote to evaluate the rule condition (API reference)',
    },
  },
  {
    id: 'license-manager/list-tokens',
    actionClass: ActionClass.METADATA,
    actions: ['license-manager:ListTokens'],
    reason: 'Lists the license refresh tokens the account created by id, type, license ARN, role ARNs, expiry and status; the token itself is returned only by CreateToken.',
    metadataFields: {
      Tokens: 'TokenData entries: TokenId, TokenType, LicenseArn, ExpirationTime, TokenProperties, RoleArns and Status (API reference); the refresh token value is returned only by CreateToken',
    },
  },
];
