import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `chime`. */
export const CHIME_RULES: ClassificationRule[] = [
  {
    id: 'chime/get-channel-message',
    actionClass: ActionClass.CONTENT,
    actions: ['chime:GetChannelMessage', 'chime:ListChannelMessages'],
    reason: 'These return the text of messages sent in Chime SDK messaging channels.',
  },
  {
    id: 'chime/list-api-keys',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['chime:ListApiKeys'],
    reason: 'Lists SCIM access keys for the Chime/Okta integration; may include key values.',
  },
  {
    id: 'chime/list-attendees',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['chime:ListAttendees'],
    reason: 'Attendee objects include JoinToken (meeting join credential) and ExternalUserId of participants.',
  },
  {
    id: 'chime/list-bots',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['chime:ListBots'],
    reason: 'Chime Bot objects include SecurityToken and bot email.',
  },
  {
    id: 'chime/list-voice-connector-termination-credentials',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['chime:ListVoiceConnectorTerminationCredentials'],
    reason: 'Lists SIP termination credential usernames (passwords not returned); half of a credential pair.',
  },
  {
    id: 'chime/list-account-usage-report-data',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListAccountUsageReportData'],
    reason: 'Chime usage report data; may be per-user activity records. Unsure of exact shape.',
  },
  {
    id: 'chime/list-app-instance-admins',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListAppInstanceAdmins'],
    reason: 'Returns app instance admins (AppInstanceUser ARNs and display names of end users).',
  },
  {
    id: 'chime/list-app-instance-user-endpoints',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListAppInstanceUserEndpoints'],
    reason: 'Returns end-user device endpoints (push notification/APNS/GCM endpoint ARNs) per user.',
  },
  {
    id: 'chime/list-app-instance-users',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListAppInstanceUsers'],
    reason: 'Returns the app\'s end-user directory (user ARNs, names, metadata).',
  },
  {
    id: 'chime/list-channel-bans',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListChannelBans'],
    reason: 'Returns banned end users (user ARNs and display names).',
  },
  {
    id: 'chime/list-channel-memberships',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListChannelMemberships'],
    reason: 'Returns channel members (end-user ARNs and names).',
  },
  {
    id: 'chime/list-channel-memberships-for-app-instance-user',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListChannelMembershipsForAppInstanceUser'],
    reason: 'Returns which channels a specific end user belongs to.',
  },
  {
    id: 'chime/list-channel-moderators',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListChannelModerators'],
    reason: 'Returns channel moderators (end-user ARNs and names).',
  },
  {
    id: 'chime/list-channels-moderated-by-app-instance-user',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListChannelsModeratedByAppInstanceUser'],
    reason: 'Returns channels moderated by a specific end user.',
  },
  {
    id: 'chime/list-delegates',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListDelegates'],
    reason: 'Returns account delegates with their email addresses.',
  },
  {
    id: 'chime/list-meeting-events',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListMeetingEvents'],
    reason: 'Returns meeting events such as attendee joins/leaves with attendee identifiers.',
  },
  {
    id: 'chime/list-meetings-report-data',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListMeetingsReportData'],
    reason: 'Meeting report data (ended meetings with hosts/participants); likely personal data. Unsure of exact shape.',
  },
  {
    id: 'chime/list-proxy-sessions',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListProxySessions'],
    reason: 'Proxy sessions include participants\' real phone numbers and proxy numbers.',
  },
  {
    id: 'chime/list-room-memberships',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListRoomMemberships'],
    reason: 'Returns room members with email addresses and full names.',
  },
  {
    id: 'chime/list-users',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['chime:ListUsers'],
    reason: 'Returns Chime users: email addresses, display names, phone numbers.',
  },
];
