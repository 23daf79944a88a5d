import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `workspaces`. */
export const WORKSPACES_RULES: ClassificationRule[] = [
  {
    id: 'workspaces/describe-client-branding',
    actionClass: ActionClass.CONTENT,
    actions: ['workspaces:DescribeClientBranding'],
    reason: 'Returns logo image download URLs and login messages/support email of client branding (media).',
    metadataFields: {
      ForgotPasswordLink: 'the web address users go to when they forget their WorkSpace password (API reference), a link, not a password',
      SupportEmail: 'the company\'s customer support address shown in the client (API reference; default workspaces-feedback@amazon.com), not a person\'s',
    },
  },
  {
    id: 'workspaces/describe-resources',
    actionClass: ActionClass.METADATA,
    actions: ['workspaces:DescribeConnectClientAddIns', 'workspaces:DescribeWorkspaceDirectories', 'workspaces:DescribeWorkspaces'],
    reason: 'Return WorkSpaces, their directories and Amazon Connect client add-ins: IDs, bundles, states, network and SAML settings, the add-ins\' endpoint URLs and the ARNs of volume encryption keys.',
    metadataFields: {
      URL: 'the endpoint URL of an Amazon Connect client add-in (API reference), an address, not signed',
      UserAccessUrl: 'the SAML 2.0 identity provider\'s user access URL users browse to in order to federate (API reference), an address, not signed',
      VolumeEncryptionKey: 'the ARN of the symmetric KMS key that encrypts the WorkSpace\'s volumes (API reference), not key material',
    },
  },
  {
    id: 'workspaces/describe-consent',
    actionClass: ActionClass.METADATA,
    actions: ['workspaces:DescribeConsent'],
    reason: 'Console-only action (Service Authorization Reference: "retrieve information about consent agreement to BYOL minimum requirements"): whether the account agreed to the bring-your-own-license requirements.',
  },
];
