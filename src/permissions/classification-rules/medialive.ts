import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `medialive`. */
export const MEDIALIVE_RULES: ClassificationRule[] = [
  {
    id: 'medialive/channel-destinations',
    actionClass: ActionClass.METADATA,
    actions: ['medialive:ListChannels'],
    reason: 'Channel summaries include each output destination: its URL, user name and the name of the SSM parameter that holds its password, not the password.',
    metadataFields: {
      PasswordParam: 'the name of the SSM Parameter Store parameter that holds the destination\'s password, not the password',
      Url: 'the URL of the output destination (an RTMP, HLS or SRT ingest endpoint); its password is referenced by PasswordParam',
    },
  },
];
