import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `rds-data`. */
export const RDS_DATA_RULES: ClassificationRule[] = [
  {
    id: 'rds-data/execute-statement',
    actionClass: ActionClass.CONTENT,
    actions: ['rds-data:ExecuteStatement', 'rds-data:BatchExecuteStatement', 'rds-data:ExecuteSql'],
    reason: 'The RDS Data API runs arbitrary SQL, including SELECT, against Aurora and returns the result rows.',
  },
];
