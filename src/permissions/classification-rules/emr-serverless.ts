import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `emr-serverless`. */
export const EMR_SERVERLESS_RULES: ClassificationRule[] = [
  {
    id: 'emr-serverless/get-application',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['emr-serverless:GetApplication'],
    reason: 'Returns runtimeConfiguration classifications/properties (e.g. metastore connection passwords).',
    fields: {
      properties: 'the properties of a configuration classification (spark-defaults, hive-site and similar), where customers put values such as metastore connection passwords',
    },
  },
];
