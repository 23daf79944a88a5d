import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `elasticmapreduce`. */
export const ELASTICMAPREDUCE_RULES: ClassificationRule[] = [
  {
    id: 'elasticmapreduce/describe-cluster',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:DescribeCluster'],
    reason: 'Cluster Configurations classifications (e.g. hive-site metastore passwords) and KerberosAttributes are returned.',
  },
  {
    id: 'elasticmapreduce/describe-job-flows',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:DescribeJobFlows'],
    reason: 'Returns step and bootstrap action arguments (command-line args may carry secrets).',
  },
  {
    id: 'elasticmapreduce/describe-notebook-execution',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:DescribeNotebookExecution'],
    reason: 'Returns NotebookParams (parameters passed into the notebook run), which can carry secrets.',
  },
  {
    id: 'elasticmapreduce/describe-step',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:DescribeStep'],
    reason: 'Step config returns jar, properties and command-line Args, which can carry secrets.',
  },
  {
    id: 'elasticmapreduce/list-bootstrap-actions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:ListBootstrapActions'],
    reason: 'Returns bootstrap script paths and their arguments, which can carry secrets.',
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
  },
  {
    id: 'elasticmapreduce/list-steps',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['elasticmapreduce:ListSteps'],
    reason: 'StepSummary.Config includes step properties and command-line Args, which can carry secrets.',
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
