import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `entityresolution`. */
export const ENTITYRESOLUTION_RULES: ClassificationRule[] = [
  {
    id: 'entityresolution/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['entityresolution:GetIdNamespace'],
    reason: 'Fallback, not a finding: entityresolution reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
