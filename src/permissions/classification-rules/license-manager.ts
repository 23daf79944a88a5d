import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `license-manager`. */
export const LICENSE_MANAGER_RULES: ClassificationRule[] = [
  {
    id: 'license-manager/list-license-asset-rulesets',
    actionClass: ActionClass.CODE,
    actions: ['license-manager:ListLicenseAssetRulesets'],
    reason: 'Rulesets include ScriptRuleStatements whose Script field is customer-written script code for rule evaluation.',
  },
];
