import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `secretsmanager`. */
export const SECRETSMANAGER_RULES: ClassificationRule[] = [
  {
    id: 'secretsmanager/get-secret-value',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['secretsmanager:GetSecretValue', 'secretsmanager:BatchGetSecretValue'],
    reason: 'These return decrypted secret values such as database passwords, API keys and tokens.',
  },
  {
    id: 'secretsmanager/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['secretsmanager:GetResourcePolicy'],
    reason: 'Fallback, not a finding: secretsmanager reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
