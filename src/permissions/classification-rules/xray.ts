import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `xray`. */
export const XRAY_RULES: ClassificationRule[] = [
  {
    id: 'xray/batch-get-traces',
    actionClass: ActionClass.CONTENT,
    actions: ['xray:BatchGetTraces'],
    reason: 'Returns full traces, whose segments carry request URLs, annotations and metadata the application recorded.',
  },
  {
    id: 'xray/get-trace-summaries',
    actionClass: ActionClass.CONTENT,
    actions: ['xray:GetTraceSummaries'],
    reason: 'Trace summaries with HTTP URLs, client IPs, user agents, annotations and Users of requests (trace contents).',
  },
  {
    id: 'xray/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'xray:GetEncryptionConfig',
      'xray:GetGroup',
      'xray:GetGroups',
      'xray:GetSamplingRules',
      'xray:GetSamplingStatisticSummaries',
      'xray:GetSamplingTargets',
      'xray:GetTraceSegmentDestination',
    ],
    reason: 'Fallback, not a finding: xray reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
