import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ssm`. */
export const SSM_RULES: ClassificationRule[] = [
  {
    id: 'ssm/get-parameter',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'ssm:GetParameterHistory'],
    reason: 'These return Parameter Store values, SecureString ones decrypted on request, where customers keep passwords, keys and tokens.',
  },
  {
    id: 'ssm/get-command-invocation',
    actionClass: ActionClass.CONTENT,
    actions: ['ssm:GetCommandInvocation'],
    reason: 'This returns the captured output of Run Command invocations, i.e. whatever the commands printed on the customer\'s instances.',
  },
  {
    id: 'ssm/describe-automation-executions',
    actionClass: ActionClass.CONTENT,
    actions: ['ssm:DescribeAutomationExecutions'],
    reason: 'Execution metadata includes Outputs map of step outputs and Runbooks input Parameters values.',
  },
  {
    id: 'ssm/describe-automation-step-executions',
    actionClass: ActionClass.CONTENT,
    actions: ['ssm:DescribeAutomationStepExecutions'],
    reason: 'StepExecution includes Inputs (incl. inline scripts), Outputs, Response and OverriddenParameters of each step.',
  },
  {
    id: 'ssm/get-automation-execution',
    actionClass: ActionClass.CONTENT,
    actions: ['ssm:GetAutomationExecution'],
    reason: 'Returns execution Parameters, Outputs and StepExecutions with step inputs/outputs/responses.',
  },
  {
    id: 'ssm/describe-effective-instance-associations',
    actionClass: ActionClass.CODE,
    actions: ['ssm:DescribeEffectiveInstanceAssociations'],
    reason: 'InstanceAssociation.Content returns the full association document content (SSM document body).',
  },
  {
    id: 'ssm/list-commands',
    actionClass: ActionClass.CODE,
    actions: ['ssm:ListCommands'],
    reason: 'Command.Parameters (sensitive) returns the parameters sent, e.g. full shell/PowerShell commands (script bodies) possibly with secrets.',
  },
  {
    id: 'ssm/describe-association',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ssm:DescribeAssociation'],
    reason: 'AssociationDescription.Parameters (sensitive map) carries document parameter values, e.g. commands or secrets put there.',
  },
  {
    id: 'ssm/describe-maintenance-window-execution-task-invocations',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ssm:DescribeMaintenanceWindowExecutionTaskInvocations'],
    reason: 'Invocation Parameters (sensitive) holds the task parameters as run, e.g. commands or secret values.',
  },
  {
    id: 'ssm/describe-maintenance-window-tasks',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ssm:DescribeMaintenanceWindowTasks'],
    reason: 'Tasks include TaskParameters (sensitive map) with task parameter values, e.g. commands or secrets.',
  },
  {
    id: 'ssm/list-association-versions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ssm:ListAssociationVersions'],
    reason: 'Each AssociationVersionInfo includes Parameters (sensitive) with document parameter values such as commands/secrets.',
  },
  {
    id: 'ssm/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['ssm:GetServiceSetting'],
    reason: 'Fallback, not a finding: ssm reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'ssm/get-document',
    actionClass: ActionClass.CODE,
    actions: ['ssm:GetDocument'],
    reason: 'Returns the content of an SSM document: the commands and scripts it runs.',
  },
];
