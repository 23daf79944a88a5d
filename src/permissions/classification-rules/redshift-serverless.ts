import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `redshift-serverless`. */
export const REDSHIFT_SERVERLESS_RULES: ClassificationRule[] = [
  {
    id: 'redshift-serverless/get-credentials',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['redshift-serverless:GetCredentials'],
    reason: 'This returns a temporary database password that can sign in to the workgroup and read its tables.',
    fields: {
      dbPassword: 'a temporary database password for dbUser (API reference)',
      dbUser: 'the database user name the temporary password signs in as, returned with it',
    },
  },
  {
    id: 'redshift-serverless/get-namespace',
    actionClass: ActionClass.METADATA,
    actions: ['redshift-serverless:GetNamespace'],
    reason: 'Returns a namespace\'s settings: database name, admin user name, KMS key, IAM roles, log exports and the ARN of the secret holding the admin password, never the password.',
    metadataFields: {
      adminUsername: 'the user name of the namespace\'s administrator, a database account name; the password is held in Secrets Manager and only its ARN (adminPasswordSecretArn) is returned',
    },
  },
];
