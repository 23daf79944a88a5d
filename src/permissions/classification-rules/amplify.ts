import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `amplify`. */
export const AMPLIFY_RULES: ClassificationRule[] = [
  {
    id: 'amplify/list-apps',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['amplify:ListApps', 'amplify:ListBranches', 'amplify:GetApp', 'amplify:GetBranch'],
    reason: 'Return each app\'s and branch\'s basic-auth credentials (base64 user:password), environment variables and build spec.',
    fields: {
      basicAuthCredentials: 'the Base64-encoded user:password that protects the app\'s or branch\'s site with basic authentication',
    },
  },
  {
    id: 'amplify/app-build-configuration',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['amplify:Get*', 'amplify:List*'],
    reason: 'Amplify apps and branches carry environment variables that the build and the app read, where customers put keys and tokens.',
    fields: {
      environmentVariables: 'the environment variables of the app, branch or auto-created branch, name-value pairs the build reads',
    },
  },
  {
    id: 'amplify/build-spec',
    actionClass: ActionClass.CODE,
    actions: ['amplify:Get*', 'amplify:List*'],
    reason: 'Amplify apps and branches carry their build specification, the YAML build script the customer wrote.',
    fields: {
      buildSpec: 'the build specification: the YAML with the shell commands of each build phase, a script the customer wrote',
    },
  },
];
