import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `aws-marketplace`. */
export const AWS_MARKETPLACE_RULES: ClassificationRule[] = [
  {
    id: 'aws-marketplace/view-subscriptions',
    actionClass: ActionClass.METADATA,
    actions: ['aws-marketplace:ViewSubscriptions'],
    reason: 'Console-only action (Service Authorization Reference: "view account\'s subscriptions"): the Marketplace products the account subscribes to, with seller, pricing and contract dates, which a cost tool reads.',
  },
];
