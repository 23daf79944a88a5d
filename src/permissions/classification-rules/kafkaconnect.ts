import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kafkaconnect`. */
export const KAFKACONNECT_RULES: ClassificationRule[] = [
  {
    id: 'kafkaconnect/describe-connector',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['kafkaconnect:DescribeConnector'],
    reason: 'Returns connectorConfiguration key/value map (API-marked sensitive) that commonly holds connector credentials such as DB/Kafka passwords.',
  },
  {
    id: 'kafkaconnect/describe-connector-operation',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['kafkaconnect:DescribeConnectorOperation'],
    reason: 'Returns origin/target connectorConfiguration maps (API-marked sensitive) that can hold connector credentials.',
  },
  {
    id: 'kafkaconnect/describe-worker-configuration',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['kafkaconnect:DescribeWorkerConfiguration'],
    reason: 'Returns propertiesFileContent, the free-form worker .properties file (API-marked sensitive) that may carry credentials.',
  },
];
