import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `s3vectors`. */
export const S3VECTORS_RULES: ClassificationRule[] = [
  {
    id: 's3vectors/get-vectors',
    actionClass: ActionClass.CONTENT,
    actions: ['s3vectors:GetVectors', 's3vectors:QueryVectors'],
    reason: 'These return stored embeddings and their attached metadata, which are derived from and often quote the source documents.',
  },
  {
    id: 's3vectors/list-vectors',
    actionClass: ActionClass.CONTENT,
    actions: ['s3vectors:ListVectors'],
    reason: 'Returns vector keys and optionally vector data and metadata (customer\'s stored vectors).',
  },
  {
    id: 's3vectors/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['s3vectors:GetIndex', 's3vectors:GetVectorBucket', 's3vectors:GetVectorBucketPolicy'],
    reason: 'Fallback, not a finding: s3vectors reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
