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
  },
  {
    id: 'iot/describe-provisioning-template-version',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['iot:DescribeProvisioningTemplateVersion'],
    reason: 'Returns the fleet provisioning template version body.',
  },
  {
    id: 'iot/describe-thing-registration-task',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['iot:DescribeThingRegistrationTask'],
    reason: 'Returns the bulk registration templateBody and input file location.',
  },
  {
    id: 'iot/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['iot:GetPolicy', 'iot:GetPolicyVersion'],
    reason: 'Fallback, not a finding: iot reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
