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
];
