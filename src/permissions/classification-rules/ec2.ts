import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ec2`. */
export const EC2_RULES: ClassificationRule[] = [
  {
    id: 'ec2/get-console-output',
    actionClass: ActionClass.CONTENT,
    actions: ['ec2:GetConsoleOutput', 'ec2:GetConsoleScreenshot'],
    reason: 'These return what an instance prints to its console or shows on screen, which can include application output and secrets echoed at boot.',
  },
  {
    id: 'ec2/get-password-data',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ec2:GetPasswordData'],
    reason: 'This returns the encrypted Windows administrator password of an instance, which the key pair\'s private key decrypts.',
  },
  {
    id: 'ec2/describe-bundle-tasks',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ec2:DescribeBundleTasks'],
    reason: 'Bundle task S3 storage includes UploadPolicy and UploadPolicySignature (signed S3 upload policy).',
  },
  {
    id: 'ec2/describe-ipam-external-resource-verification-tokens',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ec2:DescribeIpamExternalResourceVerificationTokens'],
    reason: 'Returns verification token values used to prove ownership of external IP resources.',
  },
  {
    id: 'ec2/describe-verified-access-trust-providers',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ec2:DescribeVerifiedAccessTrustProviders'],
    reason: 'OIDC options of trust providers include the OIDC ClientSecret.',
  },
  {
    id: 'ec2/describe-vpn-connections',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['ec2:DescribeVpnConnections'],
    reason: 'CustomerGatewayConfiguration and tunnel options include IPsec pre-shared keys.',
  },
  {
    id: 'ec2/describe-conversion-tasks',
    actionClass: ActionClass.CONTENT,
    actions: ['ec2:DescribeConversionTasks'],
    reason: 'Import tasks include ImportManifestUrl, a presigned S3 URL to the import manifest.',
  },
  {
    id: 'ec2/describe-client-vpn-connections',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['ec2:DescribeClientVpnConnections'],
    reason: 'Returns end-user VPN connections: usernames, certificate common names, client IPs, traffic.',
  },
  {
    id: 'ec2/describe-instance-attribute',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ec2:DescribeInstanceAttribute'],
    reason: 'Can return the instance userData attribute (base64 user data).',
  },
  {
    id: 'ec2/describe-launch-template-versions',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ec2:DescribeLaunchTemplateVersions'],
    reason: 'Launch template data includes UserData.',
  },
  {
    id: 'ec2/describe-spot-fleet-requests',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ec2:DescribeSpotFleetRequests'],
    reason: 'Spot Fleet launch specifications include UserData.',
  },
  {
    id: 'ec2/describe-spot-instance-requests',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['ec2:DescribeSpotInstanceRequests'],
    reason: 'Spot request LaunchSpecification includes UserData.',
  },
  {
    id: 'ec2/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'ec2:GetAllowedImagesSettings',
      'ec2:GetEbsDefaultKmsKeyId',
      'ec2:GetEbsEncryptionByDefault',
      'ec2:GetImageBlockPublicAccessState',
      'ec2:GetInstanceMetadataDefaults',
      'ec2:GetManagedPrefixListAssociations',
      'ec2:GetManagedPrefixListEntries',
      'ec2:GetNetworkInsightsAccessScopeAnalysisFindings',
      'ec2:GetNetworkInsightsAccessScopeContent',
      'ec2:GetSerialConsoleAccessStatus',
      'ec2:GetSnapshotBlockPublicAccessState',
      'ec2:GetTransitGatewayAttachmentPropagations',
      'ec2:GetTransitGatewayMulticastDomainAssociations',
      'ec2:GetTransitGatewayPrefixListReferences',
      'ec2:GetTransitGatewayRouteTableAssociations',
      'ec2:GetTransitGatewayRouteTablePropagations',
      'ec2:SearchLocalGatewayRoutes',
      'ec2:SearchTransitGatewayRoutes',
    ],
    reason: 'Fallback, not a finding: ec2 reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
