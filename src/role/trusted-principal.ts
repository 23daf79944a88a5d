import { Aws, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { arnPartitionProblem } from '../core/partitions';
import { ACCEPTED, PATTERNS } from '../core/patterns';
import { PropsValidator } from '../core/validation';

/**
 * Options for trusting a whole vendor account.
 */
export interface AccountPrincipalOptions {
  /**
   * Narrow the trust to principals of the vendor account whose ARN matches one of these patterns
   * (`aws:PrincipalArn` with `ArnLike`), e.g. `arn:aws:iam::123456789012:role/collector-*`.
   *
   * @default - any principal of the vendor account that the vendor's own IAM policies let assume roles
   */
  readonly principalArnPatterns?: string[];
}

/**
 * The vendor identity that may assume the read-only role.
 *
 * Prefer `TrustedPrincipal.role()`: trusting one vendor role keeps the trust as narrow as it can be.
 */
export class TrustedPrincipal {
  /**
   * Trust one vendor role (recommended).
   *
   * @param roleArn the full ARN of the vendor's role, e.g. `arn:aws:iam::123456789012:role/vendor-reader`
   */
  public static role(roleArn: string): TrustedPrincipal {
    return new TrustedPrincipal(roleArn, undefined, { roleArn });
  }

  /**
   * Trust one role of the vendor account by name, with the ARN built for the partition the stack is
   * deployed in.
   *
   * @param accountId the vendor's 12-digit account ID
   * @param roleName the vendor role's name
   */
  public static roleInAccount(accountId: string, roleName: string): TrustedPrincipal {
    return new TrustedPrincipal(`arn:${Aws.PARTITION}:iam::${accountId}:role/${roleName}`, undefined, { accountId, roleName });
  }

  /**
   * Trust the vendor account's root, which delegates the decision to the vendor's own IAM
   * policies; optionally narrowed by `aws:PrincipalArn` patterns.
   *
   * @param accountId the vendor's 12-digit account ID
   */
  public static account(accountId: string, options: AccountPrincipalOptions = {}): TrustedPrincipal {
    return new TrustedPrincipal(`arn:${Aws.PARTITION}:iam::${accountId}:root`, options.principalArnPatterns, { accountId });
  }

  /** The principal ARN written into the trust policy. */
  public readonly principalArn: string;

  /**
   * The `aws:PrincipalArn` patterns that narrow an account trust.
   *
   * @default - none
   */
  public readonly principalArnPatterns?: string[];

  private readonly inputs: { roleArn?: string; accountId?: string; roleName?: string };

  private constructor(
    principalArn: string,
    principalArnPatterns: string[] | undefined,
    inputs: { roleArn?: string; accountId?: string; roleName?: string },
  ) {
    this.principalArn = principalArn;
    this.principalArnPatterns = principalArnPatterns;
    this.inputs = inputs;
  }

  /**
   * Records invalid literals of this principal under the given property name.
   *
   * @internal
   */
  public _validate(property: string, validator: PropsValidator): void {
    validator
      .pattern(`${property} role ARN`, this.inputs.roleArn, PATTERNS.roleArn, ACCEPTED.roleArn)
      .pattern(`${property} account ID`, this.inputs.accountId, PATTERNS.accountId, ACCEPTED.accountId)
      .pattern(`${property} role name`, this.inputs.roleName, PATTERNS.roleName, ACCEPTED.roleName)
      .check(this.principalArnPatterns !== undefined && this.principalArnPatterns.length === 0,
        `${property} principalArnPatterns must list at least one pattern when given, got []`);
    // A list token (a CommaDelimitedList parameter) is CloudFormation's to check.
    const patterns = this.principalArnPatterns && !Token.isUnresolved(this.principalArnPatterns) ? this.principalArnPatterns : [];
    for (const pattern of patterns) {
      validator.pattern(`${property} principalArnPatterns`, pattern, PATTERNS.principalArnPattern, ACCEPTED.principalArnPattern);
    }
  }

  /**
   * Records a literal role ARN or principal ARN pattern of another partition than the literal
   * Region's (a token Region, or a token in the ARN, passes): IAM rejects a principal of another
   * partition when the stack deploys.
   *
   * @param where how the message names the Region's owner, such as 'the stack deploys to'
   * @internal
   */
  public _validatePartition(property: string, validator: PropsValidator, region: string, where?: string): void {
    const problems = [
      arnPartitionProblem(`${property} role ARN`, this.inputs.roleArn, region, where),
      ...(this.principalArnPatterns && !Token.isUnresolved(this.principalArnPatterns) ? this.principalArnPatterns : [])
        .map((pattern) => arnPartitionProblem(`${property} principalArnPatterns`, pattern, region, where)),
    ];
    for (const problem of problems) {
      validator.check(problem !== undefined, problem!);
    }
  }

  /**
   * The same principal with every value passed through `map`: how the member accounts' template
   * replaces the management stack's parameter references by its own parameters.
   *
   * @internal
   */
  public _mapValues(map: <T>(property: string, value: T) => T): TrustedPrincipal {
    return new TrustedPrincipal(
      map('trustedPrincipal', this.principalArn),
      this.principalArnPatterns === undefined ? undefined : map('principalArnPatterns', this.principalArnPatterns),
      {
        roleArn: this.inputs.roleArn === undefined ? undefined : map('trustedPrincipal', this.inputs.roleArn),
        accountId: this.inputs.accountId === undefined ? undefined : map('trustedPrincipal', this.inputs.accountId),
        roleName: this.inputs.roleName === undefined ? undefined : map('trustedPrincipal', this.inputs.roleName),
      },
    );
  }

  /**
   * Whether the trust names one role (`role()` or `roleInAccount()`) rather than a whole account.
   *
   * @internal
   */
  public get _isNamedRole(): boolean {
    return this.inputs.roleArn !== undefined || this.inputs.roleName !== undefined;
  }

  /**
   * The trusted account, when it is known at synth time.
   *
   * @internal
   */
  public get _accountId(): string | undefined {
    const account = this.inputs.accountId ?? (this.inputs.roleArn !== undefined ? this.inputs.roleArn.split(':')[4] : undefined);
    return account !== undefined && !Token.isUnresolved(account) ? account : undefined;
  }

  /**
   * The IAM principal with the trust conditions (external ID, principal ARN patterns).
   *
   * @internal
   */
  public _toPrincipal(externalId: string | undefined): iam.IPrincipal {
    const conditions: Record<string, Record<string, unknown>> = {};
    if (externalId !== undefined) {
      conditions.StringEquals = { 'sts:ExternalId': externalId };
    }
    if (this.principalArnPatterns) {
      conditions.ArnLike = { 'aws:PrincipalArn': this.principalArnPatterns };
    }
    return new iam.ArnPrincipal(this.principalArn).withConditions(conditions);
  }
}
