import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `route53resolver`. */
export const ROUTE53RESOLVER_RULES: ClassificationRule[] = [
  {
    id: 'route53resolver/query-log-configs',
    actionClass: ActionClass.METADATA,
    actions: ['route53resolver:Get*', 'route53resolver:List*'],
    reason: 'Resolver query logging configurations and their associations, which say where DNS query logs go, not the queries.',
    metadataFields: {
      ResolverQueryLogConfig: 'a query logging configuration: ID, name, owner, status, share status, destination ARN (S3, CloudWatch Logs or Firehose) and association count; flagged for "Query" in its name, it holds no DNS query',
      ResolverQueryLogConfigs: 'the query logging configurations: IDs, names, status, destination ARNs and association counts; no DNS query',
      ResolverQueryLogConfigAssociation: 'an association of a query logging configuration with a VPC: IDs, status and error; no DNS query',
      ResolverQueryLogConfigAssociations: 'the associations of query logging configurations with VPCs: IDs, status and errors; no DNS query',
    },
  },
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
