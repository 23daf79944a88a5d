import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `mq`. */
export const MQ_RULES: ClassificationRule[] = [
  {
    id: 'mq/describe-configuration-revision',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['mq:DescribeConfigurationRevision'],
    reason: 'Returns Data: base64 broker configuration XML/conf, which can embed credentials (e.g. networkConnector userName/password).',
  },
];
