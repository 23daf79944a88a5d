import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `support`. */
export const SUPPORT_RULES: ClassificationRule[] = [
  {
    id: 'support/describe-services',
    actionClass: ActionClass.METADATA,
    actions: ['support:DescribeServices'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
