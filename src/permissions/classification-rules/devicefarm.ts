import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `devicefarm`. */
export const DEVICEFARM_RULES: ClassificationRule[] = [
  {
    id: 'devicefarm/list-remote-access-sessions',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['devicefarm:ListRemoteAccessSessions'],
    reason: 'Sessions include sensitive interactive/remote driver endpoint URLs granting control of the device.',
  },
  {
    id: 'devicefarm/list-artifacts',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListArtifacts'],
    reason: 'Returns artifacts (logs, screenshots, videos) with presigned download URLs.',
  },
  {
    id: 'devicefarm/list-jobs',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListJobs'],
    reason: 'Job entries include videoEndpoint for streaming the device video of a test job.',
  },
  {
    id: 'devicefarm/list-samples',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListSamples'],
    reason: 'Returns performance samples with presigned URLs to the sample data files.',
  },
  {
    id: 'devicefarm/list-test-grid-session-actions',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListTestGridSessionActions'],
    reason: 'Returns the WebDriver actions performed during a browser test session.',
  },
  {
    id: 'devicefarm/list-test-grid-session-artifacts',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListTestGridSessionArtifacts'],
    reason: 'Returns session artifacts (logs, videos) with presigned download URLs.',
  },
  {
    id: 'devicefarm/list-uploads',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListUploads'],
    reason: 'Returns uploads (app packages, test packages) with presigned URLs to the files.',
  },
  {
    id: 'devicefarm/list-projects',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['devicefarm:ListProjects'],
    reason: 'Projects include environmentVariables (name/value) applied to test runs.',
  },
  {
    id: 'devicefarm/list-runs',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['devicefarm:ListRuns'],
    reason: 'Runs include environment variables and parsingResultUrl (presigned URL to test package parsing results).',
  },
];
