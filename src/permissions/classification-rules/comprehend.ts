import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `comprehend`. */
export const COMPREHEND_RULES: ClassificationRule[] = [
  {
    id: 'comprehend/model-training-metrics',
    actionClass: ActionClass.METADATA,
    actions: ['comprehend:Describe*', 'comprehend:List*'],
    reason: 'Custom classifier and entity recognizer properties carry training statistics that the model marks sensitive: counts of training and test documents, the entity type names and accuracy scores, not the documents.',
    metadataFields: {
      ClassifierMetadata: 'the number of labels, of training and of test documents, and the evaluation metrics (accuracy, precision, recall, F1) of a custom classifier; no document text',
      RecognizerMetadata: 'the number of training and test documents, the entity type names and the evaluation metrics (precision, recall, F1) of a custom entity recognizer; no document text',
    },
  },
];
