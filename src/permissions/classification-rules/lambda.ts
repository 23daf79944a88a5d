import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `lambda`. */
export const LAMBDA_RULES: ClassificationRule[] = [
  {
    id: 'lambda/get-function',
    actionClass: ActionClass.CODE,
    actions: ['lambda:GetFunction', 'lambda:GetLayerVersion'],
    reason: 'These return a download link for the function\'s and the layer\'s code.',
  },
  {
    id: 'lambda/get-durable-execution',
    actionClass: ActionClass.CONTENT,
    actions: ['lambda:GetDurableExecution', 'lambda:GetDurableExecutionHistory', 'lambda:GetDurableExecutionState'],
    reason: 'These return the inputs, checkpointed state and results of durable function executions.',
  },
  {
    id: 'lambda/get-function-configuration',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['lambda:GetFunctionConfiguration'],
    reason: 'Returns function configuration including Environment.Variables, where customers often place secrets.',
  },
  {
    id: 'lambda/list-functions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['lambda:ListFunctions'],
    reason: 'Returns each function configuration including Environment.Variables (possible secrets).',
  },
  {
    id: 'lambda/list-versions-by-function',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['lambda:ListVersionsByFunction'],
    reason: 'Returns the full FunctionConfiguration of every version, including Environment.Variables (possible secrets).',
  },
  {
    id: 'lambda/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'lambda:GetAccountSettings',
      'lambda:GetFunctionCodeSigningConfig',
      'lambda:GetFunctionConcurrency',
      'lambda:GetFunctionEventInvokeConfig',
      'lambda:GetFunctionUrlConfig',
      'lambda:GetLayerVersionPolicy',
      'lambda:GetPolicy',
      'lambda:GetRuntimeManagementConfig',
    ],
    reason: 'Fallback, not a finding: lambda reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
