import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `resource-explorer-2`. */
export const RESOURCE_EXPLORER_2_RULES: ClassificationRule[] = [
  {
    id: 'resource-explorer-2/index-and-view-tags',
    actionClass: ActionClass.METADATA,
    actions: ['resource-explorer-2:*'],
    reason: 'The model marks the tags of Resource Explorer indexes and views sensitive; they are the labels the customer attached to those resources.',
    metadataFields: {
      Tags: 'the tag keys and values the customer attached to the index or view, resource labels the cost and inventory tools group by',
    },
  },
  {
    id: 'resource-explorer-2/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['resource-explorer-2:GetDefaultView', 'resource-explorer-2:GetIndex'],
    reason: 'Fallback, not a finding: resource-explorer-2 reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
