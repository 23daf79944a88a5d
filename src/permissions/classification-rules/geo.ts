import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `geo`. */
export const GEO_RULES: ClassificationRule[] = [
  {
    id: 'geo/resource-timestamps',
    actionClass: ActionClass.METADATA,
    actions: ['geo:List*'],
    reason: 'Amazon Location listings return resource names, ARNs, data sources and the times they were created and updated.',
    metadataFields: {
      CreateTime: 'the ISO 8601 time the resource was created (the model marks the timestamp type sensitive), a date',
      UpdateTime: 'the ISO 8601 time the resource was last updated (the model marks the timestamp type sensitive), a date',
    },
  },
];
