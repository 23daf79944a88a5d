import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `pcs`. */
export const PCS_RULES: ClassificationRule[] = [
  {
    id: 'pcs/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['pcs:GetCluster', 'pcs:GetComputeNodeGroup', 'pcs:GetQueue'],
    reason: 'Fallback, not a finding: pcs reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
