import { Annotations, Aws, Stack, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { HUB_DEFAULTS, ORGANIZATION_ID_ACCEPTED, ORGANIZATION_ID_PATTERN } from './hub-defaults';
import { checkRoleDescription } from '../core/iam-values';
import { acknowledgeWildcards } from '../core/nag-acknowledgements';
import { ACCEPTED, PATTERNS } from '../core/patterns';
import { isLiteral, PropsValidator, synthError } from '../core/validation';
import { PermissionProfile } from '../permissions/permission-profile';
import { ExternalId } from '../role/external-id';
import { ReadOnlyRoleProps } from '../role/read-only-role';
import { ReadOnlyRoleOptions } from '../role/read-only-role-options';
import { roleDescription } from '../role/role-description';
import { roleOptionsOf } from '../role/role-option-keys';
import { TrustedPrincipal } from '../role/trusted-principal';

/** An IAM role or user ARN, with an optional path. */

/**
 * What runs the collector in the hub account, and so may assume the hub role.
 */
export class HubTrust {
  /**
   * An EC2 instance. The hub role gets an instance profile of the same name.
   */
  public static ec2(): HubTrust {
    return new HubTrust('ec2', 'ec2.amazonaws.com');
  }

  /**
   * An ECS task (the task role). Only tasks of the hub account: the trust requires `aws:SourceAccount`.
   *
   * @see https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
   */
  public static ecsTasks(): HubTrust {
    return new HubTrust('ecsTasks', 'ecs-tasks.amazonaws.com');
  }

  /**
   * A Lambda function (the execution role).
   */
  public static lambdaFunctions(): HubTrust {
    return new HubTrust('lambda', 'lambda.amazonaws.com');
  }

  /**
   * A Lambda function (the execution role).
   *
   * @deprecated use `lambdaFunctions()`: `lambda` is a reserved word in Python, where this method
   * cannot be called by its name. Kept for TypeScript and JavaScript callers only (`@jsii ignore`):
   * the other languages came after it was deprecated, and the build fails on a name reserved in one of them.
   * @jsii ignore
   */
  public static lambda(): HubTrust {
    return HubTrust.lambdaFunctions();
  }

  /**
   * An IAM role or user that already exists, e.g. the role of a Kubernetes service account.
   *
   * @param arn the role or user ARN, e.g. `arn:aws:iam::111122223333:role/cartography-runner`
   */
  public static principal(arn: string): HubTrust {
    return new HubTrust('principal', arn);
  }

  /**
   * The service principal, e.g. `ec2.amazonaws.com`.
   *
   * @default - none, for `HubTrust.principal()`
   */
  public readonly servicePrincipal?: string;

  /**
   * The IAM role or user ARN.
   *
   * @default - none, for a service
   */
  public readonly principalArn?: string;

  /** Whether EC2 runs the collector, which needs an instance profile. */
  public readonly needsInstanceProfile: boolean;

  private readonly kind: 'ec2' | 'ecsTasks' | 'lambda' | 'principal';

  private constructor(kind: 'ec2' | 'ecsTasks' | 'lambda' | 'principal', principal: string) {
    this.kind = kind;
    this.servicePrincipal = kind === 'principal' ? undefined : principal;
    this.principalArn = kind === 'principal' ? principal : undefined;
    this.needsInstanceProfile = kind === 'ec2';
  }

  /** @internal */
  public _validate(property: string, validator: PropsValidator): void {
    if (this.kind === 'principal') {
      validator.pattern(`${property} principal`, this.principalArn, PATTERNS.principalArn, ACCEPTED.principalArn);
    }
  }

  /** @internal */
  public _toPrincipal(): iam.IPrincipal {
    switch (this.kind) {
      case 'principal':
        return new iam.ArnPrincipal(this.principalArn!);
      case 'ecsTasks':
        // ECS passes the account of the task; without the condition, ECS would assume the role for
        // a task of any account that names it (the confused deputy).
        return new iam.ServicePrincipal(this.servicePrincipal!, { conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } } });
      default:
        return new iam.ServicePrincipal(this.servicePrincipal!);
    }
  }
}

/**
 * Properties of a `HubRole`.
 */
export interface HubRoleProps {
  /**
   * What runs the collector: `HubTrust.ec2()`, `HubTrust.ecsTasks()`, `HubTrust.lambdaFunctions()` or
   * `HubTrust.principal(arn)`.
   */
  readonly trust: HubTrust;

