import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kinesisvideo`. */
export const KINESISVIDEO_RULES: ClassificationRule[] = [
  {
    id: 'kinesisvideo/get-media',
    actionClass: ActionClass.CONTENT,
    actions: [
      'kinesisvideo:GetMedia',
      'kinesisvideo:GetMediaForFragmentList',
      'kinesisvideo:GetClip',
      'kinesisvideo:GetImages',
      'kinesisvideo:GetHLSStreamingSessionURL',
      'kinesisvideo:GetDASHStreamingSessionURL',
      'kinesisvideo:ConnectAsViewer',
    ],
    reason: 'These return recorded or live video and audio, still images, or playback URLs for a Kinesis video stream or WebRTC channel.',
    fields: {
      Payload: 'the media itself: chunks of the stream\'s fragments, or an MP4 clip (API reference)',
    },
  },
  {
    id: 'kinesisvideo/describe-edge-and-notification',
    actionClass: ActionClass.METADATA,
    actions: ['kinesisvideo:DescribeEdgeConfiguration', 'kinesisvideo:DescribeNotificationConfiguration'],
    reason: 'Return a stream\'s edge agent configuration (recorder and uploader schedules, the camera\'s secret ARN) and its image notification configuration (status and destination URI).',
    metadataFields: {
      MediaUriSecretArn: 'the ARN of the Secrets Manager secret that holds the camera\'s user name and password (API reference), not its value',
      Uri: 'the URI that identifies where generated images are delivered (API reference), a destination address, not signed',
    },
  },
];
