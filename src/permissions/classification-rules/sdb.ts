import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `sdb`. */
export const SDB_RULES: ClassificationRule[] = [
  {
    id: 'sdb/get-attributes',
    actionClass: ActionClass.CONTENT,
    actions: ['sdb:GetAttributes', 'sdb:Select'],
    reason: 'These return the items and attribute values stored in SimpleDB domains.',
  },
  {
    id: 'sdb/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['sdb:DomainMetadata'],
    reason: 'Fallback, not a finding: sdb reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
