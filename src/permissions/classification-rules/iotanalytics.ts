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
];
