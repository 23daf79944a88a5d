import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ecr`. */
export const ECR_RULES: ClassificationRule[] = [
  {
    id: 'ecr/batch-get-image',
    actionClass: ActionClass.CONTENT,
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    reason: 'These pull image manifests and layer downloads, i.e. the customer\'s container filesystems and code.',
  },
  {
    id: 'ecr/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'ecr:BatchGetRepositoryScanningConfiguration',
      'ecr:GetLifecyclePolicy',
      'ecr:GetRegistryPolicy',
      'ecr:GetRegistryScanningConfiguration',
      'ecr:GetRepositoryPolicy',
    ],
    reason: 'Fallback, not a finding: ecr reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'ecr/describe-pull-through-cache-rules',
    actionClass: ActionClass.METADATA,
    actions: ['ecr:DescribePullThroughCacheRules'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
