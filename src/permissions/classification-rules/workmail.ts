import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `workmail`. */
export const WORKMAIL_RULES: ClassificationRule[] = [
  {
    id: 'workmail/describe-entity',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['workmail:DescribeEntity'],
    reason: 'Directory lookup by email returning the WorkMail user/group/resource entity ID and name.',
  },
  {
    id: 'workmail/describe-user',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['workmail:DescribeUser'],
    reason: 'WorkMail user directory entry: name, email, display name, names, job title, phone numbers, etc.',
  },
];
