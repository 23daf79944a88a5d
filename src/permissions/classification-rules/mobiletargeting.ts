import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `mobiletargeting`. */
export const MOBILETARGETING_RULES: ClassificationRule[] = [
  {
    id: 'mobiletargeting/get-campaigns',
    actionClass: ActionClass.CONTENT,
    actions: ['mobiletargeting:GetCampaigns'],
    reason: 'Campaigns include MessageConfiguration with message bodies, titles, email/SMS/push text sent to end users.',
  },
  {
    id: 'mobiletargeting/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'mobiletargeting:GetApplicationSettings',
      'mobiletargeting:GetImportJobs',
      'mobiletargeting:GetSegments',
    ],
    reason: 'Fallback, not a finding: mobiletargeting reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
