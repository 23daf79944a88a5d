import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `lookoutmetrics`. */
export const LOOKOUTMETRICS_RULES: ClassificationRule[] = [
  {
    id: 'lookoutmetrics/list-anomaly-detectors',
    actionClass: ActionClass.METADATA,
    actions: ['lookoutmetrics:ListAnomalyDetectors'],
    reason: 'Lookout for Metrics, discontinued, has no model in the pinned botocore; its API reference (ListAnomalyDetectors) returned detector summaries: ARN, name, description, status, creation and modification times and tags; no metric data.',
  },
];
