import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `transcribe`. */
export const TRANSCRIBE_RULES: ClassificationRule[] = [
  {
    id: 'transcribe/get-transcription-job',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['transcribe:GetTranscriptionJob'],
    reason: 'When the transcript is kept in the service-managed bucket, the response includes a presigned URL to the transcript text.',
  },
  {
    id: 'transcribe/get-medical-vocabulary',
    actionClass: ActionClass.CONTENT,
    actions: ['transcribe:GetMedicalVocabulary'],
    reason: 'Returns DownloadUri, a presigned URL to download the medical vocabulary file.',
  },
  {
    id: 'transcribe/get-vocabulary',
    actionClass: ActionClass.CONTENT,
    actions: ['transcribe:GetVocabulary'],
    reason: 'Returns DownloadUri, a presigned URL to download the custom vocabulary file.',
  },
  {
    id: 'transcribe/get-vocabulary-filter',
    actionClass: ActionClass.CONTENT,
    actions: ['transcribe:GetVocabularyFilter'],
    reason: 'Returns DownloadUri, a presigned URL to download the vocabulary filter word list.',
  },
  {
    id: 'transcribe/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['transcribe:GetCallAnalyticsCategory'],
    reason: 'Fallback, not a finding: transcribe reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
