/** The defaults of check-connection, in a module of their own so that its definition loads no SDK. */

/** The session name of the assumed role, as the customer's CloudTrail shows it. */
export const DEFAULT_SESSION_NAME = 'cdk-account-onboarding-check-connection';

/**
 * How many accounts `check-connection --organization` checks at once. Each account costs the
 * vendor's account one sts:AssumeRole, then one round trip in the member account (the identity,
 * the reads and the data read at once), so 20 at once make at most 20 / (2 x latency) AssumeRole
 * calls a second: 100 at 100 ms a call. AWS publishes no fixed STS request rate; it throttles per
 * account with token buckets, and the clients' adaptive retry slows down when it does. 20 checks
 * 10,000 accounts within two minutes at 50 ms a call (the benchmark).
 */
export const DEFAULT_CONCURRENCY = 20;

/** The most accounts checked at once: more would only queue behind STS's throttling. */
export const MAX_CONCURRENCY = 200;
