import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `s3-outposts`. */
export const S3_OUTPOSTS_RULES: ClassificationRule[] = [
  {
    id: 's3-outposts/get-object',
    actionClass: ActionClass.CONTENT,
    actions: [
      's3-outposts:GetObject',
      's3-outposts:GetObjectVersion',
      's3-outposts:GetObjectVersionForReplication',
    ],
    reason: 'These return the bytes of objects stored in S3 on Outposts buckets.',
  },
];
