import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `schemas`. */
export const SCHEMAS_RULES: ClassificationRule[] = [
  {
    id: 'schemas/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['schemas:GetResourcePolicy'],
    reason: 'Fallback, not a finding: schemas reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'schemas/describe-schema',
    actionClass: ActionClass.METADATA,
    actions: ['schemas:DescribeSchema'],
    reason: 'Returns an EventBridge schema: its OpenAPI or JSON Schema document describing the structure of an event, with version, type and tags.',
    metadataFields: {
      Content: 'the OpenAPI 3 or JSON Schema document of the event\'s structure (field names and types), discovered from events or written by the customer; no event data',
    },
  },
];
