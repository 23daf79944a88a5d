import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `fsx`. */
export const FSX_RULES: ClassificationRule[] = [
  {
    id: 'fsx/file-system-descriptions',
    actionClass: ActionClass.METADATA,
    actions: ['fsx:DescribeBackups', 'fsx:DescribeFileSystems', 'fsx:DescribeSnapshots', 'fsx:DescribeStorageVirtualMachines', 'fsx:DescribeVolumes'],
    reason: 'Returns FSx file systems, backups, snapshots, storage virtual machines and volumes: their types, capacity, network, Active Directory and encryption settings; the fsxadmin password is redacted and the domain-join credentials are named by secret ARN.',
    metadataFields: {
      FsxAdminPassword: 'always redacted in the response (API reference: "The password value is always redacted in the response")',
      DomainJoinServiceAccountSecret: 'the ARN of the Secrets Manager secret holding the domain-join service account credentials (API reference), not the credentials',
    },
  },
  {
    id: 'fsx/describe-associated-file-gateways',
    actionClass: ActionClass.METADATA,
    actions: ['fsx:DescribeAssociatedFileGateways'],
    reason: 'Permission-only action (Service Authorization Reference: no API operation of its own) that the console checks to show the Amazon FSx File Gateways associated with a file system: gateway identifiers, no file data.',
  },
];
