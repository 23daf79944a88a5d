import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `rekognition`. */
export const REKOGNITION_RULES: ClassificationRule[] = [
  {
    id: 'rekognition/list-dataset-entries',
    actionClass: ActionClass.CONTENT,
    actions: ['rekognition:ListDatasetEntries'],
    reason: 'Returns dataset entries: JSON Lines image references with customer labels/bounding boxes (dataset contents).',
  },
  {
    id: 'rekognition/list-faces',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['rekognition:ListFaces'],
    reason: 'Returns indexed faces of people: FaceId, bounding box, ExternalImageId, UserId (biometric face records).',
  },
  {
    id: 'rekognition/list-users',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['rekognition:ListUsers'],
    reason: 'Returns Rekognition face-collection UserIds, which identify real people whose faces are indexed.',
  },
  {
    id: 'rekognition/custom-labels-projects',
    actionClass: ActionClass.METADATA,
    actions: ['rekognition:DescribeProjects', 'rekognition:DescribeProjectVersions', 'rekognition:ListDatasetLabels'],
    reason: 'These return Custom Labels projects, their model versions (status, training and testing data locations, evaluation results summary, KMS key) and the label names of a dataset; never images.',
    metadataFields: {
      ProjectDescriptions: 'each project\'s ARN, creation time, status, feature and datasets; flagged for the "script" in "Descriptions", not code',
      ProjectVersionDescriptions: 'each model version\'s ARN, status, training and testing dataset locations, evaluation summary and KMS key ID; flagged for the "script" in "Descriptions", not code',
      DatasetLabelDescriptions: 'the label names of the dataset with their image counts; flagged for the "script" in "Descriptions", not code',
    },
  },
];
