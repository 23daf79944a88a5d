import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cur`. */
export const CUR_RULES: ClassificationRule[] = [
  {
    id: 'cur/describe-report-definitions',
    actionClass: ActionClass.METADATA,
    actions: ['cur:DescribeReportDefinitions'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
