import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `neptune-db`. */
export const NEPTUNE_DB_RULES: ClassificationRule[] = [
  {
    id: 'neptune-db/read-data-via-query',
    actionClass: ActionClass.CONTENT,
    actions: ['neptune-db:ReadDataViaQuery', 'neptune-db:GetStreamRecords', 'neptune-db:connect'],
    reason: 'These run Gremlin, openCypher or SPARQL reads against a Neptune cluster and read its change stream.',
  },
];