  /**
   * The hub role's name. Spoke roles trust it by name, so it is fixed.
   *
   * @default HubRole.DEFAULT_ROLE_NAME ('CollectorHubRole')
   */
  readonly roleName?: string;

  /**
   * The hub role's path.
   *
   * @default '/'
   */
  readonly path?: string;

  /**
   * The name of the spoke role the hub role may assume in every spoke account.
   *
   * @default HubRole.DEFAULT_SPOKE_ROLE_NAME ('CollectorSpokeRole')
   */
  readonly spokeRoleName?: string;

  /**
   * The path of the spoke role.
   *
   * @default '/'
   */
  readonly spokeRolePath?: string;

  /**
   * The accounts whose spoke role the hub role may assume. List the hub account too if the
   * collector reads it.
   *
   * @default - every account (`arn:<partition>:iam::*:role/<path><spoke role name>`): set
   * `organizationId` to keep it inside the organization
   */
  readonly spokeAccountIds?: string[];

  /**
   * Allow assuming spoke roles only in accounts of this organization (`aws:ResourceOrgID`).
   *
   * @default - no organization condition
   * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-resourceorgid
   */
  readonly organizationId?: string;

  /**
   * A permissions boundary that caps what the role may do.
   *
   * @default - no boundary
   */
  readonly permissionsBoundary?: iam.IManagedPolicy;

  /**
   * The role's description.
   *
   * @default - names the spoke role and that the role can do nothing else
   */
  readonly description?: string;
}

/**
 * Options of a spoke role: the read-only role in every spoke account that the hub role assumes.
 */
export interface SpokeRoleOptions extends ReadOnlyRoleOptions {
  /**
   * What the collector may read (Cartography: `PermissionProfile.SECURITY_AUDIT` or
   * `PermissionProfile.INVENTORY`, both built on the AWS-managed SecurityAudit policy).
   */
  readonly profile: PermissionProfile;

  /**
   * The external ID the hub must present. Hub and spokes have the same owner, so none is needed;
   * one can still be required.
   *
   * @default ExternalId.none()
   */
  readonly externalId?: ExternalId;
}

/**
 * Where the spoke roles' trust points: the hub role by account and name, and the spoke role's
 * own name. For a spoke stack that is defined apart from the `HubRole`.
 */
export interface HubSpokeRoleOptions extends SpokeRoleOptions {
  /**
   * The hub account's 12-digit ID. A literal (or a `CfnParameter` value): the member template of a
   * StackSet cannot refer to the hub stack.
   */
  readonly hubAccountId: string;

  /**
   * The hub role's name.
   *
   * @default HubRole.DEFAULT_ROLE_NAME ('CollectorHubRole')
   */
  readonly hubRoleName?: string;

  /**
   * The hub role's path.
   *
   * @default '/'
   */
  readonly hubRolePath?: string;

  /**
   * The spoke role's name, the one the hub role may assume (takes precedence over `roleName`).
   *
   * @default HubRole.DEFAULT_SPOKE_ROLE_NAME ('CollectorSpokeRole')
   */
  readonly spokeRoleName?: string;

  /**
   * The spoke role's path.
   *
   * @default '/'
   */
  readonly spokeRolePath?: string;
}

/**
 * The identity of a self-hosted collector (Cartography and the like) in the hub account: it may
 * assume the spoke role in the spoke accounts and list the Regions, and nothing else.
 *
 * The spoke roles are `ReadOnlyRole`s trusting this role; `spokeRoleProps()` gives their props,
 * for a `ReadOnlyRole` in the hub account and for a `MemberAccountsStackSet` in the organization.
 */
export class HubRole extends Construct {
  /** The hub role name used when `roleName` is not given. */
  public static readonly DEFAULT_ROLE_NAME: string = HUB_DEFAULTS.hubRoleName;

  /** The spoke role name used when `spokeRoleName` is not given. */
  public static readonly DEFAULT_SPOKE_ROLE_NAME: string = HUB_DEFAULTS.spokeRoleName;

