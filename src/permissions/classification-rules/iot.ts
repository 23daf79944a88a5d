import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `iot`. */
export const IOT_RULES: ClassificationRule[] = [
  {
    id: 'iot/get-thing-shadow',
    actionClass: ActionClass.CONTENT,
    actions: ['iot:GetThingShadow', 'iot:GetRetainedMessage', 'iot:Receive'],
    reason: 'These return device shadow documents and MQTT message payloads, which carry device telemetry.',
  },
  {
    id: 'iot/list-thing-registration-task-reports',
    actionClass: ActionClass.CONTENT,
    actions: ['iot:ListThingRegistrationTaskReports'],
    reason: 'Returns links (presigned URLs) to bulk registration result/error report files.',
  },
  {
    id: 'iot/describe-job-template',
    actionClass: ActionClass.CODE,
    actions: ['iot:DescribeJobTemplate'],
    reason: 'Returns the job document: the instructions/commands devices execute.',
  },
  {
    id: 'iot/describe-provisioning-template',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['iot:DescribeProvisioningTemplate'],
    reason: 'Returns the fleet provisioning template body (template like CloudFormation, parameters).',
    fields: {
      templateBody: 'the JSON provisioning template the customer wrote: parameters and the thing, certificate and policy resources it creates, where customers can put values they pass to devices',
    },
  },
  {
    id: 'iot/describe-provisioning-template-version',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['iot:DescribeProvisioningTemplateVersion'],
    reason: 'Returns the fleet provisioning template version body.',
    fields: {
      templateBody: 'the JSON provisioning template of the version, written by the customer: parameters and the resources it creates',
    },
  },
  {
    id: 'iot/describe-thing-registration-task',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['iot:DescribeThingRegistrationTask'],
    reason: 'Returns the bulk registration templateBody and input file location.',
    fields: {
      templateBody: 'the bulk registration task\'s provisioning template, written by the customer: parameters and the resources it creates',
    },
  },
  {
    id: 'iot/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['iot:GetPolicy', 'iot:GetPolicyVersion'],
    reason: 'Fallback, not a finding: iot reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'iot/describe-ca-certificate',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['iot:DescribeCACertificate'],
    reason: 'Returns a CA certificate\'s PEM, status and validity, and its just-in-time provisioning template, a template like the provisioning templates above.',
    fields: {
      templateBody: 'the just-in-time provisioning template the customer registered with the CA certificate: parameters and the resources it creates',
    },
  },
  {
    id: 'iot/device-management-settings',
    actionClass: ActionClass.METADATA,
    actions: [
      'iot:DescribeAuditMitigationActionsTask',
      'iot:DescribeDetectMitigationActionsTask',
      'iot:ListDetectMitigationActionsTasks',
      'iot:DescribeFleetMetric',
      'iot:DescribeThingGroup',
      'iot:DescribeJob',
      'iot:DescribeManagedJobTemplate',
      'iot:ListManagedJobTemplates',
      'iot:ListCommands',
      'iot:ListCommandExecutions',
      'iot:ListTopicRuleDestinations',
    ],
    reason: 'These return Device Defender mitigation tasks, fleet metrics, thing groups, jobs\' settings, managed job templates, commands and their executions, and topic rule destinations: names, ARNs, status and settings; never a job document, command payload or device data.',
    metadataFields: {
      actionsDefinition: 'the mitigation actions a task applies and their parameters (deactivate a certificate, add things to a group, publish to an SNS topic, enable logging with a role ARN): settings, not code',
      queryString: 'the fleet-indexing search expression (e.g. attributes.model:X) that selects the devices of a dynamic thing group or fleet metric: a selector over registry attributes, configuration like a WAF rule\'s match pattern, not a program nor a query over customer data',
      environments: 'the names of the environments (e.g. LINUX) a managed job template supports, not environment variables',
      commands: 'each command\'s ARN, ID, display name, deprecation and timestamps; the command payload is not returned (GetCommand returns it)',
      secretKey: 'the name of the key read from a Secrets Manager secret whose value is a JSON object: a key name, not the secret',
    },
  },
  {
    id: 'iot/tunnels-shadows-and-retained-messages',
    actionClass: ActionClass.METADATA,
    actions: ['iot:DescribeTunnel', 'iot:ListTunnels', 'iot:ListNamedShadowsForThing', 'iot:ListRetainedMessages', 'iot:ListSubscriptions'],
    reason: 'IAM actions whose operations are in other models (iotsecuretunneling, iot-data) or none: DescribeTunnel and ListTunnels return a tunnel\'s ID, ARN, status, connection states, description, destination thing and timeout, never its access tokens (only OpenTunnel and RotateTunnelAccessToken return them); ListNamedShadowsForThing returns shadow names only; ListRetainedMessages returns each retained message\'s topic, payload size, QoS and time, not the payload (GetRetainedMessage returns it); ListSubscriptions returns the MQTT topic names a connection subscribes to (Service Authorization Reference).',
  },
];
