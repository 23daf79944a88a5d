import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `iotevents`. */
export const IOTEVENTS_RULES: ClassificationRule[] = [
  {
    id: 'iotevents/list-inputs',
    actionClass: ActionClass.METADATA,
    actions: ['iotevents:ListInputs'],
    reason: 'Lists AWS IoT Events inputs: name, description, ARN, status and creation and update times (API reference: InputSummary); no input messages.',
  },
];
