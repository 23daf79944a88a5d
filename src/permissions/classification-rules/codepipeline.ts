import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `codepipeline`. */
export const CODEPIPELINE_RULES: ClassificationRule[] = [
  {
    id: 'codepipeline/get-job-details',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['codepipeline:GetJobDetails'],
    reason: 'Job data includes artifactCredentials (temporary AWS access key, secret key, session token) for artifact buckets.',
    fields: {
      artifactCredentials: 'temporary STS credentials (access key ID, secret access key, session token) for the pipeline\'s artifact bucket',
    },
    metadataFields: {
      encryptionKey: 'the ID (key ID, key ARN or alias ARN) and type of the KMS key of the artifact store, not key material',
    },
  },
  {
    id: 'codepipeline/get-pipeline',
    actionClass: ActionClass.CODE,
    actions: ['codepipeline:GetPipeline'],
    reason: 'The pipeline structure includes the shell commands of Commands actions and rules, the script a build step runs, which ssm:ListCommands and Amplify\'s buildSpec are denied as code for; with them each action\'s configuration, environment variables and the pipeline variables with their default values.',
    fields: {
      environmentVariables: 'the environment variables of an action, where customers place secrets, denied with the commands they come with',
      variables: 'the pipeline-level variables with their default values, denied with the commands they come with',
      commands: 'the shell commands of a Commands action or rule: a script the customer wrote, run on the pipeline\'s compute',
    },
    metadataFields: {
      encryptionKey: 'the ID (key ID, key ARN or alias ARN) and type of the KMS key of the artifact store, not key material',
    },
  },
  {
    id: 'codepipeline/get-pipeline-execution',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['codepipeline:GetPipelineExecution'],
    reason: 'Returns the execution\'s pipeline variables with their resolved values, the values the pipeline\'s actions receive.',
    fields: {
      variables: 'the pipeline-level variables with the values resolved for this execution',
    },
  },
  {
    id: 'codepipeline/approval-tokens',
    actionClass: ActionClass.METADATA,
    actions: ['codepipeline:Get*'],
    reason: 'The pipeline state lists, for each action and rule execution, the system-generated token that identifies an open approval request.',
    metadataFields: {
      token: 'the system-generated identifier of an approval or rule request, passed back to PutApprovalResult, which needs its own IAM permission; the token grants nothing',
    },
  },
  {
    id: 'codepipeline/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['codepipeline:GetPipelineState'],
    reason: 'Fallback, not a finding: codepipeline reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'codepipeline/list-tags-for-resource',
    actionClass: ActionClass.METADATA,
    actions: ['codepipeline:ListTagsForResource'],
    reason: 'Returns the tags (keys and values) of a pipeline, action type or webhook.',
  },
];
