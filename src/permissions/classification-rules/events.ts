import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `events`. */
export const EVENTS_RULES: ClassificationRule[] = [
  {
    id: 'events/describe-connection',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['events:DescribeConnection'],
    reason: 'Connection auth parameters: usernames, header/query/body parameter values returned, secret values masked.',
  },
  {
    id: 'events/list-targets-by-rule',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['events:ListTargetsByRule'],
    reason: 'Targets include constant Input JSON, input transformers and HTTP header/query parameters (API keys often placed there).',
  },
  {
    id: 'events/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['events:TestEventPattern'],
    reason: 'Fallback, not a finding: events reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
