import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kafka-cluster`. */
export const KAFKA_CLUSTER_RULES: ClassificationRule[] = [
  {
    id: 'kafka-cluster/read-data',
    actionClass: ActionClass.CONTENT,
    actions: ['kafka-cluster:ReadData'],
    reason: 'With IAM access control on an MSK cluster, this lets a client consume the messages in its topics.',
  },
  {
    id: 'kafka-cluster/describe-cluster-metadata',
    actionClass: ActionClass.METADATA,
    actions: [
      'kafka-cluster:DescribeCluster',
      'kafka-cluster:DescribeClusterDynamicConfiguration',
      'kafka-cluster:DescribeGroup',
      'kafka-cluster:DescribeTopic',
      'kafka-cluster:DescribeTopicDynamicConfiguration',
      'kafka-cluster:DescribeTransactionalId',
    ],
    reason: 'Apache Kafka protocol permissions with no AWS API model; the Service Authorization Reference maps them to Kafka\'s DESCRIBE and DESCRIBE_CONFIGS ACLs on the cluster, topics, consumer groups and transactional IDs: brokers, partitions, replicas, group members and offsets, and configuration entries, whose sensitive entries (passwords, JAAS settings) Kafka returns without their values. Never records: reading them is kafka-cluster:ReadData.',
  },
];
