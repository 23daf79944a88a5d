import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ecs`. */
export const ECS_RULES: ClassificationRule[] = [
  {
    id: 'ecs/describe-daemon-task-definition',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ecs:DescribeDaemonTaskDefinition'],
    reason: 'Daemon task definition container definitions include environment variables, commands and entry points.',
  },
  {
    id: 'ecs/describe-express-gateway-service',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ecs:DescribeExpressGatewayService'],
    reason: 'Active configurations include the primary container definition with environment variables and command.',
  },
  {
    id: 'ecs/describe-task-definition',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ecs:DescribeTaskDefinition'],
    reason: 'Container definitions include environment variables, commands, entry points (secrets often placed in env).',
  },
  {
    id: 'ecs/describe-tasks',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ecs:DescribeTasks'],
    reason: 'Task overrides.containerOverrides return per-task environment variable and command overrides.',
  },
];
