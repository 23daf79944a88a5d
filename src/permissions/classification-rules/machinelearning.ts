import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `machinelearning`. */
export const MACHINELEARNING_RULES: ClassificationRule[] = [
  {
    id: 'machinelearning/describe-data-sources',
    actionClass: ActionClass.CODE,
    actions: ['machinelearning:DescribeDataSources'],
    reason: 'RDS/Redshift data sources include SelectSqlQuery, the customer SQL query body defining the data.',
    fields: {
      SelectSqlQuery: 'the SQL query the customer supplied to select the data source\'s rows from RDS or Redshift (API reference)',
    },
  },
];
