import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cassandra`. */
export const CASSANDRA_RULES: ClassificationRule[] = [
  {
    id: 'cassandra/select',
    actionClass: ActionClass.CONTENT,
    actions: ['cassandra:Select', 'cassandra:SelectMultiRegionResource', 'cassandra:GetRecords'],
    reason: 'These run CQL SELECT against Amazon Keyspaces tables and read their change data capture stream.',
  },
];
