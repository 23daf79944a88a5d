import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `*` (every service: the verb rules, fallbacks). */
export const EVERY_SERVICE_RULES: ClassificationRule[] = [
  {
    id: 'every-service/verb-list',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['*:List*'],
    reason: 'Fallback, not a finding: a List read of an action the AWS-managed policies allow, kept in metadata only because the response-shape audit flags no field of its response or a rule that names each flagged field decides it; a List that returns content, keys or personal data has a rule of its own.',
  },
  {
    id: 'every-service/verb-describe',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['*:Describe*'],
    reason: 'Fallback, not a finding: a Describe read of an action the AWS-managed policies allow, kept in metadata only because the response-shape audit flags no field of its response or a rule that names each flagged field decides it; a Describe that returns content, keys or secret-bearing configuration has a rule of its own.',
  },
  {
    id: 'every-service/pagination-tokens',
    actionClass: ActionClass.METADATA,
    actions: ['*:*'],
    reason: 'Pagination tokens that some models mark sensitive: an opaque cursor the caller passes back to get the next page of the same response; it grants no access.',
    metadataFields: {
      NextToken: 'a pagination cursor the caller passes back to continue the listing; it authorizes nothing',
    },
  },
];
