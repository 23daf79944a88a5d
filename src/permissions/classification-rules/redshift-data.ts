import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `redshift-data`. */
export const REDSHIFT_DATA_RULES: ClassificationRule[] = [
  {
    id: 'redshift-data/get-statement-result',
    actionClass: ActionClass.CONTENT,
    actions: ['redshift-data:GetStatementResult'],
    reason: 'This returns the result rows of a SQL statement run through the Redshift Data API.',
  },
];
