import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `s3tables`. */
export const S3TABLES_RULES: ClassificationRule[] = [
  {
    id: 's3tables/get-table-data',
    actionClass: ActionClass.CONTENT,
    actions: ['s3tables:GetTableData'],
    reason: 'This reads the data and metadata files that make up an S3 Tables (Apache Iceberg) table, i.e. its rows.',
  },
  {
    id: 's3tables/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      's3tables:GetNamespace',
      's3tables:GetTableBucketMaintenanceConfiguration',
      's3tables:GetTableBucketPolicy',
      's3tables:GetTableMaintenanceConfiguration',
      's3tables:GetTablePolicy',
    ],
    reason: 'Fallback, not a finding: s3tables reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