  /**
   * The props of a spoke `ReadOnlyRole` trusting the hub role of the given account, built from
   * literals and the partition only, so that a `MemberAccountsStackSet` can embed the role.
   *
   * Change or add props by spreading: `{ ...HubRole.spokeRolePropsFor(options), tags }`.
   */
  public static spokeRolePropsFor(options: HubSpokeRoleOptions): ReadOnlyRoleProps {
    const hubRoleName = options.hubRoleName ?? HubRole.DEFAULT_ROLE_NAME;
    const hubRolePath = options.hubRolePath ?? '/';
    const problems = [
      isLiteral(options.hubAccountId) && !PATTERNS.accountId.test(options.hubAccountId)
        ? `hubAccountId must be ${ACCEPTED.accountId}, got '${options.hubAccountId}'` : undefined,
      isLiteral(hubRoleName) && !PATTERNS.roleName.test(hubRoleName) ? `hubRoleName must be ${ACCEPTED.roleName}, got '${hubRoleName}'` : undefined,
      isLiteral(hubRolePath) && !PATTERNS.path.test(hubRolePath) ? `hubRolePath must be ${ACCEPTED.path}, got '${hubRolePath}'` : undefined,
    ].filter((problem): problem is string => problem !== undefined);
    if (problems.length > 0) {
      throw new Error(problems.length === 1 ? problems[0] : `invalid props:\n- ${problems.join('\n- ')}`);
    }
    // roleInAccount is validated again by the ReadOnlyRole; a path needs the full ARN.
    const trustedPrincipal = hubRolePath === '/'
      ? TrustedPrincipal.roleInAccount(options.hubAccountId, hubRoleName)
      : TrustedPrincipal.role(`arn:${Aws.PARTITION}:iam::${options.hubAccountId}:role${hubRolePath}${hubRoleName}`);
    const spokeRolePath = options.spokeRolePath ?? options.path;
    return {
      // Every role option as given (grants, guardrail, boundary, session length, ...).
      ...roleOptionsOf(options),
      trustedPrincipal,
      externalId: options.externalId ?? ExternalId.none(),
      profile: options.profile,
      roleName: options.spokeRoleName ?? options.roleName ?? HubRole.DEFAULT_SPOKE_ROLE_NAME,
      path: spokeRolePath === '/' ? undefined : spokeRolePath,
      description: roleDescription(options.profile.name, options, {
        recipient: `for the collector role ${hubRoleName} of the hub account ${options.hubAccountId}`,
      }),
    };
  }

  /** The underlying IAM role. */
  public readonly role: iam.Role;

  /** The hub role's only policy: `sts:AssumeRole` on the spoke roles and `ec2:DescribeRegions`. */
  public readonly policy: iam.ManagedPolicy;

  /** The hub role's ARN. */
  public readonly roleArn: string;

  /** The hub role's name. */
  public readonly roleName: string;

  /**
   * The instance profile, when EC2 runs the collector.
   *
   * @default - none, unless trusted by `HubTrust.ec2()`
   */
  public readonly instanceProfile?: iam.InstanceProfile;

  /** The name of the spoke role the hub role may assume. */
  public readonly spokeRoleName: string;

  /** The path of the spoke role. */
  public readonly spokeRolePath: string;

  /** The resources of the hub role's `sts:AssumeRole` statement. */
  public readonly spokeRoleArns: string[];

  private readonly literalRoleName: string;
  private readonly literalPath: string;

