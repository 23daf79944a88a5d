import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `drs`. */
export const DRS_RULES: ClassificationRule[] = [
  {
    id: 'drs/describe-jobs',
    actionClass: ActionClass.METADATA,
    actions: ['drs:DescribeJobs'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
