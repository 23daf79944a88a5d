import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `quicksight`. */
export const QUICKSIGHT_RULES: ClassificationRule[] = [
  {
    id: 'quicksight/describe-asset-bundle-export-job',
    actionClass: ActionClass.CONTENT,
    actions: ['quicksight:DescribeAssetBundleExportJob'],
    reason: 'Returns DownloadUrl, a presigned URL to the exported asset bundle (.qs) contents.',
  },
  {
    id: 'quicksight/describe-asset-bundle-import-job',
    actionClass: ActionClass.CONTENT,
    actions: ['quicksight:DescribeAssetBundleImportJob'],
    reason: 'Returns AssetBundleImportSource.Body presigned download URL of the bundle, and override parameters that can echo data source credentials.',
  },
  {
    id: 'quicksight/describe-automation-job',
    actionClass: ActionClass.CONTENT,
    actions: ['quicksight:DescribeAutomationJob'],
    reason: 'Returns InputPayload and OutputPayload of the automation job run (API-marked sensitive data).',
  },
  {
    id: 'quicksight/describe-dashboard-snapshot-job-result',
    actionClass: ActionClass.CONTENT,
    actions: ['quicksight:DescribeDashboardSnapshotJobResult'],
    reason: 'Returns S3Uri/presigned URLs of the generated dashboard snapshot files (PDF/CSV/Excel of dashboard data).',
  },
  {
    id: 'quicksight/describe-email-customization-template',
    actionClass: ActionClass.CONTENT,
    actions: ['quicksight:DescribeEmailCustomizationTemplate'],
    reason: 'Returns the email customization template (subject/body text) used for QuickSight report emails.',
  },
  {
    id: 'quicksight/describe-data-set',
    actionClass: ActionClass.CODE,
    actions: ['quicksight:DescribeDataSet'],
    reason: 'Dataset definition includes CustomSql SqlQuery bodies (API-marked sensitive), calculated-column expressions and filter constants.',
  },
  {
    id: 'quicksight/describe-flow',
    actionClass: ActionClass.CODE,
    actions: ['quicksight:DescribeFlow'],
    reason: 'Returns FlowDefinition, the full step-by-step definition of a Quick flow (workflow definition).',
  },
  {
    id: 'quicksight/list-topic-reviewed-answers',
    actionClass: ActionClass.CODE,
    actions: ['quicksight:ListTopicReviewedAnswers'],
    reason: 'Returns reviewed answers: questions plus query definitions (Mir/metric expressions, API-marked sensitive).',
  },
  {
    id: 'quicksight/describe-user',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['quicksight:DescribeUser'],
    reason: 'Returns a QuickSight user directory entry including user name and Email address.',
  },
  {
    id: 'quicksight/list-users',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['quicksight:ListUsers'],
    reason: 'Lists QuickSight users with user names and Email addresses.',
  },
];
