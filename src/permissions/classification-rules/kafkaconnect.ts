import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kafkaconnect`. */
export const KAFKACONNECT_RULES: ClassificationRule[] = [
  {
    id: 'kafkaconnect/describe-connector',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['kafkaconnect:DescribeConnector'],
    reason: 'Returns the connector configuration, the connector\'s key-value properties that the model marks sensitive and where customers put database and Kafka passwords unless they use a config provider.',
    fields: {
      connectorConfiguration: 'the connector\'s configuration properties (connector class, topics, connection URLs, and user names and passwords of the systems it connects to)',
    },
  },
  {
    id: 'kafkaconnect/describe-connector-operation',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['kafkaconnect:DescribeConnectorOperation'],
    reason: 'Returns the connector configuration before and after an update operation, properties that can hold the connected systems\' passwords.',
    fields: {
      originConnectorConfiguration: 'the connector\'s configuration properties before the operation',
      targetConnectorConfiguration: 'the connector\'s configuration properties after the operation',
    },
  },
  {
    id: 'kafkaconnect/describe-worker-configuration',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['kafkaconnect:DescribeWorkerConfiguration'],
    reason: 'Returns the worker configuration\'s properties file, free-form Kafka Connect worker properties that can carry credentials.',
    fields: {
      propertiesFileContent: 'the Base64 contents of the connect-distributed.properties file the customer uploaded',
    },
  },
];
