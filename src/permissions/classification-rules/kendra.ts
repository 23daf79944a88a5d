import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kendra`. */
export const KENDRA_RULES: ClassificationRule[] = [
  {
    id: 'kendra/query',
    actionClass: ActionClass.CONTENT,
    actions: ['kendra:Query', 'kendra:Retrieve'],
    reason: 'These return passages and excerpts of the documents indexed from the customer\'s content sources.',
  },
];
