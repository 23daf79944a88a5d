import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `translate`. */
export const TRANSLATE_RULES: ClassificationRule[] = [
  {
    id: 'translate/encryption-key-references',
    actionClass: ActionClass.METADATA,
    actions: ['translate:ListParallelData', 'translate:ListTerminologies', 'translate:ListTextTranslationJobs'],
    reason: 'These list parallel data resources, custom terminologies and batch translation jobs: names, languages, sizes, S3 locations, status and the KMS key that encrypts them; never the terminology or the translated text.',
    metadataFields: {
      EncryptionKey: 'the encryption key setting: Type (KMS) and Id, the ARN of the KMS key; a reference, not key material',
    },
  },
];
