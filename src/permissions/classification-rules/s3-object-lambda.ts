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
    id: 's3-object-lambda/get-object-acl',
    actionClass: ActionClass.METADATA,
    actions: ['s3-object-lambda:GetObjectAcl', 's3-object-lambda:GetObjectVersionAcl'],
    reason: 'Through an Object Lambda access point, returns the access control list of an object or object version, as s3:GetObjectAcl does: the owner\'s canonical ID and the grants, never the object.',
  },
];
