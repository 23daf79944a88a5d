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
  {
    id: 'mediaconnect/flow-encryption-and-status',
    actionClass: ActionClass.METADATA,
    actions: ['mediaconnect:Describe*'],
    reason: 'Flows describe their SPEKE encryption by the key server\'s address, and report the service\'s status and error messages.',
    metadataFields: {
      Url: 'the address of the API Gateway proxy to the customer\'s SPEKE key server, an endpoint, not a signed URL',
      Messages: 'status codes and error messages MediaConnect reports about the flow or its source metadata',
    },
  },
];
