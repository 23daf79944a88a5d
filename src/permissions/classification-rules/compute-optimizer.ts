import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `compute-optimizer`. */
export const COMPUTE_OPTIMIZER_RULES: ClassificationRule[] = [
  {
    id: 'compute-optimizer/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'compute-optimizer:GetAutoScalingGroupRecommendations',
      'compute-optimizer:GetEBSVolumeRecommendations',
      'compute-optimizer:GetEC2InstanceRecommendations',
      'compute-optimizer:GetEC2RecommendationProjectedMetrics',
      'compute-optimizer:GetECSServiceRecommendationProjectedMetrics',
      'compute-optimizer:GetECSServiceRecommendations',
      'compute-optimizer:GetEffectiveRecommendationPreferences',
      'compute-optimizer:GetEnrollmentStatus',
      'compute-optimizer:GetEnrollmentStatusesForOrganization',
      'compute-optimizer:GetIdleRecommendations',
      'compute-optimizer:GetLambdaFunctionRecommendations',
      'compute-optimizer:GetLicenseRecommendations',
      'compute-optimizer:GetRDSDatabaseRecommendationProjectedMetrics',
      'compute-optimizer:GetRDSDatabaseRecommendations',
      'compute-optimizer:GetRecommendationPreferences',
      'compute-optimizer:GetRecommendationSummaries',
    ],
    reason: 'Fallback, not a finding: compute-optimizer reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'compute-optimizer/describe-recommendation-export-jobs',
    actionClass: ActionClass.METADATA,
    actions: ['compute-optimizer:DescribeRecommendationExportJobs'],
    reason: 'Returns recommendation export jobs: job ID, resource type, S3 destination, status, failure reason and times.',
  },
];
