import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kinesis`. */
export const KINESIS_RULES: ClassificationRule[] = [
  {
    id: 'kinesis/get-records',
    actionClass: ActionClass.CONTENT,
    actions: ['kinesis:GetRecords', 'kinesis:SubscribeToShard'],
    reason: 'These return the data records written to a Kinesis data stream.',
  },
];
