import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `a4b`. */
export const A4B_RULES: ClassificationRule[] = [
  {
    id: 'a4b/list-skills',
    actionClass: ActionClass.METADATA,
    actions: ['a4b:ListSkills'],
    reason: 'Alexa for Business, discontinued, has no model in the pinned botocore; its API reference (ListSkills) returned the skills enabled in a skill group: skill ID, name, enablement status and whether it is a private skill; no recordings or user data.',
  },
];
