import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `ebs`. */
export const EBS_RULES: ClassificationRule[] = [
  {
    id: 'ebs/get-snapshot-block',
    actionClass: ActionClass.CONTENT,
    actions: ['ebs:GetSnapshotBlock'],
    reason: 'The EBS direct API returns raw disk blocks of a snapshot, which is the full content of the volume.',
    fields: {
      BlockData: 'the data of one block of the snapshot (API reference), the volume\'s content',
    },
  },
];
