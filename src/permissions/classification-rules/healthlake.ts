import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `healthlake`. */
export const HEALTHLAKE_RULES: ClassificationRule[] = [
  {
    id: 'healthlake/read-resource',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: [
      'healthlake:ReadResource',
      'healthlake:VersionReadResource',
      'healthlake:GetHistoryByResourceId',
      'healthlake:SearchWithGet',
      'healthlake:SearchWithPost',
      'healthlake:SearchEverything',
      'healthlake:GetExportedFile',
    ],
    reason: 'These return FHIR resources, i.e. patients\' protected health information.',
  },
];
