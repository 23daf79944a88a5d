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
  },
];
