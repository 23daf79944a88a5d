import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `directconnect`. */
export const DIRECTCONNECT_RULES: ClassificationRule[] = [
  {
    id: 'directconnect/describe-router-configuration',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['directconnect:DescribeRouterConfiguration'],
    reason: 'Returns generated customer router configuration including the BGP authentication key.',
  },
  {
    id: 'directconnect/describe-virtual-interfaces',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['directconnect:DescribeVirtualInterfaces'],
    reason: 'Virtual interfaces and BGP peers include authKey (BGP MD5 authentication key).',
    fields: {
      authKey: 'the BGP MD5 authentication key of the virtual interface or BGP peer (API reference)',
    },
  },
  {
    id: 'directconnect/describe-connection-loa',
    actionClass: ActionClass.CONTENT,
    actions: ['directconnect:DescribeConnectionLoa'],
    reason: 'Returns the LOA-CFA document file (PDF bytes).',
  },
  {
    id: 'directconnect/describe-interconnect-loa',
    actionClass: ActionClass.CONTENT,
    actions: ['directconnect:DescribeInterconnectLoa'],
    reason: 'Returns the LOA-CFA document file (PDF bytes).',
  },
  {
    id: 'directconnect/describe-loa',
    actionClass: ActionClass.CONTENT,
    actions: ['directconnect:DescribeLoa'],
    reason: 'Returns the LOA-CFA document file (PDF bytes).',
  },
];
