import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `dsql`. */
export const DSQL_RULES: ClassificationRule[] = [
  {
    id: 'dsql/db-connect',
    actionClass: ActionClass.CONTENT,
    actions: ['dsql:DbConnect', 'dsql:DbConnectAdmin'],
    reason: 'Sign in to an Aurora DSQL cluster, whose tables hold application data.',
  },
];
