import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ecr-public`. */
export const ECR_PUBLIC_RULES: ClassificationRule[] = [
  {
    id: 'ecr-public/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'ecr-public:GetRegistryCatalogData',
      'ecr-public:GetRepositoryCatalogData',
      'ecr-public:GetRepositoryPolicy',
    ],
    reason: 'Fallback, not a finding: ecr-public reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
