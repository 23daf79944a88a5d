import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `qbusiness`. */
export const QBUSINESS_RULES: ClassificationRule[] = [
  {
    id: 'qbusiness/list-subscriptions',
    actionClass: ActionClass.METADATA,
    actions: ['qbusiness:ListSubscriptions'],
    reason: 'Returns the Amazon Q Business subscriptions of an application: which IAM Identity Center user or group ID holds which subscription tier.',
    metadataFields: {
      subscriptions: 'each subscription\'s ID, ARN, principal (an IAM Identity Center user or group ID, not a name or address) and current and next tier; flagged for the "script" in its name, not code',
    },
  },
];
