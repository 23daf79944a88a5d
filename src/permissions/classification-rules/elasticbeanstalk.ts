import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `elasticbeanstalk`. */
export const ELASTICBEANSTALK_RULES: ClassificationRule[] = [
  {
    id: 'elasticbeanstalk/describe-configuration-settings',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticbeanstalk:DescribeConfigurationSettings'],
    reason: 'Returns all option settings including environment properties (aws:elasticbeanstalk:application:environment).',
  },
];
