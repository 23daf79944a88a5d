import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `acm`. */
export const ACM_RULES: ClassificationRule[] = [
  {
    id: 'acm/export-certificate',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['acm:ExportCertificate'],
    reason: 'This exports a certificate together with its private key, encrypted under a passphrase the caller chooses.',
    fields: {
      PrivateKey: 'the certificate\'s private key, PKCS #8, encrypted under the caller\'s passphrase (API reference)',
    },
  },
  {
    id: 'acm/acme-account-contacts',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['acm:DescribeAcmeAccount', 'acm:ListAcmeAccounts'],
    reason: 'ACME accounts carry their contact information, the e-mail addresses of the people the ACME server notifies about the account\'s certificates.',
    fields: {
      Contacts: 'the contact information of the ACME account (API reference, model marks it sensitive): mailto: addresses of the people responsible for it',
    },
  },
  {
    id: 'acm/domain-validation-emails',
    actionClass: ActionClass.METADATA,
    actions: ['acm:DescribeCertificate', 'acm:ListCertificateDomainValidations'],
    reason: 'Certificate details and domain validation status: domain names, validation method and state, DNS records to create, and the addresses that e-mail validation sent to.',
    metadataFields: {
      ValidationEmails: 'the addresses ACM sent domain validation e-mail to, which are the domain\'s role mailboxes (admin@, administrator@, hostmaster@, postmaster@, webmaster@ of the domain): ACM no longer sends validation mail to WHOIS contacts',
    },
  },
];
