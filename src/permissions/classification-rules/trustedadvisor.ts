import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `trustedadvisor`. */
export const TRUSTEDADVISOR_RULES: ClassificationRule[] = [
  {
    id: 'trustedadvisor/describe-notification-configurations',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['trustedadvisor:DescribeNotificationConfigurations'],
    reason: 'Trusted Advisor Priority notification config lists recipient email addresses of people.',
  },
];
