import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `mediaconnect`. */
export const MEDIACONNECT_RULES: ClassificationRule[] = [
  {
    id: 'mediaconnect/describe-flow-source-thumbnail',
    actionClass: ActionClass.CONTENT,
    actions: ['mediaconnect:DescribeFlowSourceThumbnail'],
    reason: 'Returns a thumbnail image frame of the live source video (media content).',
  },
];
