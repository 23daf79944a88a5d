import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kafka`. */
export const KAFKA_RULES: ClassificationRule[] = [
  {
    id: 'kafka/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['kafka:GetBootstrapBrokers', 'kafka:GetCompatibleKafkaVersions'],
    reason: 'Fallback, not a finding: kafka reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
