import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `dax`. */
export const DAX_RULES: ClassificationRule[] = [
  {
    id: 'dax/get-item',
    actionClass: ActionClass.CONTENT,
    actions: ['dax:GetItem', 'dax:BatchGetItem', 'dax:Query', 'dax:Scan'],
    reason: 'DynamoDB Accelerator serves the same table items as DynamoDB, from its cache.',
  },
  {
    id: 'dax/cluster-settings',
    actionClass: ActionClass.METADATA,
    actions: ['dax:DescribeClusters', 'dax:DescribeParameters', 'dax:DescribeDefaultParameters'],
    reason: 'These return DAX clusters (node types, endpoints, encryption, subnet and parameter groups) and parameter group settings; no items.',
    metadataFields: {
      URL: 'the address applications connect to (dax:// or daxs:// with the cluster or node endpoint and port): an endpoint, not a signed URL',
      Parameters: 'the parameter group\'s parameters (query-ttl-millis, record-ttl-millis), each with its value, type and description: cache settings, not environment variables',
    },
  },
];
