import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `codestar`. */
export const CODESTAR_RULES: ClassificationRule[] = [
  {
    id: 'codestar/describe-user-profile',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['codestar:DescribeUserProfile'],
    reason: 'Returns a user\'s display name, email address and SSH public key.',
  },
  {
    id: 'codestar/list-user-profiles',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['codestar:ListUserProfiles'],
    reason: 'Returns user profiles with display names, email addresses and SSH public keys.',
  },
];
