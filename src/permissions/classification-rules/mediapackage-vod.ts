import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `mediapackage-vod`. */
export const MEDIAPACKAGE_VOD_RULES: ClassificationRule[] = [
  {
    id: 'mediapackage-vod/packaging-group-authorization',
    actionClass: ActionClass.METADATA,
    actions: ['mediapackage-vod:DescribePackagingGroup', 'mediapackage-vod:ListPackagingGroups'],
    reason: 'Packaging groups name the Secrets Manager secret used for CDN authorization by its ARN, with the role that reads it.',
    metadataFields: {
      CdnIdentifierSecret: 'the ARN of the Secrets Manager secret used for CDN authorization, not its value',
    },
  },
];
