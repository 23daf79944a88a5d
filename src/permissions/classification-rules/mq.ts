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
  {
    id: 'mq/broker-console-url',
    actionClass: ActionClass.METADATA,
    actions: ['mq:DescribeBroker'],
    reason: 'Returns the broker\'s configuration, endpoints, users\' names (never their passwords) and the URL of each broker instance\'s web console.',
    metadataFields: {
      ConsoleURL: 'the URL of the broker\'s web console; signing in needs a broker user\'s password, which is not returned',
    },
  },
];
