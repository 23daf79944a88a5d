import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `lakeformation`. */
export const LAKEFORMATION_RULES: ClassificationRule[] = [
  {
    id: 'lakeformation/get-data-access',
    actionClass: ActionClass.CREDENTIALS,
    actions: [
      'lakeformation:GetDataAccess',
      'lakeformation:GetTemporaryGlueTableCredentials',
      'lakeformation:GetTemporaryGluePartitionCredentials',
    ],
    reason: 'These vend temporary credentials that read the underlying S3 data of Lake Formation governed tables.',
    fields: {
      SecretAccessKey: 'the secret key of temporary credentials that read the table\'s S3 data',
      SessionToken: 'the session token of those temporary credentials',
    },
  },
];
