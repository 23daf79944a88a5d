import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `workmail`. */
export const WORKMAIL_RULES: ClassificationRule[] = [
  {
    id: 'workmail/describe-entity',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['workmail:DescribeEntity'],
    reason: 'Directory lookup by email returning the WorkMail user/group/resource entity ID and name.',
  },
  {
    id: 'workmail/describe-user',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['workmail:DescribeUser'],
    reason: 'WorkMail user directory entry: name, email, display name, names, job title, phone numbers, etc.',
    fields: {
      Email: 'the user\'s primary e-mail address',
      DisplayName: 'the user\'s display name, a person\'s name',
      FirstName: 'the user\'s first name',
      LastName: 'the user\'s last name',
      Initials: 'the user\'s initials',
      JobTitle: 'the user\'s job title',
      Department: 'the user\'s department',
      Company: 'the user\'s company',
      Office: 'the office where the user works',
      Street: 'the street of the user\'s address',
      City: 'the city of the user\'s address',
      ZipCode: 'the zip code of the user\'s address',
      Country: 'the country of the user\'s address',
      Telephone: 'the user\'s phone number',
    },
  },
  {
    id: 'workmail/describe-group-and-resource',
    actionClass: ActionClass.METADATA,
    actions: ['workmail:DescribeGroup', 'workmail:DescribeResource'],
    reason: 'Return a group (a distribution list) or a bookable resource (a room or equipment): its ID, name, e-mail address, state, type, booking options and dates.',
    metadataFields: {
      Email: 'the e-mail address of the group or of the room or equipment resource, a mailbox of the organization and not of a person',
      Description: 'the description the administrator gave the room or equipment resource',
    },
  },
  {
    id: 'workmail/describe-mail-settings',
    actionClass: ActionClass.METADATA,
    actions: [
      'workmail:DescribeInboundMailFlowRule',
      'workmail:DescribeOutboundMailFlowRule',
      'workmail:DescribeMailDomains',
    ],
    reason: 'Console-only actions (Service Authorization Reference: "read the details of an inbound / outbound mail flow rule configured for an organization", "show the details of all mail domains associated with the organization"): a rule\'s name, action and the sender and recipient domain patterns it matches, and the organization\'s mail domains with their verification status.',
  },
  {
    id: 'workmail/describe-smtp-gateway',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['workmail:DescribeSmtpGateway'],
    reason: 'Console-only action (Service Authorization Reference: "read the details of an SMTP gateway registered to an organization"): the gateway an outbound mail flow rule routes mail through, with the server address, port, user name and password that the console\'s gateway form sets and WorkMail authenticates to the gateway with.',
  },
];
