import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `athena`. */
export const ATHENA_RULES: ClassificationRule[] = [
  {
    id: 'athena/get-query-results',
    actionClass: ActionClass.CONTENT,
    actions: ['athena:GetQueryResults', 'athena:GetQueryResultsStream'],
    reason: 'These return the result rows of Athena queries, which can expose any table the workgroup can read.',
  },
  {
    id: 'athena/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['athena:GetWorkGroup'],
    reason: 'Fallback, not a finding: athena reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'athena/catalog-listings',
    actionClass: ActionClass.METADATA,
    actions: ['athena:ListDatabases', 'athena:ListTableMetadata'],
    reason: 'Data catalog databases and tables with their properties: names, descriptions, column names and types, partition keys and properties; no rows and no query results.',
    metadataFields: {
      Parameters: 'the custom key/value properties of the database or table (for example classification, storage format, partition projection settings), catalog metadata',
    },
  },
];
