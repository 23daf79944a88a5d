import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `autoscaling`. */
export const AUTOSCALING_RULES: ClassificationRule[] = [
  {
    id: 'autoscaling/describe-launch-configurations',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['autoscaling:DescribeLaunchConfigurations'],
    reason: 'Launch configurations include base64 UserData, where customers often embed secrets.',
  },
];