  constructor(scope: Construct, id: string, props: HubRoleProps) {
    super(scope, id);
    this.literalRoleName = props.roleName ?? HubRole.DEFAULT_ROLE_NAME;
    this.literalPath = props.path ?? '/';
    this.spokeRoleName = props.spokeRoleName ?? HubRole.DEFAULT_SPOKE_ROLE_NAME;
    this.spokeRolePath = props.spokeRolePath ?? '/';

    const validator = new PropsValidator();
    props.trust._validate('trust', validator);
    validator
      .pattern('roleName', this.literalRoleName, PATTERNS.roleName, ACCEPTED.roleName)
      .pattern('path', props.path, PATTERNS.path, ACCEPTED.path)
      .pattern('spokeRoleName', this.spokeRoleName, PATTERNS.roleName, ACCEPTED.roleName)
      .pattern('spokeRolePath', props.spokeRolePath, PATTERNS.path, ACCEPTED.path)
      .pattern('organizationId', props.organizationId, ORGANIZATION_ID_PATTERN, ORGANIZATION_ID_ACCEPTED)
      .pattern('permissionsBoundary', props.permissionsBoundary?.managedPolicyArn, PATTERNS.managedPolicyArn, ACCEPTED.managedPolicyArn);
    checkRoleDescription('description', props.description, validator);
    if (props.spokeAccountIds !== undefined) {
      // Each account becomes its own ARN: a list token (CommaDelimitedList) cannot be split at synth.
      validator.check(Token.isUnresolved(props.spokeAccountIds),
        'spokeAccountIds must be a list of account IDs, got a list token: pass each account as its own value');
      if (!Token.isUnresolved(props.spokeAccountIds)) {
        validator.check(props.spokeAccountIds.length === 0, 'spokeAccountIds must list at least one account when given, got []');
        for (const account of props.spokeAccountIds) {
          validator.pattern('spokeAccountIds', account, PATTERNS.accountId, ACCEPTED.accountId);
        }
      }
    }
    validator.throwIfInvalid(this);

    this.spokeRoleArns = [...new Set(props.spokeAccountIds ?? ['*'])].map((account) => this.spokeRoleArn(account));
    const assumeSpokes = new iam.PolicyStatement({
      sid: 'AssumeSpokeRoles',
      actions: ['sts:AssumeRole'],
      resources: this.spokeRoleArns,
      conditions: props.organizationId !== undefined ? { StringEquals: { 'aws:ResourceOrgID': props.organizationId } } : undefined,
    });
    const listRegions = new iam.PolicyStatement({ sid: 'ListRegions', actions: ['ec2:DescribeRegions'], resources: ['*'] });

    this.role = new iam.Role(this, 'Resource', {
      roleName: this.literalRoleName,
      path: props.path,
      assumedBy: props.trust._toPrincipal(),
      permissionsBoundary: props.permissionsBoundary,
      description: props.description
        ?? `The collector's identity in the hub account: assumes ${this.spokeRoleName} in the spoke accounts and lists the Regions, nothing else.`,
    });
    this.roleArn = this.role.roleArn;
    this.roleName = this.role.roleName;
    // A customer-managed policy rather than an inline one, which the NIST 800-53 and PCI DSS packs reject.
    this.policy = new iam.ManagedPolicy(this, 'Permissions', {
      description: 'What the collector may do from the hub account: assume the spoke roles and list the Regions.',
      document: new iam.PolicyDocument({ statements: [assumeSpokes, listRegions] }),
      roles: [this.role],
    });
    acknowledgeWildcards(this.policy, [], this.spokeRoleArns,
      'The collector reads every account of the organization: it may assume the spoke role (one fixed name) in any account, '
      + 'and with organizationId only in accounts of the organization; the spoke role trusts only this role.');
    acknowledgeWildcards(this.policy, [], ['*'],
      'ec2:DescribeRegions has no resource type: IAM accepts only Resource * for it. The collector needs it to find the enabled Regions.');

    if (props.trust.needsInstanceProfile) {
      this.instanceProfile = new iam.InstanceProfile(this, 'InstanceProfile', {
        role: this.role,
        instanceProfileName: this.literalRoleName,
        path: props.path,
      });
    }

    if (props.spokeAccountIds === undefined && props.organizationId === undefined) {
      Annotations.of(this).addWarningV2('cdk-account-onboarding:hubRoleAnyAccount',
        `the hub role may assume a role named ${this.spokeRoleName} in any AWS account, inside the organization or not: `
        + 'set organizationId (aws:ResourceOrgID) or spokeAccountIds');
    }
  }

  /**
   * The ARN of the spoke role in an account, for the collector's configuration.
   *
   * @param accountId the spoke account's ID, or `*`
   */
  public spokeRoleArn(accountId: string): string {
    return `arn:${Aws.PARTITION}:iam::${accountId}:role${this.spokeRolePath}${this.spokeRoleName}`;
  }

  /**
   * The props of a spoke `ReadOnlyRole` trusting this hub role, for a role in the hub account and
   * for a `MemberAccountsStackSet`: the trust is built from the hub stack's account ID (which must
   * be a literal: give the hub stack an `env`), the role's name and the partition.
   *
   * Change or add props by spreading: `{ ...hub.spokeRoleProps(options), tags }`.
   */
  public spokeRoleProps(options: SpokeRoleOptions): ReadOnlyRoleProps {
    const account = Stack.of(this).account;
    if (Token.isUnresolved(account)) {
      // AWS::AccountId would name each member account in a StackSet's template, not the hub.
      throw synthError('HubAccountUnknown', `spokeRoleProps needs the hub account ID, got the unresolved '${account}': give the hub stack env.account, `
        + 'or use HubRole.spokeRolePropsFor({ hubAccountId, ... })', this);
    }
    return HubRole.spokeRolePropsFor({
      ...options,
      hubAccountId: account,
      hubRoleName: this.literalRoleName,
      hubRolePath: this.literalPath,
      spokeRoleName: this.spokeRoleName,
      spokeRolePath: this.spokeRolePath,
    });
  }
}
