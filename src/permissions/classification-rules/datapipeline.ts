import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `datapipeline`. */
export const DATAPIPELINE_RULES: ClassificationRule[] = [
  {
    id: 'datapipeline/describe-objects',
    actionClass: ActionClass.CODE,
    actions: ['datapipeline:DescribeObjects'],
    reason: 'Returns pipeline object definitions: activity commands, SQL queries, script URIs and other fields.',
  },
  {
    id: 'datapipeline/get-pipeline-definition',
    actionClass: ActionClass.CODE,
    actions: ['datapipeline:GetPipelineDefinition'],
    reason: 'Returns the full pipeline definition (objects, commands, SQL, parameters).',
    fields: {
      parameterValues: 'the values of the definition\'s parameters (API reference), which the pipeline\'s commands and SQL use and where customers put database passwords',
    },
  },
  {
    id: 'datapipeline/evaluate-expression',
    actionClass: ActionClass.CODE,
    actions: ['datapipeline:EvaluateExpression'],
    reason: 'Returns evaluatedExpression: any expression such as #{command} or #{*password} resolved against any pipeline object (QueryObjects lists their IDs), i.e. the activity commands, SQL queries and parameter values that DescribeObjects and GetPipelineDefinition return, where customers put database passwords; code, as those are.',
  },
  {
    id: 'datapipeline/describe-pipelines',
    actionClass: ActionClass.METADATA,
    actions: ['datapipeline:DescribePipelines'],
    reason: 'Returns pipelines\' IDs, names, descriptions, tags and read-only fields (@userId, @accountId, @pipelineState and similar); the definition is returned by GetPipelineDefinition only.',
  },
  {
    id: 'datapipeline/get-account-limits',
    actionClass: ActionClass.METADATA,
    actions: ['datapipeline:GetAccountLimits'],
    reason: 'Permission for the console\'s account limits page (Service Authorization Reference: "call GetAccountLimits", an operation absent from the public API): the account\'s Data Pipeline quotas, numbers only.',
  },
  {
    id: 'datapipeline/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'datapipeline:QueryObjects',
      'datapipeline:ValidatePipelineDefinition',
    ],
    reason: 'Fallback, not a finding: datapipeline reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
