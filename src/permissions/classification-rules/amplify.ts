import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `amplify`. */
export const AMPLIFY_RULES: ClassificationRule[] = [
  {
    id: 'amplify/list-apps',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['amplify:ListApps', 'amplify:ListBranches', 'amplify:GetApp', 'amplify:GetBranch'],
    reason: 'Return each app\'s and branch\'s basic-auth credentials (base64 user:password), environment variables and build spec.',
  },
];
