import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cloudformation`. */
export const CLOUDFORMATION_RULES: ClassificationRule[] = [
  {
    id: 'cloudformation/describe-stack-events',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:DescribeStackEvents'],
    reason: 'Stack events include ResourceProperties JSON of each resource, which can contain secrets passed as properties.',
  },
  {
    id: 'cloudformation/describe-stack-instance',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:DescribeStackInstance'],
    reason: 'Stack instance includes ParameterOverrides (stack parameter values).',
  },
  {
    id: 'cloudformation/describe-stack-resource',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:DescribeStackResource'],
    reason: 'Includes the resource Metadata block (e.g. AWS::CloudFormation::Init files/commands/auth).',
  },
  {
    id: 'cloudformation/describe-stack-resource-drifts',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:DescribeStackResourceDrifts'],
    reason: 'Returns the ExpectedProperties and ActualProperties JSON of drifted resources: every property, environment variables, user data and passwords set in the template included.',
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
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudformation:ListStackInstanceResourceDrifts'],
    reason: 'Returns PropertyDifferences with expected/actual property values of resources.',
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
