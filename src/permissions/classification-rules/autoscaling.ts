import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `autoscaling`. */
export const AUTOSCALING_RULES: ClassificationRule[] = [
  {
    id: 'autoscaling/describe-launch-configurations',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['autoscaling:DescribeLaunchConfigurations'],
    reason: 'Launch configurations include base64 UserData, where customers often embed secrets.',
    fields: {
      UserData: 'the base64 user data given to launched instances (API reference), boot scripts where customers embed secrets',
    },
  },
  {
    id: 'autoscaling/describe-policies',
    actionClass: ActionClass.METADATA,
    actions: ['autoscaling:DescribePolicies'],
    reason: 'Returns scaling policies: type, adjustments, alarms, target tracking and predictive scaling settings with the metric queries they scale on.',
    metadataFields: {
      MetricDataQueries: 'the CloudWatch metric data queries of a predictive scaling metric: metric names, namespaces, dimensions and metric math expressions (API reference), no SQL and no data points',
    },
  },
  {
    id: 'autoscaling/describe-account-settings',
    actionClass: ActionClass.METADATA,
    actions: ['autoscaling:DescribeAccountSettings'],
    reason: 'An operation newer than the pinned models (API reference: "Describes the current Amazon EC2 Auto Scaling account settings for your account"): each setting\'s name, value (enabled or disabled), enforcement type and date.',
  },
];
