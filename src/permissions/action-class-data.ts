import { ActionClass } from './action-class';

/** The classes that every profile denies, whatever the options. */
export const ALWAYS_DENIED_CLASSES: readonly ActionClass[] = [
  ActionClass.CONTENT, ActionClass.CREDENTIALS, ActionClass.CODE, ActionClass.PERSONAL_DATA,
];

/** What each class holds, as PERMISSIONS.md and the README state it. */
export const ACTION_CLASS_DESCRIPTIONS: Readonly<Record<ActionClass, string>> = {
  [ActionClass.METADATA]: 'configuration metadata: names, ARNs, settings, policies, status, sizes, tags, findings',
  [ActionClass.CONTENT]: 'content: objects, items, records, messages, log events, traces and telemetry contents, query results, download URLs, snapshots and backups read back',
  [ActionClass.CREDENTIALS]: 'credentials and keys: secrets, client secrets, API keys, pre-shared and BGP keys, passwords, tokens, temporary credentials',
  [ActionClass.CODE]: 'code: function, script, notebook, query and template bodies',
  [ActionClass.PERSONAL_DATA]: 'personal data: contacts, phone numbers, email addresses, device endpoints, user directories, what end users typed or said',
  [ActionClass.SECRET_BEARING_CONFIGURATION]: 'secret-bearing configuration: user data, environment variables, task and job definitions, stack templates and parameters',
};
