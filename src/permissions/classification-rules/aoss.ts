import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `aoss`. */
export const AOSS_RULES: ClassificationRule[] = [
  {
    id: 'aoss/api-access-all',
    actionClass: ActionClass.CONTENT,
    actions: ['aoss:APIAccessAll'],
    reason: 'This is the IAM gate for every OpenSearch Serverless data-plane request, including searches that return indexed documents.',
  },
];
