import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `redshift-serverless`. */
export const REDSHIFT_SERVERLESS_RULES: ClassificationRule[] = [
  {
    id: 'redshift-serverless/get-credentials',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['redshift-serverless:GetCredentials'],
    reason: 'This returns a temporary database password that can sign in to the workgroup and read its tables.',
  },
  {
    id: 'redshift-serverless/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['redshift-serverless:GetNamespace'],
    reason: 'Fallback, not a finding: redshift-serverless reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
