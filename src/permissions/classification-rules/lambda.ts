import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `lambda`. */
export const LAMBDA_RULES: ClassificationRule[] = [
  {
    id: 'lambda/get-function',
    actionClass: ActionClass.CODE,
    actions: ['lambda:GetFunction', 'lambda:GetLayerVersion'],
    reason: 'These return a download link for the function\'s and the layer\'s code.',
    fields: {
      Code: 'the function\'s deployment package: Location is a presigned URL that downloads the code (valid 10 minutes), or the container image URI',
      Content: 'the layer version\'s content: Location is a presigned URL that downloads the layer\'s code (valid 10 minutes)',
    },
  },
  {
    id: 'lambda/get-durable-execution',
    actionClass: ActionClass.CONTENT,
    actions: ['lambda:GetDurableExecution', 'lambda:GetDurableExecutionHistory', 'lambda:GetDurableExecutionState'],
    reason: 'These return the inputs, checkpointed state and results of durable function executions.',
    fields: {
      InputPayload: 'the JSON input the durable execution was started with: data the function processes',
      Result: 'the JSON result of the execution or of one of its steps, callbacks or chained invocations: data the function produced',
      Payload: 'the input, result or error payload of an execution, step, callback or chained invocation in the history: data the function processed',
      ErrorData: 'machine-readable error data raised by the customer\'s function code',
      ErrorMessage: 'the error message raised by the customer\'s function code, which can quote the data it failed on',
      ErrorType: 'the error type raised by the customer\'s function code',
      StackTrace: 'the stack trace of the error raised by the customer\'s function code: file names, lines and frames of the code',
    },
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
    id: 'lambda/function-environment',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['lambda:Get*', 'lambda:List*'],
    reason: 'A function configuration\'s environment variables, where customers put database passwords and API keys: secret-bearing configuration wherever a read returns them.',
    fields: {
      Environment: 'the function\'s environment variables (Environment.Variables), set by the customer and often holding passwords and API keys; Lambda omits them from CloudTrail logs',
    },
  },
  {
    id: 'lambda/function-configuration-fields',
    actionClass: ActionClass.METADATA,
    actions: ['lambda:Get*', 'lambda:List*'],
    reason: 'Fields of function configurations and event source mappings that name code or secrets without holding them.',
    metadataFields: {
      Handler: 'the name of the method Lambda calls (e.g. index.handler): a name in the code, not the code',
      Command: 'the container image\'s CMD override: the arguments Lambda passes to the image\'s entry point, typically the handler name',
      Message: 'an error message written by Lambda about the image configuration or runtime version lookup',
      URI: 'the ARN of the Secrets Manager secret that holds the Kafka or broker credentials, or a VPC subnet or security group ID: a reference, not the secret\'s value',
    },
  },
  {
    id: 'lambda/microvm-image-versions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['lambda:ListMicrovmImageVersions'],
    reason: 'Returns each MicroVM image version with the environment variables set in its runtime environment, where customers put secrets.',
    fields: {
      environmentVariables: 'the environment variables the customer set in the MicroVM runtime environment, which can hold passwords and API keys',
    },
    metadataFields: {
      'codeArtifact.uri': 'the S3 URI of the image version\'s code artifact: a location, not a presigned URL',
    },
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
