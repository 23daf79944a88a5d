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
    actionClass: ActionClass.CODE,
    actions: ['codedeploy:BatchGetApplicationRevisions'],
    reason: 'Revision info can contain inline AppSpec/String revision content (deployment spec body).',
  },
  {
    id: 'codedeploy/get-application-revision',
    actionClass: ActionClass.CODE,
    actions: ['codedeploy:GetApplicationRevision'],
    reason: 'Revision info can contain inline AppSpec/String revision content (deployment spec body).',
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
