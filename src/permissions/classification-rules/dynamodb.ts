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
  {
    id: 'dynamodb/reserved-capacity',
    actionClass: ActionClass.METADATA,
    actions: ['dynamodb:DescribeReservedCapacity', 'dynamodb:DescribeReservedCapacityOfferings'],
    reason: 'Console actions with no API model; the Service Authorization Reference says they describe the reserved capacity the account purchased and the offerings available for purchase: capacity units, terms, prices and dates, which a cost tool reads.',
  },
];
