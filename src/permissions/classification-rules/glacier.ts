import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `glacier`. */
export const GLACIER_RULES: ClassificationRule[] = [
  {
    id: 'glacier/get-job-output',
    actionClass: ActionClass.CONTENT,
    actions: ['glacier:GetJobOutput'],
    reason: 'This downloads the output of a retrieval job, which is the archived data itself.',
  },
  {
    id: 'glacier/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['glacier:GetDataRetrievalPolicy', 'glacier:GetVaultAccessPolicy', 'glacier:GetVaultLock'],
    reason: 'Fallback, not a finding: glacier reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
