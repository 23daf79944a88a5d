import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `elastictranscoder`. */
export const ELASTICTRANSCODER_RULES: ClassificationRule[] = [
  {
    id: 'elastictranscoder/discontinued-lists',
    actionClass: ActionClass.METADATA,
    actions: [
      'elastictranscoder:ListJobsByPipeline',
      'elastictranscoder:ListJobsByStatus',
      'elastictranscoder:ListPipelines',
      'elastictranscoder:ListPresets',
    ],
    reason: 'Elastic Transcoder was discontinued on 13 November 2025 (end-of-support notice in its API reference). These lists returned pipelines (buckets, role, SNS topics, KMS key ARN), presets (codec settings) and jobs (input and output object keys, preset IDs, status, encryption settings whose data key is encrypted with KMS); no media.',
  },
];
