import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cloudsearch`. */
export const CLOUDSEARCH_RULES: ClassificationRule[] = [
  {
    id: 'cloudsearch/list-tags',
    actionClass: ActionClass.METADATA,
    actions: ['cloudsearch:ListTags'],
    reason: 'Permission-only read (Service Authorization Reference: displays all of the resource tags for an Amazon CloudSearch domain): the tag keys and values of a domain.',
  },
];
