import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `finspace`. */
export const FINSPACE_RULES: ClassificationRule[] = [
  {
    id: 'finspace/environment-lists',
    actionClass: ActionClass.METADATA,
    actions: ['finspace:ListEnvironments', 'finspace:ListKxEnvironments'],
    reason: 'Return FinSpace and kdb environments (the name "environments" is the resource, not environment variables): names, IDs, status, sign-in URLs, KMS key IDs, network and SAML federation settings.',
    metadataFields: {
      environments: 'the list of FinSpace or kdb environment resources: name, ID, ARN, status, web application URL, KMS key ID, transit gateway and DNS settings and the identity provider\'s public SAML metadata; no variables or credentials',
    },
  },
];
