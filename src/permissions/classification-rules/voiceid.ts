import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `voiceid`. */
export const VOICEID_RULES: ClassificationRule[] = [
  {
    id: 'voiceid/describe-domain',
    actionClass: ActionClass.METADATA,
    actions: ['voiceid:DescribeDomain'],
    reason: 'Returns a Voice ID domain: name, description, KMS key, status and watchlist settings; no speakers or voice prints.',
    metadataFields: {
      Name: 'the name the administrator gave the domain',
      Description: 'the description the administrator wrote for the domain',
    },
  },
];
