import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `datasync`. */
export const DATASYNC_RULES: ClassificationRule[] = [
  {
    id: 'datasync/location-secret-references',
    actionClass: ActionClass.METADATA,
    actions: ['datasync:DescribeLocation*'],
    reason: 'DescribeLocation* responses name where a location\'s credentials are kept (Secrets Manager secret and KMS key ARNs) and the user or access key ID that signs in; DataSync does not return passwords, secret keys, tokens or keytabs.',
    metadataFields: {
      Password: 'never returned: the API reference notes that DescribeLocationFsxOntap does not actually return the SMB Password, and the FSx for OpenZFS location shares the same FsxProtocol shape',
      AccessKey: 'the access key ID or user name that signs in to the object storage server; the matching SecretKey is a request-only parameter of CreateLocationObjectStorage and UpdateLocationObjectStorage',
    },
  },
  {
    id: 'datasync/discovery-reads',
    actionClass: ActionClass.METADATA,
    actions: [
      'datasync:DescribeDiscoveryJob',
      'datasync:DescribeStorageSystem',
      'datasync:DescribeStorageSystemResourceMetrics',
      'datasync:DescribeStorageSystemResources',
      'datasync:ListDiscoveryJobs',
      'datasync:ListStorageSystems',
    ],
    reason: 'DataSync Discovery reads (the feature is discontinued and its operations are gone from the current models): per the API reference they return discovery job status and dates, the on-premises storage system\'s name, server address, agent ARNs and the ARN of the Secrets Manager secret holding its credentials, and capacity, IOPS, throughput and latency of its volumes and shares; no credentials or file contents.',
  },
];
