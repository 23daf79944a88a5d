/**
 * What an IAM action's response holds. Every action a profile allows is in exactly one class; the
 * data-access guardrail denies the classes that are not configuration metadata.
 */
export enum ActionClass {
  /** Configuration metadata: names, ARNs, settings, policies, status, sizes, tags, findings. Allowed. */
  METADATA = 'metadata',
  /**
   * The customer's content: objects, items, records, messages, log events, traces and telemetry
   * contents, query results, download URLs, snapshots and backups read back. Always denied.
   */
  CONTENT = 'content',
  /**
   * Credentials and keys in a response: secrets, client secrets, API keys, pre-shared and BGP keys,
   * passwords, tokens, temporary credentials. Always denied.
   */
  CREDENTIALS = 'credentials',
  /** Code: function, script, notebook and template bodies. Always denied. */
  CODE = 'code',
  /**
   * Personal data: contacts, phone numbers, device endpoints, user directories, what end users typed
   * or said. Always denied.
   */
  PERSONAL_DATA = 'personal-data',
  /**
   * Configuration that carries secrets when customers put them there: user data, environment
   * variables, task and job definitions, stack templates. Denied in COST and INVENTORY except where
   * the profile needs an action for its job; allowed in SECURITY_AUDIT, because posture tools scan it
   * for leaked secrets, unless the customer denies the class.
   */
  SECRET_BEARING_CONFIGURATION = 'secret-bearing-configuration',
}
