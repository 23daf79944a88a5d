import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `application-autoscaling`. */
export const APPLICATION_AUTOSCALING_RULES: ClassificationRule[] = [
  {
    id: 'application-autoscaling/metric-data-queries',
    actionClass: ActionClass.METADATA,
    actions: ['application-autoscaling:Describe*'],
    reason: 'Predictive scaling policies select their CloudWatch metrics with metric data queries: metric names, dimensions, statistics and metric math expressions, which are scaling configuration, not data or SQL.',
    metadataFields: {
      MetricDataQueries: 'CloudWatch metric data queries (an id, a MetricStat naming namespace, metric, dimensions and statistic, or a metric math Expression over them) that feed a predictive scaling policy; they select metrics and hold no data values',
    },
  },
];
