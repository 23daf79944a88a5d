import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `budgets`. */
export const BUDGETS_RULES: ClassificationRule[] = [
  {
    id: 'budgets/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['budgets:ViewBudget'],
    reason: 'Fallback, not a finding: budgets reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'budgets/describe-budget-action',
    actionClass: ActionClass.METADATA,
    actions: [
      'budgets:DescribeBudgetAction',
      'budgets:DescribeBudgetActionsForAccount',
      'budgets:DescribeBudgetActionsForBudget',
      'budgets:ListTagsForResource',
    ],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
