import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `codebuild`. */
export const CODEBUILD_RULES: ClassificationRule[] = [
  {
    id: 'codebuild/batch-get-projects',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['codebuild:BatchGetProjects'],
    reason: 'Project details include plaintext environment variables and inline buildspec, where customers often place secrets.',
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
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
  {
    id: 'codebuild/batch-get-builds',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['codebuild:BatchGetBuilds'],
    reason: 'Returns each build\'s environment variables and buildspec overrides, where customers put tokens.',
  },
  {
    id: 'codebuild/batch-get-report-groups',
    actionClass: ActionClass.METADATA,
    actions: ['codebuild:BatchGetReportGroups'],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
