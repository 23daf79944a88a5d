import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `apprunner`. */
export const APPRUNNER_RULES: ClassificationRule[] = [
  {
    id: 'apprunner/describe-service',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['apprunner:DescribeService'],
    reason: 'Returns the service\'s source configuration: plaintext runtime environment variables and the build and start commands, where customers put keys and tokens; secrets referenced from Secrets Manager or Parameter Store appear only as ARNs.',
    fields: {
      RuntimeEnvironmentVariables: 'the plaintext environment variables App Runner passes to the running service',
      BuildCommand: 'the command line App Runner runs to build the application from source',
      StartCommand: 'the command line App Runner runs to start the application, overriding the image\'s default',
    },
    metadataFields: {
      RuntimeEnvironmentSecrets: 'a map of environment variable names to the ARNs of Secrets Manager secrets or Parameter Store parameters (API reference: the supported values are full ARNs), not the secret values',
    },
  },
];
