import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `apprunner`. */
export const APPRUNNER_RULES: ClassificationRule[] = [
  {
    id: 'apprunner/describe-service',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['apprunner:DescribeService'],
    reason: 'Service SourceConfiguration includes RuntimeEnvironmentVariables (plaintext env vars) and start commands.',
  },
];
