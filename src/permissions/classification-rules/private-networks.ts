import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `private-networks`. */
export const PRIVATE_NETWORKS_RULES: ClassificationRule[] = [
  {
    id: 'private-networks/list-networks',
    actionClass: ActionClass.METADATA,
    actions: ['private-networks:ListNetworks'],
    reason: 'Lists AWS Private 5G networks: ARN, name, description, status and creation time (API reference: Network); no device or subscriber data.',
  },
];
