import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `sagemaker`. */
export const SAGEMAKER_RULES: ClassificationRule[] = [
  {
    id: 'sagemaker/get-record',
    actionClass: ActionClass.CONTENT,
    actions: ['sagemaker:GetRecord', 'sagemaker:BatchGetRecord'],
    reason: 'These return records from SageMaker Feature Store online stores, which hold feature values about customers\' entities.',
  },
  {
    id: 'sagemaker/list-pipeline-execution-steps',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['sagemaker:ListPipelineExecutionSteps'],
    reason: 'Step metadata includes Callback CallbackToken (token to complete steps) and Lambda/callback output values.',
  },
  {
    id: 'sagemaker/describe-model-card',
    actionClass: ActionClass.CONTENT,
    actions: ['sagemaker:DescribeModelCard'],
    reason: 'Returns model card Content: customer-authored documentation (intended uses, training/eval details).',
    fields: {
      Content: 'the model card\'s content, documentation the customer wrote about the model (API reference)',
    },
  },
  {
    id: 'sagemaker/list-records',
    actionClass: ActionClass.CONTENT,
    actions: ['sagemaker:ListRecords'],
    reason: 'Returns record identifiers stored in a feature group (customer data keys, often customer/user IDs).',
  },
  {
    id: 'sagemaker/describe-human-task-ui',
    actionClass: ActionClass.CODE,
    actions: ['sagemaker:DescribeHumanTaskUi'],
    reason: 'Returns UiTemplate URL to the worker task HTML/Liquid template body.',
    fields: {
      Url: 'the URL of the worker task template, the HTML and Liquid code the customer wrote (API reference: UiTemplateInfo)',
    },
  },
  {
    id: 'sagemaker/describe-notebook-instance-lifecycle-config',
    actionClass: ActionClass.CODE,
    actions: ['sagemaker:DescribeNotebookInstanceLifecycleConfig'],
    reason: 'Returns OnCreate/OnStart lifecycle shell script contents (base64).',
    fields: {
      Content: 'a base64-encoded shell script the customer wrote, run when the notebook instance is created or started (API reference)',
    },
  },
  {
    id: 'sagemaker/describe-pipeline',
    actionClass: ActionClass.CODE,
    actions: ['sagemaker:DescribePipeline'],
    reason: 'Returns PipelineDefinition JSON, the pipeline\'s step definition (workflow code).',
    fields: {
      PipelineDefinition: 'the JSON definition of the pipeline\'s steps that the customer wrote (API reference)',
    },
  },
  {
    id: 'sagemaker/describe-pipeline-definition-for-execution',
    actionClass: ActionClass.CODE,
    actions: ['sagemaker:DescribePipelineDefinitionForExecution'],
    reason: 'Returns the PipelineDefinition JSON used by the execution (workflow code).',
    fields: {
      PipelineDefinition: 'the JSON definition of the pipeline\'s steps that the customer wrote (API reference)',
    },
  },
  {
    id: 'sagemaker/describe-studio-lifecycle-config',
    actionClass: ActionClass.CODE,
    actions: ['sagemaker:DescribeStudioLifecycleConfig'],
    reason: 'Returns StudioLifecycleConfigContent, the lifecycle shell script (base64).',
  },
  {
    id: 'sagemaker/describe-algorithm',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeAlgorithm'],
    reason: 'InferenceSpecification.Containers include customer Environment variable maps.',
  },
  {
    id: 'sagemaker/describe-app-image-config',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeAppImageConfig'],
    reason: 'JupyterLab/CodeEditor ContainerConfig includes ContainerEnvironmentVariables.',
  },
  {
    id: 'sagemaker/describe-data-quality-job-definition',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeDataQualityJobDefinition'],
    reason: 'AppSpecification includes Environment variables and container arguments.',
  },
  {
    id: 'sagemaker/describe-hub-content',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeHubContent'],
    reason: 'HubContentDocument is the full model/notebook spec, can embed hosting/training environment variables.',
  },
  {
    id: 'sagemaker/describe-hyper-parameter-tuning-job',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeHyperParameterTuningJob'],
    reason: 'TrainingJobDefinition includes StaticHyperParameters and Environment.',
  },
  {
    id: 'sagemaker/describe-inference-component',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeInferenceComponent'],
    reason: 'Specification.Container includes Environment variables.',
  },
  {
    id: 'sagemaker/describe-job',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeJob'],
    reason: 'Returns a model customization job\'s configuration with its hyperparameters and settings; no AWS model publishes its shape, so it is decided as the training job it configures is (DescribeTrainingJob: hyperparameters and container environment, secret-bearing).',
  },
  {
    id: 'sagemaker/describe-model',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeModel'],
    reason: 'Primary/additional containers include Environment variable maps.',
    metadataFields: {
      'RealTimeInferenceRecommendations[].Environment': 'the environment variables Inference Recommender recommends for the model container (API reference), generated by SageMaker, not set by the customer',
    },
  },
  {
    id: 'sagemaker/describe-model-bias-job-definition',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeModelBiasJobDefinition'],
    reason: 'ModelBiasAppSpecification includes Environment variables.',
  },
  {
    id: 'sagemaker/describe-model-explainability-job-definition',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeModelExplainabilityJobDefinition'],
    reason: 'ModelExplainabilityAppSpecification includes Environment variables.',
  },
  {
    id: 'sagemaker/describe-model-package',
    actionClass: ActionClass.CONTENT,
    actions: ['sagemaker:DescribeModelPackage'],
    reason: 'Returns the model package\'s model card content (customer-authored documentation, as DescribeModelCard returns) and its inference containers with their Environment variable maps.',
    fields: {
      ModelCardContent: 'the content of the model package\'s model card, documentation the customer wrote about the model, which DescribeModelCard returns as content (API reference)',
    },
  },
  {
    id: 'sagemaker/describe-model-quality-job-definition',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeModelQualityJobDefinition'],
    reason: 'ModelQualityAppSpecification includes Environment variables and container arguments.',
  },
  {
    id: 'sagemaker/describe-monitoring-schedule',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeMonitoringSchedule'],
    reason: 'Embedded MonitoringJobDefinition includes Environment variables and container arguments.',
  },
  {
    id: 'sagemaker/describe-optimization-job',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeOptimizationJob'],
    reason: 'Returns OptimizationEnvironment and OverrideEnvironment variable maps.',
  },
  {
    id: 'sagemaker/describe-processing-job',
    actionClass: ActionClass.CODE,
    actions: ['sagemaker:DescribeProcessingJob'],
    reason: 'Returns the processing job\'s Environment variables, container entrypoint and arguments, and dataset definitions whose QueryString is SQL the customer wrote.',
    fields: {
      DatasetDefinition: 'an Athena or Redshift dataset input with its QueryString, the SQL the customer wrote to select the input (API reference)',
    },
  },
  {
    id: 'sagemaker/describe-project',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeProject'],
    reason: 'Returns Service Catalog ProvisioningParameters and CloudFormation template Parameters values.',
  },
  {
    id: 'sagemaker/describe-training-job',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeTrainingJob'],
    reason: 'Returns HyperParameters and Environment variables of the training job.',
  },
  {
    id: 'sagemaker/describe-transform-job',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeTransformJob'],
    reason: 'Returns Environment variables of the transform job.',
  },
  {
    id: 'sagemaker/describe-trial-component',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:DescribeTrialComponent'],
    reason: 'Parameters map holds job hyperparameters (e.g. auto-created from training jobs).',
    fields: {
      Parameters: 'the hyperparameters of the trial component, free-form values the customer or the training job set (API reference)',
    },
  },
  {
    id: 'sagemaker/list-app-image-configs',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:ListAppImageConfigs'],
    reason: 'Each AppImageConfig includes ContainerConfig.ContainerEnvironmentVariables.',
  },
  {
    id: 'sagemaker/list-pipeline-parameters-for-execution',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:ListPipelineParametersForExecution'],
    reason: 'Returns name/value of parameters passed to a pipeline execution (runtime inputs).',
  },
  {
    id: 'sagemaker/container-environment',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['sagemaker:Describe*', 'sagemaker:List*'],
    reason: 'Containers of models, jobs, monitoring schedules and app images carry the environment variables, hyperparameters, entrypoint arguments and stack parameters customers set, where secrets are put.',
    fields: {
      'Environment': 'the environment variables the customer set for the container (API reference: "Do not include any security-sensitive information ... in any environment fields")',
      'HyperParameters': 'the algorithm-specific parameters the customer passed to the training job, free-form values',
      'ContainerEntrypoint': 'the entrypoint command and arguments the customer set for the container, which can carry inline arguments',
      'TrainingJobDefinition': 'the training job definition of a validation profile or tuning job, with its static hyperparameters and environment (API reference)',
      'TransformJobDefinition': 'the transform job definition of a validation profile, with its container environment (API reference)',
      'MonitoringJobDefinition': 'the monitoring job definition, with its container environment, entrypoint and arguments (API reference)',
      'CfnTemplateProviderDetail.Parameters': 'the CloudFormation stack parameters of a project template, values the customer passed to the stack (API reference)',
    },
  },
  {
    id: 'sagemaker/generated-and-descriptive-fields',
    actionClass: ActionClass.METADATA,
    actions: ['sagemaker:Describe*', 'sagemaker:List*'],
    reason: 'SageMaker reads return generated candidate settings, studio and notebook addresses, S3 locations, work team group names and summaries, none of them content, credentials or code.',
    metadataFields: {
      EnvironmentVariables: 'the environment variables an AI recommendation job recommends for a deployment, generated by SageMaker',
      Uri: 'the Amazon S3 URI of a data channel of a recommended deployment (API reference), a location, not a signed URL',
      Url: 'the address of a Studio domain, space or notebook instance (API reference); opening it requires a presigned URL from CreatePresignedDomainUrl or CreatePresignedNotebookInstanceUrl, which are not read here',
      Arguments: 'the inputs a SageMaker Partner AI App requires, such as its admin users and settings (API reference), application configuration',
      CognitoMemberDefinition: 'the Cognito user pool, app client and user group names that make up a work team (API reference), no user identities',
      OidcMemberDefinition: 'the OIDC identity provider group names that make up a work team (API reference), no user identities',
    },
  },
  {
    id: 'sagemaker/shared-models',
    actionClass: ActionClass.METADATA,
    actions: ['sagemaker:DescribeClusterInference', 'sagemaker:DescribeSharedModel', 'sagemaker:ListSharedModelEvents', 'sagemaker:ListSharedModelVersions', 'sagemaker:ListSharedModels'],
    reason: 'Console-only actions with no operation in the models (Service Authorization Reference): SageMaker Studio models shared between users and the inference settings of a HyperPod cluster, returned as names, versions, owners\' profile names, status and sharing events; no model artifacts.',
  },
  {
    id: 'sagemaker/automl-candidates',
    actionClass: ActionClass.METADATA,
    actions: ['sagemaker:DescribeAutoMLJob', 'sagemaker:DescribeAutoMLJobV2', 'sagemaker:ListCandidatesForAutoMLJob'],
    reason: 'Returns Autopilot jobs and their candidates: status, objective metrics, the steps SageMaker ran and the inference containers it generated.',
    metadataFields: {
      Environment: 'the environment variables SageMaker Autopilot sets for a candidate\'s inference containers; CreateAutoMLJob and CreateAutoMLJobV2 accept no container environment, so the customer writes none of them',
    },
  },
  {
    id: 'sagemaker/describe-feature-metadata',
    actionClass: ActionClass.METADATA,
    actions: ['sagemaker:DescribeFeatureMetadata'],
    reason: 'Returns a feature\'s name, type, description, times and the key-value pairs the customer added to describe it; no feature values.',
    metadataFields: {
      Parameters: 'the key-value pairs the customer added to describe the feature (API reference), descriptions, not record values',
    },
  },
];
