import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cur`. */
export const CUR_RULES: ClassificationRule[] = [
  {
    id: 'cur/describe-report-definitions',
    actionClass: ActionClass.METADATA,
    actions: ['cur:DescribeReportDefinitions'],
    reason: 'Returns the Cost and Usage Report definitions: report name, time unit, format, compression, additional schema elements and artifacts, S3 bucket, prefix and Region, refresh and versioning settings and status; not the reports.',
  },
];
