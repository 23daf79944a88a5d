import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `grafana`. */
export const GRAFANA_RULES: ClassificationRule[] = [
  {
    id: 'grafana/list-workspaces',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['grafana:ListWorkspaces'],
    reason: 'Each workspace summary includes grafanaToken, the token that ties the workspace to a Grafana Labs account.',
    fields: {
      grafanaToken: 'the token that links the workspace to a Grafana Labs account (for Grafana Enterprise plugins), a credential of that account',
    },
    metadataFields: {
      name: 'the name the administrator gave the workspace',
      description: 'the description the administrator wrote for the workspace',
    },
  },
];
