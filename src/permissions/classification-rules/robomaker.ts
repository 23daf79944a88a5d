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
];
