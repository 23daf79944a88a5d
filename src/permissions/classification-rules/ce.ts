import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ce`. */
export const CE_RULES: ClassificationRule[] = [
  {
    id: 'ce/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'ce:GetAnomalies',
      'ce:GetAnomalyMonitors',
      'ce:GetApproximateUsageRecords',
      'ce:GetCommitmentPurchaseAnalysis',
      'ce:GetCostAndUsage',
      'ce:GetCostAndUsageComparisons',
      'ce:GetCostAndUsageWithResources',
      'ce:GetCostCategories',
      'ce:GetCostComparisonDrivers',
      'ce:GetCostForecast',
      'ce:GetDimensionValues',
      'ce:GetReservationCoverage',
      'ce:GetReservationPurchaseRecommendation',
      'ce:GetReservationUtilization',
      'ce:GetRightsizingRecommendation',
      'ce:GetSavingsPlanPurchaseRecommendationDetails',
      'ce:GetSavingsPlansCoverage',
      'ce:GetSavingsPlansPurchaseRecommendation',
      'ce:GetSavingsPlansUtilization',
      'ce:GetSavingsPlansUtilizationDetails',
      'ce:GetTags',
      'ce:GetUsageForecast',
    ],
    reason: 'Fallback, not a finding: ce reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'ce/console-preferences',
    actionClass: ActionClass.METADATA,
    actions: ['ce:GetConsoleActionSetEnforced', 'ce:GetPreferences'],
    reason: 'Permission-only reads (Service Authorization Reference): whether existing or fine-grained IAM actions control access to the Billing, Cost Management and Account consoles, and the Cost Explorer preferences page; settings, not data.',
  },
  {
    id: 'ce/alert-subscribers',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['ce:GetAnomalySubscriptions', 'ce:DescribeNotificationSubscription'],
    reason: 'Cost anomaly alert subscriptions (model Subscriber.Address: the e-mail address or SNS topic ARN of each recipient) and reservation expiration alerts name their recipients: the e-mail addresses of the people notified.',
  },
  {
    id: 'ce/describe-cost-category-definition',
    actionClass: ActionClass.METADATA,
    actions: [
      'ce:DescribeCostCategoryDefinition',
      'ce:DescribeReport',
      'ce:ListCommitmentPurchaseAnalyses',
      'ce:ListCostAllocationTagBackfillHistory',
      'ce:ListCostAllocationTags',
      'ce:ListCostCategoryDefinitions',
      'ce:ListCostCategoryResourceAssociations',
      'ce:ListSavingsPlansPurchaseRecommendationGeneration',
      'ce:ListTagsForResource',
    ],
    reason: 'Cost category definitions and their resource associations, saved Cost Explorer reports, cost allocation tags and their backfill history, commitment purchase analyses, Savings Plans recommendation generations and tags: names, rules, tag keys, status and dates of the account\'s own cost settings.',
    metadataFields: {
      Parameters: 'the split charge rule\'s parameter: its type (ALLOCATION_PERCENTAGES) and the percentages',
    },
  },
];
