import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `elasticmapreduce`. */
export const ELASTICMAPREDUCE_RULES: ClassificationRule[] = [
  {
    id: 'elasticmapreduce/describe-cluster',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['elasticmapreduce:DescribeCluster'],
    reason: 'Returns KerberosAttributes with the KDC admin, cross-realm trust and Active Directory join passwords the cluster was created with (API reference response syntax lists them, with no masking), besides Configurations classifications and application arguments.',
    fields: {
      KdcAdminPassword: 'the password of the kadmin service on the cluster-dedicated KDC',
      CrossRealmTrustPrincipalPassword: 'the cross-realm trust principal password, identical across realms',
      ADDomainJoinPassword: 'the Active Directory password of ADDomainJoinUser',
      Args: 'the arguments EMR passes to each application, where customers pass settings and secrets',
    },
  },
  {
    id: 'elasticmapreduce/describe-job-flows',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:DescribeJobFlows'],
    reason: 'Returns the arguments of every step and bootstrap action: command lines where customers pass settings and secrets.',
    fields: {
      Args: 'the command-line arguments passed to a step\'s JAR main function or to a bootstrap action script',
    },
  },
  {
    id: 'elasticmapreduce/describe-notebook-execution',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:DescribeNotebookExecution'],
    reason: 'Returns NotebookParams, the JSON input parameters passed to the notebook run, where customers pass settings and secrets.',
    fields: {
      NotebookParams: 'the input parameters in JSON passed to the notebook at run time',
      EnvironmentVariables: 'the environment variables of the notebook execution, where customers place secrets',
    },
    metadataFields: {
      OutputNotebookURI: 'the Amazon S3 URI of the output notebook, not its cells',
    },
  },
  {
    id: 'elasticmapreduce/describe-step',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:DescribeStep'],
    reason: 'Returns the step\'s JAR, properties and command-line arguments, where customers pass settings and secrets.',
    fields: {
      Args: 'the command-line arguments passed to the step\'s JAR main function',
    },
  },
  {
    id: 'elasticmapreduce/list-bootstrap-actions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:ListBootstrapActions'],
    reason: 'Returns bootstrap script paths and their command-line arguments, where customers pass settings and secrets.',
    fields: {
      Args: 'the command-line arguments passed to the bootstrap script',
    },
    metadataFields: {
      ScriptPath: 'the Amazon S3 location of the bootstrap script, not the script',
    },
  },
  {
    id: 'elasticmapreduce/list-instance-fleets',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:ListInstanceFleets'],
    reason: 'Instance type specifications include Configurations classifications that may hold passwords.',
  },
  {
    id: 'elasticmapreduce/list-instance-groups',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:ListInstanceGroups'],
    reason: 'Instance groups include Configurations classifications (Hadoop/Hive properties that may hold passwords).',
    metadataFields: {
      CloudWatchAlarmDefinition: 'the scaling alarm\'s metric name, namespace, comparison, threshold and periods',
    },
  },
  {
    id: 'elasticmapreduce/list-steps',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:ListSteps'],
    reason: 'StepSummary.Config includes step properties and command-line Args, where customers pass settings and secrets.',
    fields: {
      Args: 'the command-line arguments passed to the step\'s JAR main function',
    },
  },
  {
    id: 'elasticmapreduce/studio-url',
    actionClass: ActionClass.METADATA,
    actions: ['elasticmapreduce:Describe*', 'elasticmapreduce:List*'],
    reason: 'EMR Studio reads return the Studio\'s access URL, an address of the Studio\'s sign-in page, not a signed URL.',
    metadataFields: {
      Url: 'the unique access URL of the EMR Studio; users still sign in through IAM or IAM Identity Center, so it grants nothing',
    },
  },
  {
    id: 'elasticmapreduce/notebook-permission-only-reads',
    actionClass: ActionClass.METADATA,
    actions: [
      'elasticmapreduce:DescribeEditor',
      'elasticmapreduce:DescribeRepository',
      'elasticmapreduce:ListEditors',
      'elasticmapreduce:ListRepositories',
      'elasticmapreduce:ListWorkspaceAccessIdentities',
    ],
    reason: 'Permission-only reads of the EMR console (Service Authorization Reference): a notebook\'s status, user, role, tags and S3 location; the notebook Git repositories (name, URL, the ARN of the secret with their credentials); and the identities granted access to a workspace; no notebook contents.',
  },
  {
    id: 'elasticmapreduce/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'elasticmapreduce:GetAutoTerminationPolicy',
      'elasticmapreduce:GetBlockPublicAccessConfiguration',
      'elasticmapreduce:GetManagedScalingPolicy',
    ],
    reason: 'Fallback, not a finding: elasticmapreduce reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
