import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `dms`. */
export const DMS_RULES: ClassificationRule[] = [
  {
    id: 'dms/describe-certificates',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['dms:DescribeCertificates'],
    reason: 'Returns CertificateWallet, an imported Oracle wallet blob (keystore that may contain private keys).',
  },
  {
    id: 'dms/describe-replication-task-assessment-results',
    actionClass: ActionClass.CONTENT,
    actions: ['dms:DescribeReplicationTaskAssessmentResults'],
    reason: 'Returns assessment results JSON and S3ObjectUrl, a presigned URL to the results object.',
  },
  {
    id: 'dms/describe-metadata-model',
    actionClass: ActionClass.CODE,
    actions: ['dms:DescribeMetadataModel'],
    reason: 'Returns the metadata model definition: source DDL/procedural code and converted target code.',
  },
  {
    id: 'dms/describe-endpoints',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['dms:DescribeEndpoints'],
    reason: 'Endpoint definitions (usernames, extra connection attributes, engine settings) with passwords masked.',
  },
];
