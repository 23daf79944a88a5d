import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `workspaces`. */
export const WORKSPACES_RULES: ClassificationRule[] = [
  {
    id: 'workspaces/describe-client-branding',
    actionClass: ActionClass.CONTENT,
    actions: ['workspaces:DescribeClientBranding'],
    reason: 'Returns logo image download URLs and login messages/support email of client branding (media).',
  },
];
