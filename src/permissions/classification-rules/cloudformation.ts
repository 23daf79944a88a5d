import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cloudformation`. */
export const CLOUDFORMATION_RULES: ClassificationRule[] = [
  {
    id: 'cloudformation/describe-stack-events',
    actionClass: ActionClass.CODE,
    actions: ['cloudformation:DescribeStackEvents'],
    reason: 'Each stack event\'s ResourceProperties is the BLOB of the properties the resource was created with, the resource as the template declares it: inline function code (AWS::Lambda::Function Code.ZipFile, which cloudformation/get-template denies as code), user data scripts, and secrets passed as properties; code, as GetTemplate is.',
  },
  {
    id: 'cloudformation/describe-stack-instance',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:DescribeStackInstance'],
    reason: 'Stack instance includes ParameterOverrides (stack parameter values).',
  },
  {
    id: 'cloudformation/describe-stack-resource',
    actionClass: ActionClass.CODE,
    actions: ['cloudformation:DescribeStackResource'],
    reason: 'StackResourceDetail.Metadata is the content of the resource\'s Metadata attribute as the template declares it: AWS::CloudFormation::Init commands, files with their content and auth, the cfn-init commands for which cloudformation/get-template is code; code, as GetTemplate is.',
  },
  {
    id: 'cloudformation/describe-stack-resource-drifts',
    actionClass: ActionClass.CODE,
    actions: ['cloudformation:DescribeStackResourceDrifts'],
    reason: 'Returns ExpectedProperties (the resource\'s property values as defined in the stack template and its parameters), ActualProperties and the PropertyDifferences between them: the template\'s resources, inline function code (Code.ZipFile) and user data scripts included, which cloudformation/get-template denies as code; code, with environment variables and passwords set in the template.',
  },
  {
    id: 'cloudformation/describe-stack-set',
    actionClass: ActionClass.CODE,
    actions: ['cloudformation:DescribeStackSet'],
    reason: 'Returns the StackSet\'s TemplateBody, the template as GetTemplate returns it for a stack: inline function code (AWS::Lambda::Function Code.ZipFile, which securityhub/finding-lambda-code denies as code) and cfn-init commands; code, with the parameter values.',
    fields: {
      TemplateBody: 'the body of the StackSet\'s template (API reference), with any inline Lambda code (Code.ZipFile) and cfn-init commands the customer wrote',
      Parameters: 'the StackSet\'s input parameter values; NoEcho ones are masked, the others are returned as the customer gave them, denied with the template they come with',
    },
  },
  {
    id: 'cloudformation/describe-stacks',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:DescribeStacks'],
    reason: 'Stacks include Parameters and Outputs values (NoEcho masked, others plaintext).',
    fields: {
      Parameters: 'the stacks\' parameter values; NoEcho ones are masked as ****, the others are returned as the customer gave them (API reference)',
    },
  },
  {
    id: 'cloudformation/get-template',
    actionClass: ActionClass.CODE,
    actions: ['cloudformation:GetTemplate'],
    reason: 'Returns the stack\'s TemplateBody: inline function code (AWS::Lambda::Function Code.ZipFile, which securityhub/finding-lambda-code denies as code), cfn-init commands and custom resource scripts the customer wrote; code.',
    fields: {
      TemplateBody: 'the template the stack was created or updated with (API reference), with any inline Lambda code (Code.ZipFile) and cfn-init commands the customer wrote',
    },
  },
  {
    id: 'cloudformation/list-resource-requests',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:ListResourceRequests'],
    reason: 'Returns the Cloud Control resource requests of the last 7 days, each a ProgressEvent whose ResourceModel is the JSON of the resource\'s properties and their current values (the model marks it sensitive), environment variables and connection settings included.',
  },
  {
    id: 'cloudformation/list-resources',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:ListResources'],
    reason: 'Cloud Control ListResources returns resource Properties JSON (can include env vars, user data).',
  },
  {
    id: 'cloudformation/list-stack-instance-resource-drifts',
    actionClass: ActionClass.CODE,
    actions: ['cloudformation:ListStackInstanceResourceDrifts'],
    reason: 'Returns the PropertyDifferences of a stack instance\'s drifted resources, each property\'s ExpectedValue (as defined in the StackSet\'s template and parameters) and ActualValue, the same values DescribeStackResourceDrifts returns: inline function code (Code.ZipFile) or user data scripts when they drifted; code, as the template is.',
  },
  {
    id: 'cloudformation/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['cloudformation:GetStackPolicy'],
    reason: 'Fallback, not a finding: cloudformation reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'cloudformation/list-exports',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:ListExports'],
    reason: 'Returns the values of the stacks\' exported outputs, which carry whatever the templates export (as DescribeStacks does).',
  },
  {
    id: 'cloudformation/list-all-hook-results',
    actionClass: ActionClass.METADATA,
    actions: ['cloudformation:ListAllHookResults'],
    reason: 'Permission-only action (Service Authorization Reference) that ListHookResults checks when no target is given: the account\'s hook invocations with hook type, version, target, invocation point, status and status reason, no resource properties.',
  },
];
