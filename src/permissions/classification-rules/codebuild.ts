import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `codebuild`. */
export const CODEBUILD_RULES: ClassificationRule[] = [
  {
    id: 'codebuild/batch-get-projects',
    actionClass: ActionClass.CODE,
    actions: ['codebuild:BatchGetProjects'],
    reason: 'Project details include each source\'s buildspec, which is the inline YAML of the build\'s shell commands when the customer writes it into the project (amplify/build-spec denies the same YAML as code), and plaintext environment variables.',
    fields: {
      environment: 'the build environment, including plaintext environment variables where customers place secrets, denied with the buildspec it comes with',
    },
    metadataFields: {
      encryptionKey: 'the ARN or alias of the KMS key that encrypts build output artifacts, not key material',
      secret: 'never returned after CreateWebhook: the webhook\'s secret token is shown only in the create response (hashicorp/terraform-provider-aws#4775 keeps it from creation for that reason)',
      url: 'the URL of the webhook in the source repository, not signed',
    },
  },
  {
    id: 'codebuild/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['codebuild:GetResourcePolicy'],
    reason: 'Fallback, not a finding: codebuild reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'codebuild/list-report-groups',
    actionClass: ActionClass.METADATA,
    actions: ['codebuild:ListReportGroups'],
    reason: 'Returns the ARNs of the report groups (API reference: a list of report group ARNs).',
  },
  {
    id: 'codebuild/batch-get-builds',
    actionClass: ActionClass.CODE,
    actions: ['codebuild:BatchGetBuilds'],
    reason: 'Returns each build\'s source with its buildspec, the project\'s inline YAML of shell commands or the override the build was started with (amplify/build-spec denies the same YAML as code), and its environment variables.',
    fields: {
      environment: 'the build environment, including plaintext environment variables where customers place secrets, denied with the buildspec it comes with',
    },
    metadataFields: {
      encryptionKey: 'the ARN or alias of the KMS key that encrypts build output artifacts, not key material',
    },
  },
  {
    id: 'codebuild/batch-get-report-groups',
    actionClass: ActionClass.METADATA,
    actions: ['codebuild:BatchGetReportGroups'],
    reason: 'Returns report groups: name, type, export configuration (S3 bucket, path, packaging, encryption key) and status; no test or coverage results.',
    metadataFields: {
      encryptionKey: 'the ARN or alias of the KMS key that encrypts exported raw report data, not key material',
    },
  },
];
