import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `backup`. */
export const BACKUP_RULES: ClassificationRule[] = [
  {
    id: 'backup/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'backup:GetBackupVaultAccessPolicy',
      'backup:GetBackupVaultNotifications',
      'backup:GetSupportedResourceTypes',
    ],
    reason: 'Fallback, not a finding: backup reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'backup/get-backup-selection',
    actionClass: ActionClass.METADATA,
    actions: ['backup:GetBackupSelection'],
    reason: 'Returns a backup plan\'s resource assignment: its name, IAM role ARN, the resource ARNs it includes and excludes, and the tag conditions that select resources.',
  },
  {
    id: 'backup/list-tags',
    actionClass: ActionClass.METADATA,
    actions: ['backup:ListTags'],
    reason: 'Returns the tags assigned to a backup vault, plan or recovery point.',
    metadataFields: {
      Tags: 'the tag keys and values the customer attached to the backup resource, labels the cost and inventory tools group by',
    },
  },
];
