import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `wellarchitected`. */
export const WELLARCHITECTED_RULES: ClassificationRule[] = [
  {
    id: 'wellarchitected/list-tags-for-resource',
    actionClass: ActionClass.METADATA,
    actions: ['wellarchitected:ListTagsForResource', 'wellarchitected:ListWorkloads'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
