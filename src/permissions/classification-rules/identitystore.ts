import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `identitystore`. */
export const IDENTITYSTORE_RULES: ClassificationRule[] = [
  {
    id: 'identitystore/list-users',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['identitystore:ListUsers'],
    reason: 'Returns Identity Store users: names, emails, phone numbers, addresses.',
  },
  {
    id: 'identitystore/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'identitystore:GetGroupId',
      'identitystore:GetGroupMembershipId',
      'identitystore:GetUserId',
      'identitystore:IsMemberInGroups',
    ],
    reason: 'Fallback, not a finding: identitystore reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
