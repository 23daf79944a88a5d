import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `appstream`. */
export const APPSTREAM_RULES: ClassificationRule[] = [
  {
    id: 'appstream/describe-fleets',
    actionClass: ActionClass.METADATA,
    actions: ['appstream:DescribeFleets', 'appstream:ListTagsForResource'],
    reason: 'Return fleets (name, ARN, instance type, capacity, state, image, VPC and domain join settings, IAM role ARN, session settings) and resource tags.',
  },
];
