import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `route53`. */
export const ROUTE53_RULES: ClassificationRule[] = [
  {
    id: 'route53/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'route53:GetAccountLimit',
      'route53:GetChange',
      'route53:GetCheckerIpRanges',
      'route53:GetGeoLocation',
      'route53:GetHealthCheck',
      'route53:GetHealthCheckCount',
      'route53:GetHealthCheckLastFailureReason',
      'route53:GetHealthCheckStatus',
      'route53:GetHostedZone',
      'route53:GetHostedZoneCount',
      'route53:GetHostedZoneLimit',
      'route53:GetQueryLoggingConfig',
      'route53:GetReusableDelegationSet',
      'route53:GetReusableDelegationSetLimit',
      'route53:GetTrafficPolicy',
      'route53:GetTrafficPolicyInstance',
      'route53:GetTrafficPolicyInstanceCount',
    ],
    reason: 'Fallback, not a finding: route53 reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'route53/get-dnssec',
    actionClass: ActionClass.METADATA,
    actions: ['route53:GetDNSSEC'],
    reason: 'Returns the hosted zone\'s DNSSEC signing status and its key-signing keys: name, KMS key ARN, algorithms, key tag, public key, DS and DNSKEY records.',
    metadataFields: {
      KeySigningKeys: 'each key-signing key\'s public key, DS and DNSKEY records and the ARN of the KMS key holding its private key; the private key never leaves KMS',
    },
  },
];
