import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `account`. */
export const ACCOUNT_RULES: ClassificationRule[] = [
  {
    id: 'account/get-alternate-contact',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['account:GetAlternateContact'],
    reason: 'Returns name, title, email address and phone number of the billing/operations/security alternate contact person.',
    fields: {
      Name: 'the name of the alternate contact, a person',
      Title: 'the job title of the alternate contact',
      EmailAddress: 'the e-mail address of the alternate contact',
      PhoneNumber: 'the phone number of the alternate contact',
    },
  },
  {
    id: 'account/get-contact-information',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['account:GetContactInformation'],
    reason: 'Returns primary contact full name, postal address, phone number and company details.',
    fields: {
      ContactInformation: 'the primary contact of the account: full name, postal address, phone number, company name and website (API reference)',
    },
  },
  {
    id: 'account/get-primary-email',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['account:GetPrimaryEmail'],
    reason: 'Returns the root user\'s e-mail address of the account and nothing else. organizations:ListAccounts returns the same address with each account, as metadata, because the account directory cannot be had without it; a call whose only purpose is the address has no such need.',
    fields: {
      PrimaryEmail: 'the account\'s root user e-mail address; decided as personal data because it is the mailbox of the person who holds the root user, and a cost tool names accounts by account:GetAccountInformation\'s AccountName or organizations:ListAccounts instead',
    },
  },
  {
    id: 'account/get-account-information',
    actionClass: ActionClass.METADATA,
    actions: ['account:GetAccountInformation'],
    reason: 'Returns the account\'s ID, name and creation date.',
    metadataFields: {
      AccountName: 'the name of the account (API reference), which a cost tool needs to name accounts; an account name, not a person\'s',
    },
  },
  {
    id: 'account/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['account:GetRegionOptStatus'],
    reason: 'Fallback, not a finding: account reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'account/list-regions',
    actionClass: ActionClass.METADATA,
    actions: ['account:ListRegions'],
    reason: 'Returns the account\'s Regions with their opt-in status (ENABLED, ENABLING, DISABLING, DISABLED, ENABLED_BY_DEFAULT): Region names and states.',
  },
];
