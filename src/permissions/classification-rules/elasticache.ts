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
];
