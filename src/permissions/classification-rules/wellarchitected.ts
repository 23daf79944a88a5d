import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `wellarchitected`. */
export const WELLARCHITECTED_RULES: ClassificationRule[] = [
  {
    id: 'wellarchitected/list-tags-for-resource',
    actionClass: ActionClass.METADATA,
    actions: ['wellarchitected:ListTagsForResource', 'wellarchitected:ListWorkloads'],
    reason: 'Lists workloads (id, ARN, name, owner, lenses, risk counts, improvement status, update time) and a resource\'s tags; no review answers or notes.',
  },
];
