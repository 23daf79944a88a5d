import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `route53domains`. */
export const ROUTE53DOMAINS_RULES: ClassificationRule[] = [
  {
    id: 'route53domains/get-domain-detail',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['route53domains:GetDomainDetail'],
    reason: 'Returns registrant/admin/tech contacts: names, postal addresses, phone numbers, emails.',
    fields: {
      AdminContact: 'the administrative contact: name, organization, postal address, phone number and e-mail',
      BillingContact: 'the billing contact: name, organization, postal address, phone number and e-mail',
      RegistrantContact: 'the registrant: name, organization, postal address, phone number and e-mail',
      TechContact: 'the technical contact: name, organization, postal address, phone number and e-mail',
    },
    metadataFields: {
      AbuseContactEmail: 'the registrar\'s abuse reporting address, published by the registrar, not the customer\'s',
      AbuseContactPhone: 'the registrar\'s abuse reporting phone number, published by the registrar, not the customer\'s',
    },
  },
  {
    id: 'route53domains/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['route53domains:GetOperationDetail'],
    reason: 'Fallback, not a finding: route53domains reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
