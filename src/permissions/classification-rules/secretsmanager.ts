import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `secretsmanager`. */
export const SECRETSMANAGER_RULES: ClassificationRule[] = [
  {
    id: 'secretsmanager/get-secret-value',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['secretsmanager:GetSecretValue', 'secretsmanager:BatchGetSecretValue'],
    reason: 'These return decrypted secret values such as database passwords, API keys and tokens.',
    fields: {
      SecretString: 'the decrypted secret value, when it was stored as a string',
      SecretBinary: 'the decrypted secret value, when it was stored as binary data',
    },
  },
  {
    id: 'secretsmanager/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['secretsmanager:GetResourcePolicy'],
    reason: 'Fallback, not a finding: secretsmanager reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'secretsmanager/list-secrets',
    actionClass: ActionClass.METADATA,
    actions: ['secretsmanager:ListSecrets'],
    reason: 'Lists secrets by name, ARN, description, KMS key, rotation settings, dates, tags and version stages; the API reference: ListSecrets does not return the secret value, which only GetSecretValue returns.',
    metadataFields: {
      SecretVersionsToStages: 'a map from each version ID of the secret to its staging labels (AWSCURRENT, AWSPREVIOUS), not the values',
    },
  },
];
