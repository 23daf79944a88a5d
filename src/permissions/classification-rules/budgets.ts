import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `budgets`. */
export const BUDGETS_RULES: ClassificationRule[] = [
  {
    id: 'budgets/view-budget',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['budgets:ViewBudget'],
    reason: 'Authorizes DescribeBudget(s), DescribeBudgetPerformanceHistory, DescribeNotificationsForBudget and DescribeSubscribersForNotification (Service Authorization Reference); the last returns each notification subscriber\'s address, an SNS topic ARN or the e-mail address of a person who receives the budget alerts.',
  },
  {
    id: 'budgets/describe-budget-action',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: [
      'budgets:DescribeBudgetAction',
      'budgets:DescribeBudgetActionsForAccount',
      'budgets:DescribeBudgetActionsForBudget',
    ],
    reason: 'Budget actions list their subscribers: the SNS topic ARN or e-mail address of each person notified when the action runs, besides the action\'s threshold, definition and approval model.',
    fields: {
      Address: 'the e-mail address (or SNS topic ARN) that receives the budget action\'s notifications; the model marks it sensitive',
    },
    metadataFields: {
      Definition: 'the action\'s parameters: the IAM policy ARN with the roles, groups and users it is attached to, the SCP ID with its targets, or the SSM action with its Region and instance IDs',
    },
  },
  {
    id: 'budgets/list-tags-for-resource',
    actionClass: ActionClass.METADATA,
    actions: ['budgets:ListTagsForResource'],
    reason: 'Returns the tag keys and values of a budget or budget action.',
  },
];
