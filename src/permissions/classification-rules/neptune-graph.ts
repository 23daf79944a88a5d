import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `neptune-graph`. */
export const NEPTUNE_GRAPH_RULES: ClassificationRule[] = [
  {
    id: 'neptune-graph/read-data-via-query',
    actionClass: ActionClass.CONTENT,
    actions: ['neptune-graph:ReadDataViaQuery'],
    reason: 'This runs read queries that return the vertices, edges and properties stored in a Neptune Analytics graph.',
  },
];
