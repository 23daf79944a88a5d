import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ssm`. */
export const SSM_RULES: ClassificationRule[] = [
  {
    id: 'ssm/get-parameter',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'ssm:GetParameterHistory'],
    reason: 'These return Parameter Store values, SecureString ones decrypted on request, where customers keep passwords, keys and tokens.',
    fields: {
      Value: 'the parameter\'s value, SecureString values decrypted when asked (API reference)',
      Parameters: 'the parameters with their values (API reference: Parameter.Value), SecureString ones decrypted when asked',
    },
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
    fields: {
      Parameters: 'the key-value map of execution parameters the caller supplied to the runbooks (API reference)',
      ParameterValues: 'the parameter values sent to the resolved targets (API reference)',
    },
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
    fields: {
      Parameters: 'the key-value map of execution parameters the caller supplied (API reference)',
      ParameterValues: 'the parameter values sent to the resolved targets (API reference)',
      Variables: 'the variables defined for the automation and their values (API reference)',
    },
  },
  {
    id: 'ssm/describe-effective-instance-associations',
    actionClass: ActionClass.CODE,
    actions: ['ssm:DescribeEffectiveInstanceAssociations'],
    reason: 'InstanceAssociation.Content returns the full association document content (SSM document body).',
    fields: {
      Content: 'the content of the association document, the commands and scripts it runs on the managed nodes (API reference)',
    },
  },
  {
    id: 'ssm/list-commands',
    actionClass: ActionClass.CODE,
    actions: ['ssm:ListCommands'],
    reason: 'Command.Parameters (sensitive) returns the parameters sent, such as full shell or PowerShell commands (script bodies) and the secrets callers pass as arguments.',
    fields: {
      Commands: 'the commands sent, with their Parameters: the shell or PowerShell commands and arguments the caller ran (API reference)',
    },
  },
  {
    id: 'ssm/describe-association',
    actionClass: ActionClass.CODE,
    actions: ['ssm:DescribeAssociation'],
    reason: 'AssociationDescription.Parameters (sensitive) holds the values given to the association\'s document, the same Parameters map ListCommands returns for Run Command: the commands of AWS-RunShellScript or AWS-RunPowerShellScript are script bodies, so this is code as ListCommands is.',
    fields: {
      Parameters: 'the document parameter values of the association (model marks them sensitive): for AWS-RunShellScript, the shell commands it runs on the nodes',
    },
  },
  {
    id: 'ssm/describe-maintenance-window-execution-task-invocations',
    actionClass: ActionClass.CODE,
    actions: ['ssm:DescribeMaintenanceWindowExecutionTaskInvocations'],
    reason: 'Invocation Parameters (sensitive) holds the parameters a Run Command task ran with, the same values ListCommands returns: shell or PowerShell commands, so this is code as ListCommands is.',
    fields: {
      Parameters: 'the task parameters as run (model marks them sensitive): for a Run Command task, the commands it ran on the nodes',
    },
  },
  {
    id: 'ssm/describe-maintenance-window-tasks',
    actionClass: ActionClass.CODE,
    actions: ['ssm:DescribeMaintenanceWindowTasks'],
    reason: 'Tasks include TaskParameters (sensitive), the parameters of the task\'s document, the same values ListCommands returns for Run Command: shell or PowerShell commands, so this is code as ListCommands is.',
    fields: {
      TaskParameters: 'the parameters passed to the task when it runs (model marks them sensitive): for AWS-RunShellScript, the commands it runs on the targets',
    },
  },
  {
    id: 'ssm/list-association-versions',
    actionClass: ActionClass.CODE,
    actions: ['ssm:ListAssociationVersions'],
    reason: 'Each AssociationVersionInfo includes Parameters (sensitive), the values given to the association\'s document in that version, the same map DescribeAssociation and ListCommands return: shell or PowerShell commands, so this is code as ListCommands is.',
    fields: {
      Parameters: 'the document parameter values of each association version (model marks them sensitive): for AWS-RunShellScript, the shell commands it runs on the nodes',
    },
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
    fields: {
      Content: 'the SSM document\'s content: the commands and scripts it runs (API reference)',
      Url: 'a URL to download an attachment of the document (API reference: AttachmentContent Url)',
    },
  },
  {
    id: 'ssm/document-parameter-declarations',
    actionClass: ActionClass.METADATA,
    actions: ['ssm:DescribeDocument', 'ssm:DescribeDocumentParameters', 'ssm:DescribeParameters'],
    reason: 'Returns a document\'s description and the parameters it declares, and Parameter Store metadata (names, types, KMS key ids, versions, tiers, policies), never parameter values; DescribeDocumentParameters is the console\'s permission-only action (Service Authorization Reference) for the same document parameter declarations.',
    metadataFields: {
      'Document.Parameters': 'the parameters the document declares: name, type, description and default value (API reference: DocumentParameter), the document\'s interface, not values given to a run',
      'Parameters': 'parameter metadata: name, type, KMS key id, last-modified user and date, description, allowed pattern, version, tier, policies and data type (API reference: ParameterMetadata), never the value',
    },
  },
  {
    id: 'ssm/node-and-window-descriptions',
    actionClass: ActionClass.METADATA,
    actions: ['ssm:Describe*', 'ssm:List*'],
    reason: 'Managed node, patch state and maintenance window descriptions name the node\'s address, the owner label and the description the customer wrote.',
    metadataFields: {
      IPAddress: 'the IP address of the managed node (API reference), as EC2 describes return it',
      OwnerInformation: 'a free-form label the customer attaches to maintenance window targets to name their owner in events; in patch states a placeholder that is always empty (API reference)',
      Description: 'the description the customer wrote for the maintenance window, target or task',
    },
  },
  {
    id: 'ssm/list-inventory-entries',
    actionClass: ActionClass.CONTENT,
    actions: ['ssm:ListInventoryEntries'],
    reason: 'Returns the inventory a managed node collected, Entries as string maps of any inventory type: installed software and files, Windows registry values, and Custom:* items holding whatever the customer collects; collected data, content.',
  },
  {
    id: 'ssm/document-review-comments',
    actionClass: ActionClass.CONTENT,
    actions: ['ssm:ListDocumentMetadataHistory'],
    reason: 'Returns the approval history of a change template or document, with the comments people wrote when requesting or giving a review.',
    fields: {
      Content: 'the text of a comment entered by a user who requested or gave a review of a document version (API reference)',
    },
  },
];
