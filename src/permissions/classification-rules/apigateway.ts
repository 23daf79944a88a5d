import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `apigateway`. */
export const APIGATEWAY_RULES: ClassificationRule[] = [
  {
    id: 'apigateway/get',
    actionClass: ActionClass.METADATA,
    actions: ['apigateway:GET'],
    reason: 'Reads API Gateway configuration (APIs, stages, authorizers, domain names). API key values, the one secret behind it, are denied by the guardrail\'s resource-scoped statement on /apikeys.',
  },
];
