import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `databrew`. */
export const DATABREW_RULES: ClassificationRule[] = [
  {
    id: 'databrew/describe-dataset',
    actionClass: ActionClass.CODE,
    actions: ['databrew:DescribeDataset'],
    reason: 'A dataset read from a database carries the custom SQL the customer wrote to select its input (DatabaseInputDefinition.QueryString).',
    fields: {
      DatabaseInputDefinition: 'the Glue connection name, table name, temporary S3 directory and QueryString, the custom SQL that DataBrew runs against the database (API reference)',
    },
    metadataFields: {
      DataCatalogInputDefinition: 'the Glue Data Catalog id, database and table names and a temporary S3 directory (API reference)',
      S3InputDefinition: 'the bucket, owner and key of the S3 location the data is read from (API reference), not the data',
      Parameters: 'the names, types, datetime formats and filter conditions of the parameters in the dataset\'s S3 path (API reference), no values of the data',
    },
  },
];
