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
    },
  },
  {
    id: 'elasticloadbalancing/describe-web-acl-association',
    actionClass: ActionClass.METADATA,
    actions: ['elasticloadbalancing:DescribeWebACLAssociation'],
    reason: 'Permission-only action (Service Authorization Reference: no API operation of its own) that the console checks to show which AWS WAF web ACL is associated with a load balancer: the web ACL\'s ARN.',
  },
];
