import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `gamelift`. */
export const GAMELIFT_RULES: ClassificationRule[] = [
  {
    id: 'gamelift/list-game-servers',
    actionClass: ActionClass.CONTENT,
    actions: ['gamelift:ListGameServers'],
    reason: 'Returns GameServerData, custom application data strings set by the game server, plus connection info.',
    fields: {
      GameServerData: 'custom game server properties, a free-form string the game server sets and game clients receive',
    },
  },
  {
    id: 'gamelift/list-container-group-definition-versions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['gamelift:ListContainerGroupDefinitionVersions'],
    reason: 'Returns the versions of a container group definition, with each container\'s EnvironmentOverride environment variables and health check command, where customers put settings and tokens.',
    fields: {
      GameServerContainerDefinition: 'the game server container\'s definition, including EnvironmentOverride, the environment variables passed to the container at startup',
      Command: 'the command line a support container runs to check its health',
    },
  },
  {
    id: 'gamelift/list-container-group-definitions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['gamelift:ListContainerGroupDefinitions'],
    reason: 'Returns container group definitions, with each container\'s EnvironmentOverride environment variables and health check command, where customers put settings and tokens.',
    fields: {
      GameServerContainerDefinition: 'the game server container\'s definition, including EnvironmentOverride, the environment variables passed to the container at startup',
      Command: 'the command line a support container runs to check its health',
    },
  },
  {
    id: 'gamelift/network-and-script-settings',
    actionClass: ActionClass.METADATA,
    actions: ['gamelift:List*'],
    reason: 'GameLift lists mark network settings sensitive: compute addresses, port ranges and allowed IP ranges; and list Realtime scripts by their properties.',
    metadataFields: {
      IpAddress: 'the IP address of a compute resource that game clients connect to',
      FromPort: 'the first port of a connection, container or inbound permission port range',
      ToPort: 'the last port of a connection, container or inbound permission port range',
      IpRange: 'an allowed IP address range (CIDR) of a fleet\'s inbound permissions',
      Scripts: 'Realtime script properties: ID, ARN, name, version, size, creation time, Node.js version and S3 location of the zip, not the script',
    },
  },
];
