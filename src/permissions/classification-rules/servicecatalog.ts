import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `servicecatalog`. */
export const SERVICECATALOG_RULES: ClassificationRule[] = [
  {
    id: 'servicecatalog/describe-portfolio',
    actionClass: ActionClass.METADATA,
    actions: ['servicecatalog:DescribePortfolio', 'servicecatalog:DescribePortfolioShares'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
