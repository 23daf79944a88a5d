import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `s3-object-lambda`. */
export const S3_OBJECT_LAMBDA_RULES: ClassificationRule[] = [
  {
    id: 's3-object-lambda/get-object',
    actionClass: ActionClass.CONTENT,
    actions: ['s3-object-lambda:GetObject', 's3-object-lambda:GetObjectVersion'],
    reason: 'An Object Lambda access point returns the object content after the customer\'s transformation function has processed it.',
  },
  {
    id: 's3-object-lambda/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['s3-object-lambda:GetObjectAcl', 's3-object-lambda:GetObjectVersionAcl'],
    reason: 'Fallback, not a finding: s3-object-lambda reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
