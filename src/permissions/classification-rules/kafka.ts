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
  {
    id: 'kafka/secret-arns',
    actionClass: ActionClass.METADATA,
    actions: ['kafka:DescribeReplicator', 'kafka:ListScramSecrets'],
    reason: 'Replicator and SCRAM reads name the Secrets Manager secrets that hold client credentials by ARN, never their values.',
    metadataFields: {
      ClientCredentials: 'TokenRequestSecretArn: the ARN of the Secrets Manager secret holding the OAuth client credentials (API reference), not the credentials',
      SecretArnList: 'the ARNs of the Secrets Manager secrets associated with the cluster for SASL/SCRAM (API reference), not their values',
    },
  },
];
