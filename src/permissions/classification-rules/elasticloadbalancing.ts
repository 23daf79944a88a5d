import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `elasticloadbalancing`. */
export const ELASTICLOADBALANCING_RULES: ClassificationRule[] = [
  {
    id: 'elasticloadbalancing/listener-actions',
    actionClass: ActionClass.METADATA,
    actions: ['elasticloadbalancing:DescribeListeners', 'elasticloadbalancing:DescribeRules'],
    reason: 'Returns listeners and listener rules: ports, protocols, certificates\' ARNs, TLS policies and the actions and conditions that route requests; the OIDC client secret is accepted on create and modify but never read back.',
    metadataFields: {
      ClientSecret: 'never returned: the Elastic Load Balancing API accepts the OAuth 2.0 client secret on CreateListener, CreateRule and Modify* calls and provides no way to read it (the AWS Terraform provider keeps it from its own state for that reason)',
      MessageBody: 'the body of a fixed response the load balancer sends to every client that matches the rule, public by design',
      Query: 'the query string of a redirect target, configuration the customer wrote to route clients, sent to every client redirected',
      QueryStringConfig: 'the key/value pairs a rule matches in request query strings, routing configuration like a WAF byte pattern',
    },
  },
  {
    id: 'elasticloadbalancing/load-balancer-descriptions',
    actionClass: ActionClass.METADATA,
    actions: [
      'elasticloadbalancing:DescribeLoadBalancers',
      'elasticloadbalancing:DescribeLoadBalancerPolicies',
      'elasticloadbalancing:DescribeLoadBalancerPolicyTypes',
      'elasticloadbalancing:DescribeTags',
      'elasticloadbalancing:DescribeTargetHealth',
    ],
    reason: 'Returns load balancers, their policies and policy types, tags and target health: names, DNS names, listeners, subnets, security groups, TLS ciphers and health states.',
    metadataFields: {
      LoadBalancerDescriptions: 'Classic Load Balancer descriptions: name, DNS name, listeners, policies, instances, subnets, security groups and health check (API reference)',
      PolicyDescriptions: 'policy names, types and attributes: TLS protocols and ciphers, stickiness, proxy protocol, and the public keys of back-end server authentication policies, which are public keys',
      PolicyTypeDescriptions: 'the descriptions of the policy types Elastic Load Balancing defines and their attribute types, published by AWS',
      TagDescriptions: 'the resource ARNs and their tags',
      TargetHealthDescriptions: 'each target\'s id, port, health-check port and health state with its reason code',
    },
  },
  {
    id: 'elasticloadbalancing/describe-web-acl-association',
    actionClass: ActionClass.METADATA,
    actions: ['elasticloadbalancing:DescribeWebACLAssociation'],
    reason: 'Permission-only action (Service Authorization Reference: no API operation of its own) that the console checks to show which AWS WAF web ACL is associated with a load balancer: the web ACL\'s ARN.',
  },
];
