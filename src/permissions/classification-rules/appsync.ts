import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `appsync`. */
export const APPSYNC_RULES: ClassificationRule[] = [
  {
    id: 'appsync/graph-ql',
    actionClass: ActionClass.CONTENT,
    actions: ['appsync:GraphQL', 'appsync:EventSubscribe'],
    reason: 'These run GraphQL queries against the customer\'s data sources and subscribe to the events an Event API delivers.',
  },
  {
    id: 'appsync/list-api-keys',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['appsync:ListApiKeys'],
    reason: 'Returns AppSync API key objects whose id is the API key value itself (da2-...).',
    fields: {
      apiKeys: 'the API keys: each key\'s id is the key itself (da2-...), which authorizes calls to the GraphQL or Event API, with its description and expiry',
    },
  },
  {
    id: 'appsync/list-channel-namespaces',
    actionClass: ActionClass.CODE,
    actions: ['appsync:ListChannelNamespaces'],
    reason: 'Channel namespaces include codeHandlers (event handler JavaScript source).',
  },
  {
    id: 'appsync/list-functions',
    actionClass: ActionClass.CODE,
    actions: ['appsync:ListFunctions'],
    reason: 'Function configurations include request/response mapping templates and APPSYNC_JS code.',
  },
  {
    id: 'appsync/list-resolvers',
    actionClass: ActionClass.CODE,
    actions: ['appsync:ListResolvers'],
    reason: 'Resolvers include request/response mapping templates and APPSYNC_JS code.',
  },
  {
    id: 'appsync/list-resolvers-by-function',
    actionClass: ActionClass.CODE,
    actions: ['appsync:ListResolversByFunction'],
    reason: 'Resolvers include request/response mapping templates and APPSYNC_JS code.',
  },
  {
    id: 'appsync/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['appsync:GetApiCache'],
    reason: 'Fallback, not a finding: appsync reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'appsync/list-types',
    actionClass: ActionClass.METADATA,
    actions: ['appsync:ListTypes', 'appsync:ListTypesByAssociation'],
    reason: 'These return the types of a GraphQL API\'s schema: name, description, ARN, format and definition; the schema describes the shape of the API\'s data, no resolver code and no data.',
    metadataFields: {
      definition: 'the SDL definition of a GraphQL type: its fields and their types, the API\'s schema; resolver code and mapping templates are ListResolvers\' and ListFunctions\', not this',
    },
  },
  {
    id: 'appsync/list-resources-for-web-acl',
    actionClass: ActionClass.METADATA,
    actions: ['appsync:ListResourcesForWebACL'],
    reason: 'A permission with no API model of its own, which AWS WAF checks when listing the resources a web ACL protects (wafv2:ListResourcesForWebACL returns ResourceArns); the Service Authorization Reference says it gets the resources associated with a web ACL: GraphQL API ARNs.',
  },
];
