import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `appstream`. */
export const APPSTREAM_RULES: ClassificationRule[] = [
  {
    id: 'appstream/describe-fleets',
    actionClass: ActionClass.METADATA,
    actions: ['appstream:DescribeFleets', 'appstream:ListTagsForResource'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
