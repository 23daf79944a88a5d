import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `s3express`. */
export const S3EXPRESS_RULES: ClassificationRule[] = [
  {
    id: 's3express/create-session',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['s3express:CreateSession'],
    reason: 'Directory buckets (S3 Express One Zone) authorize object reads only through the session credentials this action issues.',
  },
  {
    id: 's3express/directory-bucket-settings',
    actionClass: ActionClass.METADATA,
    actions: ['s3express:GetBucketPolicy', 's3express:GetEncryptionConfiguration', 's3express:ListAllMyDirectoryBuckets'],
    reason: 'IAM actions that authorize the S3 operations GetBucketPolicy, GetBucketEncryption and ListDirectoryBuckets on directory buckets, whose models are under s3 (Service Authorization Reference); they return the bucket policy document, the default encryption (SSE-S3 or SSE-KMS with the key ARN) and the directory buckets\' names, Regions and creation dates.',
  },
];
