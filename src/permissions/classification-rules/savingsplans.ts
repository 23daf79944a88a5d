import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `savingsplans`. */
export const SAVINGSPLANS_RULES: ClassificationRule[] = [
  {
    id: 'savingsplans/describe-savings-plan-rates',
    actionClass: ActionClass.METADATA,
    actions: [
      'savingsplans:DescribeSavingsPlanRates',
      'savingsplans:DescribeSavingsPlans',
      'savingsplans:DescribeSavingsPlansOfferings',
      'savingsplans:DescribeSavingsPlansOfferingRates',
    ],
    reason: 'Return the account\'s Savings Plans (ID, type, state, term, payment option, commitment, dates) and the public offerings and rates per usage type, product and Region: pricing and commitments, no content, keys or personal data.',
  },
];
