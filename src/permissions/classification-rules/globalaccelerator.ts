import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `globalaccelerator`. */
export const GLOBALACCELERATOR_RULES: ClassificationRule[] = [
  {
    id: 'globalaccelerator/endpoint-descriptions',
    actionClass: ActionClass.METADATA,
    actions: ['globalaccelerator:Describe*', 'globalaccelerator:List*'],
    reason: 'Endpoint groups list their endpoints and destination port ranges; "description" here is the API\'s word for an endpoint\'s settings, not code.',
    metadataFields: {
      EndpointDescriptions: 'each endpoint\'s ID (an ARN, instance ID or IP address), weight, health state and reason, and whether client IP preservation is on',
      DestinationDescriptions: 'the port ranges and protocols that the VPC subnet endpoints of a custom routing accelerator accept traffic on',
    },
  },
];
