import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `tag`. */
export const TAG_RULES: ClassificationRule[] = [
  {
    id: 'tag/resource-tags',
    actionClass: ActionClass.METADATA,
    actions: ['tag:GetResources', 'tag:GetTagKeys', 'tag:GetTagValues'],
    reason: 'Resource Groups Tagging API reads: the ARNs of tagged resources with their tag keys and values, and the account\'s tag keys and values (API reference: ResourceTagMapping, GetTagKeys, GetTagValues), used to attribute cost and ownership.',
  },
];
