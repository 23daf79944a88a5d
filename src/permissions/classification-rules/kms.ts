import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kms`. */
export const KMS_RULES: ClassificationRule[] = [
  {
    id: 'kms/decrypt',
    actionClass: ActionClass.CONTENT,
    actions: ['kms:Decrypt', 'kms:ReEncryptFrom', 'kms:DeriveSharedSecret'],
    reason: 'These turn customer ciphertext into plaintext (directly or by re-encrypting it under another key) or derive shared secrets from a customer private key.',
  },
  {
    id: 'kms/get-parameters-for-import',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['kms:GetParametersForImport'],
    reason: 'Returns an ImportToken plus a newly generated wrapping public key used to import key material (token/key material, not metadata).',
  },
  {
    id: 'kms/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['kms:GetKeyLastUsage', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:GetPublicKey'],
    reason: 'Fallback, not a finding: kms reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
