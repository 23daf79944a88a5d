import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `s3files`. */
export const S3FILES_RULES: ClassificationRule[] = [
  {
    id: 's3files/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      's3files:GetAccessPoint',
      's3files:GetFileSystem',
      's3files:GetFileSystemPolicy',
      's3files:GetMountTarget',
      's3files:GetSynchronizationConfiguration',
    ],
    reason: 'Fallback, not a finding: s3files reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
