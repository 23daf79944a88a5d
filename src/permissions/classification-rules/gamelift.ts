import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `gamelift`. */
export const GAMELIFT_RULES: ClassificationRule[] = [
  {
    id: 'gamelift/list-game-servers',
    actionClass: ActionClass.CONTENT,
    actions: ['gamelift:ListGameServers'],
    reason: 'Returns GameServerData, custom application data strings set by the game server, plus connection info.',
  },
  {
    id: 'gamelift/list-container-group-definition-versions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['gamelift:ListContainerGroupDefinitionVersions'],
    reason: 'Container group definition versions include container EnvironmentOverride environment variables.',
  },
  {
    id: 'gamelift/list-container-group-definitions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['gamelift:ListContainerGroupDefinitions'],
    reason: 'Container definitions include EnvironmentOverride environment variables.',
  },
];
