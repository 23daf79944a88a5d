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
      'savingsplans:DescribeSavingsPlansOfferingRates',
      'savingsplans:DescribeSavingsPlansOfferings',
    ],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
