import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `account`. */
export const ACCOUNT_RULES: ClassificationRule[] = [
  {
    id: 'account/get-alternate-contact',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['account:GetAlternateContact'],
    reason: 'Returns name, title, email address and phone number of the billing/operations/security alternate contact person.',
  },
  {
    id: 'account/get-contact-information',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['account:GetContactInformation'],
    reason: 'Returns primary contact full name, postal address, phone number and company details.',
  },
  {
    id: 'account/get-primary-email',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['account:GetPrimaryEmail'],
    reason: 'Returns the root user primary email address of the account (a person\'s address).',
  },
  {
    id: 'account/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['account:GetAccountInformation', 'account:GetRegionOptStatus'],
    reason: 'Fallback, not a finding: account reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'account/list-regions',
    actionClass: ActionClass.METADATA,
    actions: ['account:ListRegions'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
