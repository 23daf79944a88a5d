import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `autoscaling-plans`. */
export const AUTOSCALING_PLANS_RULES: ClassificationRule[] = [
  {
    id: 'autoscaling-plans/describe-scaling-plans',
    actionClass: ActionClass.METADATA,
    actions: ['autoscaling-plans:DescribeScalingPlans'],
    reason: 'Returns scaling plans: the application source, status and, for each resource, its scaling settings.',
    metadataFields: {
      ScalingInstructions: 'how each resource scales: service namespace, resource ID, scalable dimension, minimum and maximum capacity, target tracking and predictive scaling settings; numbers and metric names, not a prompt despite the name',
    },
  },
];
