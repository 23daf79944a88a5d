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
  },
  {
    id: 'logs/describe-queries',
    actionClass: ActionClass.CODE,
    actions: ['logs:DescribeQueries'],
    reason: 'Returns queryString of recent/running Logs Insights queries (query bodies).',
  },
  {
    id: 'logs/describe-query-definitions',
    actionClass: ActionClass.CODE,
    actions: ['logs:DescribeQueryDefinitions'],
    reason: 'Returns saved Logs Insights query definitions including queryString bodies.',
  },
  {
    id: 'logs/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['logs:GetLogDelivery', 'logs:GetTransformer'],
    reason: 'Fallback, not a finding: logs reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
