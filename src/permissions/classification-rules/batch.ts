import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `batch`. */
export const BATCH_RULES: ClassificationRule[] = [
  {
    id: 'batch/describe-job-definitions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['batch:DescribeJobDefinitions'],
    reason: 'Job definitions include the containers\' environment variables, commands, arguments and default parameters, where customers put keys and tokens; secrets appear only as references.',
    fields: {
      environment: 'the plaintext environment variables passed to an ECS container (the API reference advises against sensitive values, which customers still put there)',
      env: 'the plaintext environment variables passed to an EKS container',
      command: 'the command line a container runs, to which customers pass settings and tokens',
      args: 'the arguments to an EKS container\'s entrypoint',
      parameters: 'default parameter values substituted into the job\'s command at submission',
    },
    metadataFields: {
      secrets: 'environment variable names with the ARNs of the Secrets Manager secrets or Parameter Store parameters they come from (valueFrom), not the values',
      repositoryCredentials: 'the ARN of the Secrets Manager secret holding private registry credentials (credentialsParameter), not the credentials',
      imagePullSecrets: 'the names of Kubernetes secrets used to pull images, not their contents',
      secret: 'a Kubernetes secret volume: the secret\'s name and whether it is optional, not its contents',
    },
  },
  {
    id: 'batch/job-summaries',
    actionClass: ActionClass.METADATA,
    actions: ['batch:ListJobs'],
    reason: 'Returns job summaries: job ID and name, status and reason, timestamps, array and node properties and the job definition the job ran from.',
    metadataFields: {
      jobDefinition: 'the ARN of the job definition the job used, not the definition',
    },
  },
];
