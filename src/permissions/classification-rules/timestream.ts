import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `timestream`. */
export const TIMESTREAM_RULES: ClassificationRule[] = [
  {
    id: 'timestream/select',
    actionClass: ActionClass.CONTENT,
    actions: ['timestream:Select'],
    reason: 'This runs SELECT queries that return the stored time-series records.',
  },
];
