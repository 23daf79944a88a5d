/**
 * The default names of a hub-and-spoke setup, shared by `HubRole` and the `profiles` command. They
 * live apart from the construct so that the command line does not load aws-cdk-lib to know them.
 */
export const HUB_DEFAULTS = {
  /** The collector's role in the hub account. */
  hubRoleName: 'CollectorHubRole',
  /** The read-only role in every spoke account that the hub role assumes. */
  spokeRoleName: 'CollectorSpokeRole',
} as const;

/** An AWS Organizations organization ID. */
export const ORGANIZATION_ID_PATTERN = /^o-[a-z0-9]{10,32}$/;

/** The accepted form of an organization ID, named the same way in every message. */
export const ORGANIZATION_ID_ACCEPTED = "an organization ID: 'o-' and 10 to 32 lowercase letters or digits (^o-[a-z0-9]{10,32}$)";
