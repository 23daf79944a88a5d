import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `dynamodb`. */
export const DYNAMODB_RULES: ClassificationRule[] = [
  {
    id: 'dynamodb/get-item',
    actionClass: ActionClass.CONTENT,
    actions: [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:Scan',
      'dynamodb:PartiQLSelect',
      'dynamodb:SearchVectors',
      'dynamodb:ConditionCheckItem',
      'dynamodb:GetRecords',
      'dynamodb:ReadDataForReplication',
    ],
    reason: 'These return table items and their attribute values, including change records from DynamoDB Streams and replica reads.',
  },
  {
    id: 'dynamodb/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['dynamodb:GetResourcePolicy'],
    reason: 'Fallback, not a finding: dynamodb reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
