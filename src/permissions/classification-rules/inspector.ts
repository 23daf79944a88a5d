import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `inspector`. */
export const INSPECTOR_RULES: ClassificationRule[] = [
  {
    id: 'inspector/get-assessment-report',
    actionClass: ActionClass.CONTENT,
    actions: ['inspector:GetAssessmentReport'],
    reason: 'Returns a presigned download URL to the generated assessment report document.',
    fields: {
      url: 'a presigned URL that downloads the generated assessment report',
    },
  },
  {
    id: 'inspector/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['inspector:GetExclusionsPreview', 'inspector:GetTelemetryMetadata', 'inspector:PreviewAgents'],
    reason: 'Fallback, not a finding: inspector reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
