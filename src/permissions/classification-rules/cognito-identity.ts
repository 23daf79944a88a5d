import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cognito-identity`. */
export const COGNITO_IDENTITY_RULES: ClassificationRule[] = [
  {
    id: 'cognito-identity/describe-identity',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['cognito-identity:DescribeIdentity'],
    reason: 'Returns an end-user identity record (identity ID, linked login providers, dates).',
  },
  {
    id: 'cognito-identity/list-identities',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['cognito-identity:ListIdentities'],
    reason: 'Enumerates end-user identities in the pool with linked login providers.',
  },
  {
    id: 'cognito-identity/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['cognito-identity:GetIdentityPoolRoles'],
    reason: 'Fallback, not a finding: cognito-identity reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
