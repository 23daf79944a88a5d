import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `elasticache`. */
export const ELASTICACHE_RULES: ClassificationRule[] = [
  {
    id: 'elasticache/connect',
    actionClass: ActionClass.CONTENT,
    actions: ['elasticache:Connect'],
    reason: 'Signs in to a Redis or Valkey cache with IAM authentication, whose keys hold application data.',
  },
  {
    id: 'elasticache/cache-parameters',
    actionClass: ActionClass.METADATA,
    actions: ['elasticache:DescribeCacheParameters', 'elasticache:DescribeEngineDefaultParameters'],
    reason: 'Returns the engine parameters of a cache parameter group or engine family: name, value, description, data type, allowed values and whether a change needs a reboot.',
    metadataFields: {
      Parameters: 'the engine parameters (for example maxmemory-policy) with their values and allowed values; the AUTH token is set with AuthToken, is not a parameter, and is never returned',
    },
  },
];
