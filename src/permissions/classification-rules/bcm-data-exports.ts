import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `bcm-data-exports`. */
export const BCM_DATA_EXPORTS_RULES: ClassificationRule[] = [
  {
    id: 'bcm-data-exports/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['bcm-data-exports:GetTable'],
    reason: 'Fallback, not a finding: bcm-data-exports reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'bcm-data-exports/export-definition',
    actionClass: ActionClass.METADATA,
    actions: ['bcm-data-exports:GetExecution', 'bcm-data-exports:GetExport'],
    reason: 'Returns a billing data export\'s definition and execution status: its name, destination bucket, schedule and the column selection over AWS\'s own billing tables; no billing data.',
    metadataFields: {
      DataQuery: 'the export\'s QueryStatement and TableConfigurations: a SELECT of columns, aliases and row filters over an AWS billing table such as COST_AND_USAGE_REPORT (Data Exports user guide: the only syntax accepted), which a cost tool reads to know the export\'s columns; it names AWS\'s billing columns and holds no customer data or logic',
    },
  },
  {
    id: 'bcm-data-exports/list-executions',
    actionClass: ActionClass.METADATA,
    actions: ['bcm-data-exports:ListExecutions', 'bcm-data-exports:ListExports', 'bcm-data-exports:ListTables'],
    reason: 'Lists billing data exports, their executions and the AWS billing tables they can read: names, ARNs, status and table descriptions; no billing data.',
  },
];
