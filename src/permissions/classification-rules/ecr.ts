import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ecr`. */
export const ECR_RULES: ClassificationRule[] = [
  {
    id: 'ecr/batch-get-image',
    actionClass: ActionClass.CONTENT,
    actions: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    reason: 'These pull image manifests and layer downloads, i.e. the customer\'s container filesystems and code.',
    fields: {
      downloadUrl: 'a presigned S3 URL that downloads an image layer: the container\'s files and code',
    },
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
    reason: 'Returns the pull-through cache rules: ECR repository prefix, upstream registry and its URL, upstream repository prefix, the ARN of the Secrets Manager secret with the upstream credentials (not its value), role ARN and timestamps.',
  },
  {
    id: 'ecr/image-scan-findings',
    actionClass: ActionClass.METADATA,
    actions: ['ecr:DescribeImageScanFindings'],
    reason: 'Returns the vulnerability findings of an image scan: CVE names, severities, affected packages and their versions, and remediation advice; vulnerability data about the image, not its files.',
    metadataFields: {
      text: 'the remediation recommendation Inspector writes for a vulnerability (e.g. upgrade the package)',
      url: 'the public address of the vulnerability\'s remediation advisory',
      uri: 'the public address of the CVE\'s details (e.g. the NVD or vendor advisory)',
    },
  },
];
