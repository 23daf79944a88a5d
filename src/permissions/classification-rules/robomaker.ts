import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `robomaker`. */
export const ROBOMAKER_RULES: ClassificationRule[] = [
  {
    id: 'robomaker/describe-deployment-job',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['robomaker:DescribeDeploymentJob'],
    reason: 'deploymentApplicationConfigs include launchConfig.environmentVariables set by the customer.',
  },
  {
    id: 'robomaker/describe-simulation-job',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['robomaker:DescribeSimulationJob'],
    reason: 'Robot/simulation application launchConfig includes customer environmentVariables.',
  },
  {
    id: 'robomaker/describe-simulation-job-batch',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['robomaker:DescribeSimulationJobBatch'],
    reason: 'createSimulationJobRequests embed launchConfig.environmentVariables of each job.',
  },
  {
    id: 'robomaker/list-deployment-jobs',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['robomaker:ListDeploymentJobs'],
    reason: 'DeploymentJob entries include deploymentApplicationConfigs with launchConfig.environmentVariables.',
  },
  {
    id: 'robomaker/resource-descriptions',
    actionClass: ActionClass.METADATA,
    actions: [
      'robomaker:DescribeFleet',
      'robomaker:DescribeRobot',
      'robomaker:DescribeRobotApplication',
      'robomaker:DescribeSimulationApplication',
      'robomaker:DescribeWorld',
      'robomaker:DescribeWorldExportJob',
      'robomaker:DescribeWorldGenerationJob',
      'robomaker:DescribeWorldTemplate',
      'robomaker:ListFleets',
      'robomaker:ListRobotApplications',
      'robomaker:ListRobots',
      'robomaker:ListSimulationApplications',
      'robomaker:ListSimulationJobBatches',
      'robomaker:ListSimulationJobs',
      'robomaker:ListSupportedAvailabilityZones',
      'robomaker:ListTagsForResource',
      'robomaker:ListWorldExportJobs',
      'robomaker:ListWorldGenerationJobs',
      'robomaker:ListWorldTemplates',
      'robomaker:ListWorlds',
    ],
    reason: 'AWS RoboMaker (its model left botocore when the service ended) returns fleets, robots, applications, worlds and jobs: names, ARNs, status, software suites, source S3 locations, container image URIs, world templates\' ids and tags (API reference); job summaries carry no launch configuration, and the environment variables are read only by the simulation and deployment job descriptions.',
  },
];
