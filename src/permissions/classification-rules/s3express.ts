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
    id: 's3express/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['s3express:GetBucketPolicy', 's3express:GetEncryptionConfiguration'],
    reason: 'Fallback, not a finding: s3express reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
