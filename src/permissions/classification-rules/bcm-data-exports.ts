import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `bcm-data-exports`. */
export const BCM_DATA_EXPORTS_RULES: ClassificationRule[] = [
  {
    id: 'bcm-data-exports/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['bcm-data-exports:GetExecution', 'bcm-data-exports:GetExport', 'bcm-data-exports:GetTable'],
    reason: 'Fallback, not a finding: bcm-data-exports reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'bcm-data-exports/list-executions',
    actionClass: ActionClass.METADATA,
    actions: ['bcm-data-exports:ListExecutions', 'bcm-data-exports:ListExports', 'bcm-data-exports:ListTables'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
