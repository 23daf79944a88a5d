import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `mobiletargeting`. */
export const MOBILETARGETING_RULES: ClassificationRule[] = [
  {
    id: 'mobiletargeting/get-campaigns',
    actionClass: ActionClass.CONTENT,
    actions: ['mobiletargeting:GetCampaigns'],
    reason: 'Campaigns include MessageConfiguration with message bodies, titles, email/SMS/push text sent to end users.',
    fields: {
      Body: 'the body of the push notification, e-mail, in-app or SMS message sent to end users',
      Content: 'the in-app message content (header, body, buttons) shown to end users',
      Url: 'the URL a push notification opens when the recipient taps it, part of the message',
    },
  },
  {
    id: 'mobiletargeting/import-settings',
    actionClass: ActionClass.METADATA,
    actions: ['mobiletargeting:GetImportJobs', 'mobiletargeting:GetSegments'],
    reason: 'Import jobs and segments: the settings of the job that imported endpoint definitions (format, S3 URL, role ARN, segment name, counts), not the imported endpoints.',
    metadataFields: {
      Definition: 'the import job\'s settings (format, S3 location, role ARN, segment ID and name; model ImportJobResource), not the endpoint definitions',
      ImportDefinition: 'the settings of the import job that created the segment (format, S3 location, role ARN, channel counts, size; model SegmentImportResource)',
    },
  },
  {
    id: 'mobiletargeting/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'mobiletargeting:GetApplicationSettings',
    ],
    reason: 'Fallback, not a finding: mobiletargeting reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
