import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cloudtrail`. */
export const CLOUDTRAIL_RULES: ClassificationRule[] = [
  {
    id: 'cloudtrail/lookup-events',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['cloudtrail:LookupEvents'],
    reason: 'Returns management events with their request parameters, which carry whatever values callers passed to AWS APIs.',
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
