import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `nimble`. */
export const NIMBLE_RULES: ClassificationRule[] = [
  {
    id: 'nimble/list-studios',
    actionClass: ActionClass.METADATA,
    actions: ['nimble:ListStudios'],
    reason: 'Nimble Studio has reached its end of support and no current model has it; per its API reference ListStudios returned each studio\'s name, display name, ARN, status, Region, studio URL, admin and user role ARNs, encryption configuration and IAM Identity Center client ID; no credentials or content.',
  },
];
