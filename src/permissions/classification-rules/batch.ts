import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `batch`. */
export const BATCH_RULES: ClassificationRule[] = [
  {
    id: 'batch/describe-job-definitions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['batch:DescribeJobDefinitions'],
    reason: 'Job definitions include container environment variables, commands and parameters.',
  },
];
