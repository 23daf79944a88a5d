import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `servicecatalog`. */
export const SERVICECATALOG_RULES: ClassificationRule[] = [
  {
    id: 'servicecatalog/describe-portfolio',
    actionClass: ActionClass.METADATA,
    actions: ['servicecatalog:DescribePortfolio', 'servicecatalog:DescribePortfolioShares'],
    reason: 'These return a portfolio\'s ID, ARN, display name, description, provider name, tags, TagOptions and budgets, and its shares: the recipient account, organization or OU ID, share type and whether it was accepted.',
  },
  {
    id: 'servicecatalog/product-support-email',
    actionClass: ActionClass.METADATA,
    actions: ['servicecatalog:ListProvisioningArtifactsForServiceAction'],
    reason: 'Returns the products and provisioning artifacts a self-service action is associated with: product view summaries (name, owner, type, distributor, support details) and artifact IDs.',
    metadataFields: {
      SupportEmail: 'the support address the catalog administrator published for the product, which every end user of the catalog sees: the product\'s support contact, not a person\'s private address',
    },
  },
];
