import { ACCEPTED, PATTERNS } from '../core/patterns';
import { PropsValidator } from '../core/validation';

/**
 * The `sts:ExternalId` that the vendor must present to assume the role: the customer-specific
 * secret that protects against the confused-deputy problem.
 *
 * Leaving the external ID out is an explicit choice (`ExternalId.none()`), meant for first-party
 * hub-and-spoke setups where the trusted principal belongs to the same owner.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 */
export class ExternalId {
  /**
   * Require this external ID. A literal is checked against the STS rules (2 to 1224 characters
   * from `[\w+=,.@:/-]`); a token such as a `CfnParameter` value is passed through unchecked.
   */
  public static of(value: string): ExternalId {
    return new ExternalId(value);
  }

  /**
   * Require no external ID. Only for a principal owned by the same organization as the role.
   */
  public static none(): ExternalId {
    return new ExternalId(undefined);
  }

  /**
   * The required external ID.
   *
   * @default - none: the trust policy has no `sts:ExternalId` condition
   */
  public readonly value?: string;

  private constructor(value: string | undefined) {
    this.value = value;
  }

  /**
   * The same external ID with its value passed through `map` (see `TrustedPrincipal._mapValues`).
   *
   * @internal
   */
  public _mapValue(map: <T>(property: string, value: T) => T): ExternalId {
    return new ExternalId(this.value === undefined ? undefined : map('externalId', this.value));
  }

  /** @internal */
  public _validate(property: string, validator: PropsValidator): void {
    validator.pattern(property, this.value, PATTERNS.externalId, ACCEPTED.externalId);
  }
}
