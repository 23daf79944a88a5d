import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `codedeploy`. */
export const CODEDEPLOY_RULES: ClassificationRule[] = [
  {
    id: 'codedeploy/batch-get-deployment-instances',
    actionClass: ActionClass.CONTENT,
    actions: ['codedeploy:BatchGetDeploymentInstances'],
    reason: 'Lifecycle event diagnostics include logTail: up to last 4 KB of the deployment script log on the instance.',
  },
  {
    id: 'codedeploy/batch-get-deployment-targets',
    actionClass: ActionClass.CONTENT,
    actions: ['codedeploy:BatchGetDeploymentTargets'],
    reason: 'Target lifecycle event diagnostics include logTail: up to last 4 KB of the deployment script log.',
  },
  {
    id: 'codedeploy/get-deployment-instance',
    actionClass: ActionClass.CONTENT,
    actions: ['codedeploy:GetDeploymentInstance'],
    reason: 'Lifecycle event diagnostics include logTail: up to last 4 KB of the deployment script log on the instance.',
  },
  {
    id: 'codedeploy/get-deployment-target',
    actionClass: ActionClass.CONTENT,
    actions: ['codedeploy:GetDeploymentTarget'],
    reason: 'Target lifecycle event diagnostics include logTail: up to last 4 KB of the deployment script log.',
  },
  {
    id: 'codedeploy/batch-get-application-revisions',
    actionClass: ActionClass.METADATA,
    actions: ['codedeploy:BatchGetApplicationRevisions'],
    reason: 'Returns revisions: their S3 or GitHub location, or for Lambda and ECS deployments the inline AppSpec, which names the function and its aliases or the task definition, container, port and hook functions; the application bundle itself stays in S3 or GitHub.',
  },
  {
    id: 'codedeploy/get-application-revision',
    actionClass: ActionClass.METADATA,
    actions: ['codedeploy:GetApplicationRevision'],
    reason: 'Returns one revision: its S3 or GitHub location, or for Lambda and ECS deployments the inline AppSpec, which names the function and its aliases or the task definition, container, port and hook functions; the application bundle itself stays in S3 or GitHub.',
  },
  {
    id: 'codedeploy/appspec-content',
    actionClass: ActionClass.METADATA,
    actions: ['codedeploy:BatchGet*', 'codedeploy:Get*', 'codedeploy:List*'],
    reason: 'The inline AppSpec of Lambda and ECS revisions, which names what a deployment shifts traffic between.',
    metadataFields: {
      content: 'the inline YAML or JSON AppSpec of a Lambda or ECS revision: per the API reference, for Lambda the function name and the aliases of its original and replacement versions, for ECS the task definition, load balancer container and port, plus the Lambda functions that validate lifecycle events; names and ARNs, no code (EC2 and on-premises AppSpecs and scripts stay in the S3 or GitHub bundle)',
    },
  },
  {
    id: 'codedeploy/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'codedeploy:BatchGetApplications',
      'codedeploy:BatchGetDeploymentGroups',
      'codedeploy:BatchGetDeployments',
      'codedeploy:BatchGetOnPremisesInstances',
      'codedeploy:GetApplication',
      'codedeploy:GetDeployment',
      'codedeploy:GetDeploymentConfig',
      'codedeploy:GetDeploymentGroup',
      'codedeploy:GetOnPremisesInstance',
    ],
    reason: 'Fallback, not a finding: codedeploy reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
