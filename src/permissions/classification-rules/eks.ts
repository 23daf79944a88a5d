import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `eks`. */
export const EKS_RULES: ClassificationRule[] = [
  {
    id: 'eks/eks-anywhere-subscriptions',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['eks:DescribeEksAnywhereSubscription', 'eks:ListEksAnywhereSubscriptions'],
    reason: 'EKS Anywhere subscriptions carry their licenses with each license token, which proves the subscription\'s entitlement to extended support for an EKS Anywhere cluster, beside term, quantity, status and dates.',
    fields: {
      token: 'a license token used for extended support verification (API reference)',
    },
  },
];
