import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `pcs`. */
export const PCS_RULES: ClassificationRule[] = [
  {
    id: 'pcs/get-cluster',
    actionClass: ActionClass.METADATA,
    actions: ['pcs:GetCluster'],
    reason: 'Returns the cluster\'s scheduler, networking, endpoints and status; the Slurm cluster secret appears only as the ARN and version of its Secrets Manager secret.',
    metadataFields: {
      authKey: 'a SlurmAuthKey structure of secretArn and secretVersion: where the shared Slurm key is stored in Secrets Manager, not the key',
    },
  },
  {
    id: 'pcs/node-lifecycle-script-arguments',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['pcs:GetComputeNodeGroup'],
    reason: 'Returns the compute node group, including the command-line arguments its node lifecycle (bootstrap) scripts run with, free text the customer writes like user data.',
    fields: {
      arguments: 'the command-line arguments (up to 20 of 256 characters) passed to the node bootstrap and ready scripts, which customers use to pass settings and tokens to the script',
    },
  },
  {
    id: 'pcs/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['pcs:GetQueue'],
    reason: 'Fallback, not a finding: pcs reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
