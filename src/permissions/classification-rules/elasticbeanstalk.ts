import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `elasticbeanstalk`. */
export const ELASTICBEANSTALK_RULES: ClassificationRule[] = [
  {
    id: 'elasticbeanstalk/describe-configuration-settings',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticbeanstalk:DescribeConfigurationSettings'],
    reason: 'Returns all option settings including environment properties (aws:elasticbeanstalk:application:environment).',
  },
  {
    id: 'elasticbeanstalk/environment-descriptions',
    actionClass: ActionClass.METADATA,
    actions: [
      'elasticbeanstalk:DescribeEnvironments',
      'elasticbeanstalk:DescribeEnvironmentResources',
      'elasticbeanstalk:DescribeApplicationVersions',
    ],
    reason: 'These return environments (name, platform, status, health, endpoint, CNAME, tier), their AWS resources and application versions (source bundle or image location, status); the option settings with environment properties are DescribeConfigurationSettings\'s, not these.',
    metadataFields: {
      Environments: 'the environments\' descriptions (EnvironmentDescription: name, ID, application, version label, platform, endpoint, CNAME, status, health, tier, links); no option settings or environment properties despite the name',
      URL: 'the URL of the worker environment\'s SQS queue: an address, not a signed URL',
      Uri: 'the container image URI of the application version (registry, repository and tag or digest): a location, not a signed URL',
    },
  },
];
