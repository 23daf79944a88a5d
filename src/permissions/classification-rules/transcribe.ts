import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `transcribe`. */
export const TRANSCRIBE_RULES: ClassificationRule[] = [
  {
    id: 'transcribe/get-transcription-job',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['transcribe:GetTranscriptionJob'],
    reason: 'When the transcript is kept in the service-managed bucket, the response includes a presigned URL to the transcript text.',
    fields: {
      Transcript: 'TranscriptFileUri and RedactedTranscriptFileUri: where the transcript of what the speakers said is stored, a presigned URL when the service-managed bucket holds it (API reference)',
      RedactedMediaFileUri: 'where the media with personal data redacted is stored, returned with the transcript (API reference)',
    },
    metadataFields: {
      MediaFileUri: 'the S3 URI of the input media file the customer gave the job (API reference), a location, not a signed URL',
    },
  },
  {
    id: 'transcribe/get-medical-vocabulary',
    actionClass: ActionClass.CONTENT,
    actions: ['transcribe:GetMedicalVocabulary'],
    reason: 'Returns DownloadUri, a presigned URL to download the medical vocabulary file.',
    fields: {
      DownloadUri: 'a presigned URL that downloads the file of words the customer uploaded (API reference: use this URI to view or download)',
    },
  },
  {
    id: 'transcribe/get-vocabulary',
    actionClass: ActionClass.CONTENT,
    actions: ['transcribe:GetVocabulary'],
    reason: 'Returns DownloadUri, a presigned URL to download the custom vocabulary file.',
    fields: {
      DownloadUri: 'a presigned URL that downloads the file of words the customer uploaded (API reference: use this URI to view or download)',
    },
  },
  {
    id: 'transcribe/get-vocabulary-filter',
    actionClass: ActionClass.CONTENT,
    actions: ['transcribe:GetVocabularyFilter'],
    reason: 'Returns DownloadUri, a presigned URL to download the vocabulary filter word list.',
    fields: {
      DownloadUri: 'a presigned URL that downloads the file of words the customer uploaded (API reference: use this URI to view or download)',
    },
  },
  {
    id: 'transcribe/call-analytics-categories',
    actionClass: ActionClass.METADATA,
    actions: ['transcribe:GetCallAnalyticsCategory', 'transcribe:ListCallAnalyticsCategories'],
    reason: 'Returns Call Analytics categories: their names and the rules that flag calls (interruptions, silences, sentiment, words to look for).',
  },
];
