import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `qldb`. */
export const QLDB_RULES: ClassificationRule[] = [
  {
    id: 'qldb/ledger-descriptions',
    actionClass: ActionClass.METADATA,
    actions: ['qldb:DescribeLedger', 'qldb:ListLedgers'],
    reason: 'Amazon QLDB (its model left botocore when the service ended) returns ledgers\' names, ARNs, states, creation times, permissions mode, deletion protection and KMS key ARN (API reference: DescribeLedger, ListLedgers); never journal blocks or documents.',
  },
  {
    id: 'qldb/journal-s3-exports',
    actionClass: ActionClass.METADATA,
    actions: ['qldb:DescribeJournalS3Export', 'qldb:ListJournalS3Exports', 'qldb:ListJournalS3ExportsForLedger'],
    reason: 'Returns journal export jobs: ledger name, export id, status, time range, S3 bucket and prefix, encryption settings, IAM role ARN and output format (API reference: JournalS3ExportDescription); the exported journal stays in the customer\'s bucket.',
  },
];
