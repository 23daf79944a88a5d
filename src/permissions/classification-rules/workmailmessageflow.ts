import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `workmailmessageflow`. */
export const WORKMAILMESSAGEFLOW_RULES: ClassificationRule[] = [
  {
    id: 'workmailmessageflow/get-raw-message-content',
    actionClass: ActionClass.CONTENT,
    actions: ['workmailmessageflow:GetRawMessageContent'],
    reason: 'This returns the full MIME content of an email message passing through WorkMail.',
  },
];
