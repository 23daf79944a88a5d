import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `rds-db`. */
export const RDS_DB_RULES: ClassificationRule[] = [
  {
    id: 'rds-db/connect',
    actionClass: ActionClass.CONTENT,
    actions: ['rds-db:connect'],
    reason: 'Signs in to an RDS or Aurora database with IAM authentication; the session then reads whatever the database user may.',
  },
];
