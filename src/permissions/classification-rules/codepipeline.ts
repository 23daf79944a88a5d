import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `codepipeline`. */
export const CODEPIPELINE_RULES: ClassificationRule[] = [
  {
    id: 'codepipeline/get-job-details',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['codepipeline:GetJobDetails'],
    reason: 'Job data includes artifactCredentials (temporary AWS access key, secret key, session token) for artifact buckets.',
  },
  {
    id: 'codepipeline/get-pipeline',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['codepipeline:GetPipeline'],
    reason: 'Pipeline structure includes action configuration (e.g. CodeBuild env vars, custom action params) where secrets may be placed.',
  },
  {
    id: 'codepipeline/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['codepipeline:GetPipelineExecution', 'codepipeline:GetPipelineState'],
    reason: 'Fallback, not a finding: codepipeline reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'codepipeline/list-tags-for-resource',
    actionClass: ActionClass.METADATA,
    actions: ['codepipeline:ListTagsForResource'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
