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
  },
  {
    id: 'datapipeline/evaluate-expression',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['datapipeline:EvaluateExpression'],
    reason: 'Evaluates an expression against pipeline object fields, returning field values that may include secrets.',
  },
  {
    id: 'datapipeline/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'datapipeline:GetAccountLimits',
      'datapipeline:QueryObjects',
      'datapipeline:ValidatePipelineDefinition',
    ],
    reason: 'Fallback, not a finding: datapipeline reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
