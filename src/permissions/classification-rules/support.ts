import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `support`. */
export const SUPPORT_RULES: ClassificationRule[] = [
  {
    id: 'support/describe-services',
    actionClass: ActionClass.METADATA,
    actions: ['support:DescribeServices'],
    reason: 'Returns the AWS services and their categories, by code and name, that support cases can be opened for; no case data.',
  },
];
