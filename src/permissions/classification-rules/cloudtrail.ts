import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cloudtrail`. */
export const CLOUDTRAIL_RULES: ClassificationRule[] = [
  {
    id: 'cloudtrail/lookup-events',
    actionClass: ActionClass.CONTENT,
    actions: ['cloudtrail:LookupEvents'],
    reason: 'Returns the event history: management-event records, each with Username and the CloudTrailEvent JSON (sourceIPAddress, userAgent, the caller\'s user or session name, often an e-mail address, and the request parameters callers passed). Log events, and people\'s data in them; content, as logs:GetLogEvents is.',
  },
  {
    id: 'cloudtrail/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'cloudtrail:GetEventSelectors',
      'cloudtrail:GetInsightSelectors',
      'cloudtrail:GetTrail',
      'cloudtrail:GetTrailStatus',
    ],
    reason: 'Fallback, not a finding: cloudtrail reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
