import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ecs`. */
export const ECS_RULES: ClassificationRule[] = [
  {
    id: 'ecs/describe-daemon-task-definition',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ecs:DescribeDaemonTaskDefinition'],
    reason: 'Daemon task definition container definitions include environment variables, commands and entry points.',
    fields: {
      daemonTaskDefinition: 'the full daemon task definition: container definitions with environment variables, commands and entry points',
    },
  },
  {
    id: 'ecs/describe-express-gateway-service',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ecs:DescribeExpressGatewayService'],
    reason: 'Active configurations include the primary container definition with environment variables and command.',
    fields: {
      environment: 'the environment variables passed to the container, where customers place secrets',
      command: 'the command passed to the container, part of its configuration',
    },
    metadataFields: {
      repositoryCredentials: 'the ARN of the secret with the private registry credentials (model has only credentialsParameter), not its value',
      secrets: 'each secret\'s name and the ARN of the Secrets Manager secret or SSM parameter it comes from (model Secret: name, valueFrom), not its value',
    },
  },
  {
    id: 'ecs/describe-task-definition',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ecs:DescribeTaskDefinition'],
    reason: 'Container definitions include environment variables, commands, entry points (secrets often placed in env).',
    fields: {
      taskDefinition: 'the full task definition: container definitions with environment variables, commands and entry points',
    },
  },
  {
    id: 'ecs/describe-tasks',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ecs:DescribeTasks'],
    reason: 'Task overrides.containerOverrides return per-task environment variable and command overrides.',
    fields: {
      environment: 'the environment variables the task run added or overrode, where customers place secrets',
      command: 'the command that overrides the container\'s default command, part of its configuration',
    },
  },
  {
    id: 'ecs/task-definition-references',
    actionClass: ActionClass.METADATA,
    actions: ['ecs:DescribeServices', 'ecs:DescribeServiceRevisions', 'ecs:DescribeTaskSets'],
    reason: 'Services, service revisions and task sets name the task definition they run by its ARN; the definition itself is returned only by DescribeTaskDefinition.',
    metadataFields: {
      taskDefinition: 'the ARN of the task definition (a string in the model), not the definition',
    },
  },
];
