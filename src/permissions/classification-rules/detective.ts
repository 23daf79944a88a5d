import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `detective`. */
export const DETECTIVE_RULES: ClassificationRule[] = [
  {
    id: 'detective/get-graph-ingest-state',
    actionClass: ActionClass.METADATA,
    actions: ['detective:GetGraphIngestState'],
    reason: 'A console-only permission with no API operation in any model; per the Service Authorization Reference it returns the data ingestion state of a behavior graph (started or stopped), not the graph\'s data.',
  },
  {
    id: 'detective/member-account-emails',
    actionClass: ActionClass.METADATA,
    actions: ['detective:ListMembers'],
    reason: 'Returns the member accounts of a behavior graph: account IDs, graph ARN, administrator, status, invitation and update times and data volume, with each member account\'s root e-mail address.',
    metadataFields: {
      EmailAddress: 'the member account\'s root user e-mail address, which names the account the administrator invited (the same value organizations:ListAccounts returns for the organization\'s own accounts)',
    },
  },
];
