import { ActionClass } from './action-class';

/**
 * Options of the data-access guardrail.
 */
export interface DataAccessGuardrailOptions {
  /**
   * Whether to deny every secret-bearing configuration read (user data, environment variables,
   * task and job definitions, stack templates).
   *
   * @default - denied in COST and INVENTORY except the reads the profile needs for its job
   * (`PermissionProfile.secretBearingConfigurationNeeds`); allowed in SECURITY_AUDIT, whose posture
   * tools scan that configuration for leaked secrets
   */
  readonly denySecretBearingConfiguration?: boolean;
}

/**
 * A group of actions that the guardrail denies, with the class and the reason.
 */
export interface DeniedActionGroup {
  /** The class of the actions. */
  readonly actionClass: ActionClass;
  /** The exact actions. */
  readonly actions: string[];
  /** What their responses hold. */
  readonly reason: string;
}
