import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `schemas`. */
export const SCHEMAS_RULES: ClassificationRule[] = [
  {
    id: 'schemas/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['schemas:GetResourcePolicy'],
    reason: 'Fallback, not a finding: schemas reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
