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
];
