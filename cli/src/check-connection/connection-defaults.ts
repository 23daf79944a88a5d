/** The defaults of check-connection, in a module of their own so that its definition loads no SDK. */

/** The session name of the assumed role, as the customer's CloudTrail shows it. */
export const DEFAULT_SESSION_NAME = 'cdk-account-onboarding-check-connection';
