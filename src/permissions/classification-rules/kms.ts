import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kms`. */
export const KMS_RULES: ClassificationRule[] = [
  {
    id: 'kms/decrypt',
    actionClass: ActionClass.CONTENT,
    actions: ['kms:Decrypt', 'kms:ReEncryptFrom', 'kms:DeriveSharedSecret'],
    reason: 'These turn customer ciphertext into plaintext (directly or by re-encrypting it under another key) or derive shared secrets from a customer private key.',
    fields: {
      Plaintext: 'the decrypted plaintext of the customer\'s ciphertext',
      SharedSecret: 'the raw shared secret derived from the KMS key\'s private key and the peer\'s public key',
    },
  },
  {
    id: 'kms/get-parameters-for-import',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['kms:GetParametersForImport'],
    reason: 'Returns an ImportToken, which authorizes importing key material into the KMS key, with a newly generated wrapping public key.',
    fields: {
      ImportToken: 'the import token to send with ImportKeyMaterial, which ties key material to this KMS key',
    },
    metadataFields: {
      PublicKey: 'the public wrapping key that encrypts key material before import; a public key',
    },
  },
  {
    id: 'kms/describe-custom-key-stores',
    actionClass: ActionClass.METADATA,
    actions: ['kms:DescribeCustomKeyStores'],
    reason: 'Returns custom key stores: name, type, CloudHSM cluster or external key store proxy endpoint and path, and connection state; the proxy\'s secret access key is never returned.',
    metadataFields: {
      AccessKeyId: 'the ID of the external key store proxy authentication credential, which names the secret access key; the secret itself is not returned (model XksProxyConfigurationType has only Connectivity, AccessKeyId, UriEndpoint, UriPath, VpcEndpointServiceName)',
    },
  },
  {
    id: 'kms/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['kms:GetKeyLastUsage', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:GetPublicKey'],
    reason: 'Fallback, not a finding: kms reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
