import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `logs`. */
export const LOGS_RULES: ClassificationRule[] = [
  {
    id: 'logs/get-log-events',
    actionClass: ActionClass.CONTENT,
    actions: [
      'logs:GetLogEvents',
      'logs:FilterLogEvents',
      'logs:GetLogRecord',
      'logs:GetQueryResults',
      'logs:StartLiveTail',
      'logs:Unmask',
    ],
    reason: 'These return log event messages, Logs Insights results or a live tail, and Unmask reveals data hidden by a data protection policy.',
    metadataFields: {
      encryptionKey: 'the ARN of the KMS key that encrypts the stored query results, not key material',
    },
  },
  {
    id: 'logs/describe-queries',
    actionClass: ActionClass.CODE,
    actions: ['logs:DescribeQueries'],
    reason: 'Returns recent and running Logs Insights queries with their query strings, queries the customer wrote.',
    fields: {
      queries: 'each query\'s ID, language, status, log group, duration, bytes scanned and caller ARN, with queryString: the Logs Insights, OpenSearch PPL or SQL query the customer wrote',
    },
  },
  {
    id: 'logs/describe-query-definitions',
    actionClass: ActionClass.CODE,
    actions: ['logs:DescribeQueryDefinitions'],
    reason: 'Returns saved Logs Insights query definitions with their query strings, queries the customer wrote.',
    fields: {
      queryString: 'the saved Logs Insights, OpenSearch PPL or SQL query the customer wrote',
    },
    metadataFields: {
      parameters: 'the query\'s parameters: each name, default value and description',
    },
  },
  {
    id: 'logs/log-delivery-reads',
    actionClass: ActionClass.METADATA,
    actions: ['logs:GetLogDelivery', 'logs:ListLogDeliveries'],
    reason: 'Permissions with no API operation in any model, which services such as API Gateway and Step Functions use to set up their log delivery; per the Service Authorization Reference they return log delivery configurations: delivery IDs, log types and destination log group ARNs, not log events.',
  },
  {
    id: 'logs/entity-associations',
    actionClass: ActionClass.METADATA,
    actions: ['logs:ListEntitiesForLogGroup', 'logs:ListLogGroupsForEntity'],
    reason: 'Console-only permissions with no API operation in any model; per the Service Authorization Reference they list the entities (services and resources, by their key attributes) associated with a log group and the log groups associated with an entity, not log events.',
  },
  {
    id: 'logs/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['logs:GetTransformer'],
    reason: 'Fallback, not a finding: logs reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
