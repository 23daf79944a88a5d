import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `firehose`. */
export const FIREHOSE_RULES: ClassificationRule[] = [
  {
    id: 'firehose/describe-delivery-stream',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['firehose:DescribeDeliveryStream'],
    reason: 'Splunk destination description returns the HEC token; HTTP endpoint common attributes may carry keys.',
  },
];
