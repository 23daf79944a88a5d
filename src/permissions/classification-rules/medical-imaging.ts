import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `medical-imaging`. */
export const MEDICAL_IMAGING_RULES: ClassificationRule[] = [
  {
    id: 'medical-imaging/get-image-frame',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: [
      'medical-imaging:GetImageFrame',
      'medical-imaging:GetImageSetMetadata',
      'medical-imaging:GetDICOMInstance',
      'medical-imaging:GetDICOMInstanceFrames',
      'medical-imaging:GetDICOMInstanceMetadata',
      'medical-imaging:GetDICOMSeriesMetadata',
      'medical-imaging:GetDICOMBulkdata',
    ],
    reason: 'These return medical images and their DICOM headers, which identify the patient.',
  },
];
