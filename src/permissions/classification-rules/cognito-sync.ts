import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cognito-sync`. */
export const COGNITO_SYNC_RULES: ClassificationRule[] = [
  {
    id: 'cognito-sync/list-records',
    actionClass: ActionClass.CONTENT,
    actions: ['cognito-sync:ListRecords'],
    reason: 'Returns the synced dataset records (key/value data stored for end users).',
    metadataFields: {
      SyncSessionToken: 'a sync session token (session ID, identity ID, expiration) that a later UpdateRecords call of the same identity passes back to detect conflicts; it grants no access without that permission',
    },
  },
];
