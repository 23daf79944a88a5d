import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `iotanalytics`. */
export const IOTANALYTICS_RULES: ClassificationRule[] = [
  {
    id: 'iotanalytics/get-dataset-content',
    actionClass: ActionClass.CONTENT,
    actions: ['iotanalytics:GetDatasetContent'],
    reason: 'Returns the content of an IoT Analytics data set: device messages.',
  },
  {
    id: 'iotanalytics/list-channels',
    actionClass: ActionClass.METADATA,
    actions: ['iotanalytics:ListChannels'],
    reason: 'IoT Analytics has reached its end of support and no current model has it; per its API reference ListChannels returned channel summaries: name, storage (service-managed or the customer\'s S3 bucket), status, creation, update and last message arrival times, not the messages.',
  },
];
