import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `route53resolver`. */
export const ROUTE53RESOLVER_RULES: ClassificationRule[] = [

  {
    id: 'route53resolver/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'route53resolver:GetFirewallConfig',
      'route53resolver:GetFirewallDomainList',
      'route53resolver:GetFirewallRuleGroup',
      'route53resolver:GetFirewallRuleGroupAssociation',
      'route53resolver:GetFirewallRuleGroupPolicy',
      'route53resolver:GetOutpostResolver',
      'route53resolver:GetResolverConfig',
      'route53resolver:GetResolverDnssecConfig',
      'route53resolver:GetResolverEndpoint',
      'route53resolver:GetResolverQueryLogConfig',
      'route53resolver:GetResolverQueryLogConfigAssociation',
      'route53resolver:GetResolverQueryLogConfigPolicy',
      'route53resolver:GetResolverRule',
      'route53resolver:GetResolverRuleAssociation',
      'route53resolver:GetResolverRulePolicy',
    ],
    reason: 'Fallback, not a finding: route53resolver reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
