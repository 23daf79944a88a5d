import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `dax`. */
export const DAX_RULES: ClassificationRule[] = [
  {
    id: 'dax/get-item',
    actionClass: ActionClass.CONTENT,
    actions: ['dax:GetItem', 'dax:BatchGetItem', 'dax:Query', 'dax:Scan'],
    reason: 'DynamoDB Accelerator serves the same table items as DynamoDB, from its cache.',
  },
];
