import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `storagegateway`. */
export const STORAGEGATEWAY_RULES: ClassificationRule[] = [
  {
    id: 'storagegateway/describe-smb-file-shares',
    actionClass: ActionClass.METADATA,
    actions: ['storagegateway:DescribeSMBFileShares'],
    reason: 'Returns SMB file share settings: ARN, gateway, S3 location, IAM role, KMS key, authentication method, access-based enumeration and case sensitivity, and the Active Directory user and group names allowed or denied access (directory account names, no passwords).',
  },
  {
    id: 'storagegateway/describe-gateway-information',
    actionClass: ActionClass.METADATA,
    actions: ['storagegateway:DescribeGatewayInformation'],
    reason: 'Returns a gateway\'s id, name, ARN, state, type, time zone, software version, host environment, endpoint type, EC2 instance id and network interfaces.',
    metadataFields: {
      'GatewayNetworkInterfaces[]': 'the IPv4 and IPv6 addresses and MAC address of each gateway network interface (API reference: NetworkInterface; the model marks them sensitive)',
    },
  },
];
