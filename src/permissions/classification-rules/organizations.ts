import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `organizations`. */
export const ORGANIZATIONS_RULES: ClassificationRule[] = [
  {
    id: 'organizations/account-names-and-root-emails',
    actionClass: ActionClass.METADATA,
    actions: [
      'organizations:DescribeAccount',
      'organizations:ListAccounts',
      'organizations:ListAccountsForParent',
      'organizations:ListAccountsWithInvalidEffectivePolicy',
      'organizations:ListDelegatedAdministrators',
      'organizations:DescribeOrganization',
      'organizations:DescribeCreateAccountStatus',
      'organizations:ListCreateAccountStatus',
    ],
    reason: 'These return the organization\'s accounts with their IDs, names, root e-mail addresses, status and how they joined: the account directory a cost tool needs to name the accounts whose costs it reports, which comes with the root e-mail in every one of these responses. The account service\'s reads whose only purpose is an address (account:GetPrimaryEmail, the alternate and primary contacts) stay personal data.',
    metadataFields: {
      Email: 'the account\'s own root e-mail: the sign-in address of the account\'s root user, which the organization set when it created or invited the account (CreateAccount Email); it identifies the account, and a cost tool needs it with the name to name and tell accounts apart',
      Name: 'the account\'s friendly name, set by the organization when it created or invited the account; a cost tool needs it to name accounts',
      AccountName: 'the name given to the account when the organization created it',
      MasterAccountEmail: 'the management account\'s own root e-mail: the sign-in address of its root user, which identifies the account that pays for the organization',
    },
  },
  {
    id: 'organizations/handshakes-and-transfers',
    actionClass: ActionClass.METADATA,
    actions: [
      'organizations:DescribeHandshake',
      'organizations:ListHandshakesForAccount',
      'organizations:ListHandshakesForOrganization',
      'organizations:DescribeResponsibilityTransfer',
      'organizations:ListInboundResponsibilityTransfers',
      'organizations:ListOutboundResponsibilityTransfers',
    ],
    reason: 'These return invitations between the organization and accounts (handshakes) and transfers of billing responsibility: the parties\' account and organization IDs, their root e-mails and names, state and dates.',
    metadataFields: {
      Id: 'a handshake party: an account ID, an organization ID, or the root e-mail of the invited account (API reference: HandshakeParty Id)',
      Value: 'a handshake resource (API reference: HandshakeResource): an account or organization ID, the invited account\'s or management account\'s root e-mail, the management account\'s name, the feature set, or NOTES, the administrative note the management account attached to the invitation for the invited account',
      Name: 'the name the management account gave the responsibility transfer',
      ManagementAccountEmail: 'the own root e-mail of the source or target organization\'s management account: the sign-in address that identifies the account',
    },
  },
  {
    id: 'organizations/policy-documents',
    actionClass: ActionClass.METADATA,
    actions: ['organizations:DescribePolicy', 'organizations:DescribeResourcePolicy'],
    reason: 'These return the organization\'s policies (service control, resource control, tag, backup, AI-services opt-out and similar) and its resource policy, with their JSON documents: governance configuration that security scanners check.',
    metadataFields: {
      Content: 'the JSON policy document: which actions, resources, tags or settings the policy allows, denies or requires; access configuration like an IAM policy document (iam:GetPolicyVersion), not a program nor a secret',
    },
  },
];
