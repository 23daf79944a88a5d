import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `mechanicalturk`. */
export const MECHANICALTURK_RULES: ClassificationRule[] = [
  {
    id: 'mechanicalturk/list-hi-ts',
    actionClass: ActionClass.CONTENT,
    actions: ['mechanicalturk:ListHITs'],
    reason: 'Returns full HIT objects including the Question field (the task content/forms shown to workers).',
  },
];
