import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `devicefarm`. */
export const DEVICEFARM_RULES: ClassificationRule[] = [
  {
    id: 'devicefarm/list-remote-access-sessions',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['devicefarm:ListRemoteAccessSessions'],
    reason: 'Sessions include sensitive interactive/remote driver endpoint URLs granting control of the device.',
    fields: {
      interactiveEndpoint: 'the URL for viewing and interacting with the device during the session (API reference), which grants control of it',
      remoteDriverEndpoint: 'the URL for controlling the device with WebDriver clients such as Appium during the session (API reference)',
    },
  },
  {
    id: 'devicefarm/list-artifacts',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListArtifacts'],
    reason: 'Returns artifacts (logs, screenshots, videos) with presigned download URLs.',
    fields: {
      url: 'a presigned S3 URL that downloads the artifact\'s file: logs, screenshots or videos of the test (API reference)',
    },
  },
  {
    id: 'devicefarm/list-jobs',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListJobs'],
    reason: 'Job entries include videoEndpoint for streaming the device video of a test job.',
    fields: {
      testDetailsUrl: 'a URL to the detailed test results of the job (the model marks it sensitive)',
    },
  },
  {
    id: 'devicefarm/list-samples',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListSamples'],
    reason: 'Returns performance samples with presigned URLs to the sample data files.',
    fields: {
      url: 'a presigned S3 URL that downloads the sample\'s file of performance data (API reference)',
    },
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
    fields: {
      url: 'a URL to the content of the session artifact: logs and videos of the browser session (API reference)',
    },
  },
  {
    id: 'devicefarm/list-uploads',
    actionClass: ActionClass.CONTENT,
    actions: ['devicefarm:ListUploads'],
    reason: 'Returns uploads (app packages, test packages) with presigned URLs to the files.',
    fields: {
      url: 'the presigned S3 URL that stored the uploaded app or test package (API reference)',
    },
  },
  {
    id: 'devicefarm/list-projects',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['devicefarm:ListProjects'],
    reason: 'Projects include environmentVariables (name/value) applied to test runs.',
    fields: {
      environmentVariables: 'the environment variables the customer set for the project\'s test runs (API reference)',
    },
  },
  {
    id: 'devicefarm/list-runs',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['devicefarm:ListRuns'],
    reason: 'Runs include environment variables and parsingResultUrl (presigned URL to test package parsing results).',
    fields: {
      environmentVariables: 'the environment variables the customer set for the run (API reference)',
    },
    metadataFields: {
      jobDetailsUrl: 'a URL to the Device Farm console page of the job\'s results (the model marks it sensitive), which requires the caller\'s own console access',
    },
  },
];
