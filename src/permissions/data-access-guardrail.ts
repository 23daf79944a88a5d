import { DATA_PLANE_READS } from './data-plane-reads';

/**
 * A group of data-plane reads that the guardrail denies.
 */
export interface DataPlaneReadGroup {
  /** The service's IAM prefix, e.g. `s3`. */
  readonly service: string;
  /** The exact IAM actions. */
  readonly actions: string[];
  /** Why these actions return customer content. */
  readonly reason: string;
}

/**
 * The data-access guardrail: an explicit Deny of every action that returns customer content
 * (object bodies, items, secrets, log events, query results, code), so that neither a profile nor
 * a future change to an AWS-managed policy lets the vendor read customer data.
 *
 * An explicit Deny wins over every Allow in IAM's evaluation, so the guardrail holds whatever
 * the attached policies grant; `DataAccessGrant`s are its only exceptions.
 */
export class DataAccessGuardrail {
  /** The denied actions, grouped by service with the reason for each group. */
  public static groups(): DataPlaneReadGroup[] {
    return DATA_PLANE_READS.map((group) => ({ service: group.service, actions: [...group.actions], reason: group.reason }));
  }

  /** Every denied action, sorted. */
  public static actions(): string[] {
    return [...new Set(DATA_PLANE_READS.flatMap((group) => group.actions))].sort();
  }

  private constructor() {}
}
