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
  {
    id: 'codestar/project-descriptions',
    actionClass: ActionClass.METADATA,
    actions: ['codestar:DescribeProject', 'codestar:ListProjects', 'codestar:ListResources', 'codestar:ListTagsForProject', 'codestar:ListTeamMembers'],
    reason: 'AWS CodeStar (its model left botocore when the service ended) returns projects\' names, ids, ARNs, descriptions, stack ids, template ids and status, the ARNs of their resources, their tags, and team members as IAM user ARNs with project roles (API reference); user profiles with e-mail addresses are read only by the user-profile actions.',
  },
];
