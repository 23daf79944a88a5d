import { Annotations, Aws, Lazy, Stack, Token } from 'aws-cdk-lib';
import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import { Construct } from 'constructs';
import { MemberTemplate, renderMemberTemplate } from './member-template';
import { StackSetTarget } from './stack-set-target';
import { additionalKnownRegionsProblems, defaultRegionOf, partitionOf, regionProblem } from '../core/partitions';
import { ACCEPTED, PATTERNS } from '../core/patterns';
import { isLiteral, PropsValidator } from '../core/validation';
import { KnownRegionsOptions } from '../role/known-regions-options';
import { ReadOnlyRole } from '../role/read-only-role';

/**
 * Which account the StackSet is managed from.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-delegated-admin.html
 */
export enum CallAs {
  /** The stack is deployed in the organization's management account. */
  SELF = 'SELF',
  /**
   * The stack is deployed in a member account registered as a delegated administrator for
   * CloudFormation StackSets (`member.org.stacksets.cloudformation.amazonaws.com`).
   */
  DELEGATED_ADMIN = 'DELEGATED_ADMIN',
}

/**
 * How CloudFormation counts failures against the concurrency of a StackSet operation.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackSetOperationPreferences.html
 */
export enum StackSetConcurrencyMode {
  /**
   * Keep deploying at the full concurrency whatever the number of failures; the operation still
   * stops once the failures exceed the failure tolerance.
   */
  SOFT_FAILURE_TOLERANCE = 'SOFT_FAILURE_TOLERANCE',
  /**
   * Deploy to at most failure tolerance + 1 accounts at a time, and fewer as failures occur.
   * Safer, and slow with a low tolerance.
   */
  STRICT_FAILURE_TOLERANCE = 'STRICT_FAILURE_TOLERANCE',
}

/**
 * How fast a StackSet operation (create, update, delete of the stack instances) rolls out, and when
 * it stops. They do not apply to auto-deployment, which deploys to each joining account on its own.
 *
 * The defaults deploy to a quarter of the accounts at a time, so a whole organization takes about
 * four rounds whatever its size, and stop once more than a tenth of the accounts have failed: a
 * few accounts that cannot take the role (suspended, or a service control policy denying IAM
 * writes) do not stop the rollout, a systematic failure (a role of the same name already exists
 * everywhere) stops it early. Percentages round down: in an organization of fewer than ten member
 * accounts, the first failure stops the operation.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-concepts.html#stackset-ops-options
 */
export interface StackSetOperationPreferences {
  /**
   * The percentage of the target accounts deployed to at one time, 1 to 100 (at least one account).
   *
   * @default 25
   */
  readonly maxConcurrentPercentage?: number;

  /**
   * The percentage of the target accounts that may fail before CloudFormation stops the operation,
   * 0 to 100.
   *
   * @default 10
   */
  readonly failureTolerancePercentage?: number;

  /**
   * How failures affect the concurrency.
   *
   * @default StackSetConcurrencyMode.SOFT_FAILURE_TOLERANCE: the strict mode would cap the
   * concurrency at the failure tolerance + 1, a tenth of the organization with the default tolerance
   */
  readonly concurrencyMode?: StackSetConcurrencyMode;
}

/**
 * Properties of a `MemberAccountsStackSet`.
 */
export interface MemberAccountsStackSetProps extends KnownRegionsOptions {
  /**
   * The management account's role. Member accounts get a role made from the same props (profile,
   * grants, write actions, guardrail, trust, name, path, boundary, session duration, description,
   * tags) except `readableData`, which names resources of the management account.
   */
  readonly role: ReadOnlyRole;

  /**
   * The OUs or the organization root to deploy to.
   */
  readonly target: StackSetTarget;

  /**
   * Whether the stack is deployed in the management account (`CallAs.SELF`) or in a delegated
   * administrator account (`CallAs.DELEGATED_ADMIN`).
   */
  readonly callAs: CallAs;

  /**
   * The StackSet's name, unique in the account and Region.
   *
   * @default - the stack's name followed by '-MemberAccounts'
   */
  readonly stackSetName?: string;

  /**
   * The one Region the stack instances are created in. IAM is global: a template that only creates
   * a role must be deployed to exactly one Region, or the second Region fails on the role name.
   * A literal Region must be a Region this release knows (or one of `additionalKnownRegions`), in
   * the partition of the stack's Region when that is a literal too.
   *
   * @default - the default Region of the stack's partition when the stack's Region is a literal
   * (us-east-1 in aws, cn-north-1 in aws-cn, us-gov-west-1 in aws-us-gov); otherwise
   * `MemberAccountsStackSet.DEFAULT_REGION` ('us-east-1')
   */
  readonly region?: string;

  /**
   * Whether a member account keeps its role when it leaves the target OUs or the organization.
   *
   * @default false: the stack instance and the role are deleted
   */
  readonly retainStacksOnAccountRemoval?: boolean;

  /**
   * How fast operations roll out and when they stop.
   *
   * @default - 25% of the accounts at a time, stop when more than 10% fail, soft failure tolerance
   */
  readonly operationPreferences?: StackSetOperationPreferences;

  /**
   * The URL of the member template in S3, where the StackSet takes it from instead of embedding it:
   * the stack's own template stays smaller by the member template's size, and the member template
   * may be up to 1 MB. Upload `memberTemplateBody` there before deploying (`OnboardingPublication`
   * writes it as `<templateName>-member-<version>.json`, at `OnboardingPublication.memberTemplateUrl`).
   * The stack's synthesis then builds the member stack for its parameters and fails on what its
   * constructs' validations report (the member role's limits); the member template is synthesized,
   * and checked by aws-cdk-lib's template validator where it is on, when `memberTemplateBody` is
   * first read.
   *
   * @default - the member template is embedded as `TemplateBody`
   */
  readonly templateUrl?: string;
}

/**
 * A service-managed StackSet that creates the vendor's read-only role in every member account of
 * the target OUs, including accounts that join later (auto-deployment).
 *
 * The member template is synthesized from the management account's `ReadOnlyRole` props, so the
 * two roles cannot drift apart, and embedded as `TemplateBody`: nothing needs `cdk bootstrap` or an
 * asset bucket. Values the management stack takes as `CfnParameter`s (the external ID of a
 * published template) become parameters of the member template, passed on by the StackSet.
 *
 * CloudFormation never deploys a service-managed StackSet to the management account: the
 * management account gets its role from the stack that holds this StackSet.
 *
 * Prerequisites: AWS Organizations with all features, trusted access for CloudFormation StackSets
 * activated, and for `CallAs.DELEGATED_ADMIN` a registered delegated administrator. The
 * `cdk-account-onboarding doctor` command checks them.
 */
export class MemberAccountsStackSet extends Construct {
  /** The largest template CloudFormation accepts as `TemplateBody`, in bytes. */
  public static readonly TEMPLATE_BODY_MAX_BYTES = 51200;

  /** The Region used when `region` is not given and the stack's Region is not a literal. */
  public static readonly DEFAULT_REGION = 'us-east-1';

  /** The default operation preferences. */
  public static readonly DEFAULT_OPERATION_PREFERENCES: StackSetOperationPreferences = {
    maxConcurrentPercentage: 25,
    failureTolerancePercentage: 10,
    concurrencyMode: StackSetConcurrencyMode.SOFT_FAILURE_TOLERANCE,
  };

  /**
   * The Region the stack instances go to when `region` is not given, for a stack deployed in
   * `stackRegion`: the default Region of its partition (us-east-1, cn-north-1 or us-gov-west-1).
   *
   * @param stackRegion a Region code, such as the Region a template is published for
   */
  public static defaultRegionFor(stackRegion: string): string {
    return isLiteral(stackRegion) && PATTERNS.region.test(stackRegion) ? defaultRegionOf(stackRegion) : MemberAccountsStackSet.DEFAULT_REGION;
  }

  /** The StackSet resource. */
  public readonly stackSet: cloudformation.CfnStackSet;

  /** The StackSet's name. */
  public readonly stackSetName: string;

  /** The StackSet's ID. */
  public readonly stackSetId: string;

  /** The Region of the stack instances. */
  public readonly region: string;

  /**
   * Where the StackSet takes its member template from.
   *
   * @default - the member template is embedded as `TemplateBody`
   */
  public readonly templateUrl?: string;

  private readonly role: ReadOnlyRole;
  private renderedMember?: MemberTemplate;

  constructor(scope: Construct, id: string, props: MemberAccountsStackSetProps) {
    super(scope, id);
    const stackRegion = Stack.of(this).region;
    this.region = props.region ?? MemberAccountsStackSet.defaultRegionFor(stackRegion);
    this.stackSetName = props.stackSetName ?? `${Aws.STACK_NAME}-MemberAccounts`;
    const preferences = { ...MemberAccountsStackSet.DEFAULT_OPERATION_PREFERENCES, ...props.operationPreferences };

    const validator = new PropsValidator();
    props.target._validate('target', validator);
    validator.pattern('stackSetName', props.stackSetName, PATTERNS.stackSetName, ACCEPTED.stackSetName);
    // A Region newer than this release is named here, or on the role whose options the member template repeats.
    const additionalKnownRegions = props.additionalKnownRegions ?? props.role.props.additionalKnownRegions;
    if (isLiteral(this.region) && /[\s,;]/.test(this.region.trim())) {
      validator.check(true, `region must be exactly one Region: IAM is global, so a StackSet that only creates a role deploys to one Region, got '${this.region}'`);
    } else if (isLiteral(this.region) && PATTERNS.region.test(this.region)) {
      const unknown = regionProblem('region', this.region, additionalKnownRegions);
      validator.check(unknown !== undefined, unknown!);
      const partition = partitionOf(this.region);
      validator.check(unknown === undefined && isLiteral(stackRegion) && partitionOf(stackRegion) !== partition,
        `region must be a Region of partition '${partitionOf(stackRegion)}', where the stack deploys (${stackRegion}), such as `
        + `${MemberAccountsStackSet.defaultRegionFor(stackRegion)}, got '${this.region}' of partition '${partition}'`);
    } else {
      const malformed = regionProblem('region', this.region, additionalKnownRegions);
      validator.check(malformed !== undefined, malformed!);
    }
    for (const problem of additionalKnownRegionsProblems('additionalKnownRegions', props.additionalKnownRegions)) {
      validator.check(true, problem);
    }
    checkPercentage(validator, 'operationPreferences.maxConcurrentPercentage', preferences.maxConcurrentPercentage!, 1);
    checkPercentage(validator, 'operationPreferences.failureTolerancePercentage', preferences.failureTolerancePercentage!, 0);
    validator.check(!Object.values(CallAs).includes(props.callAs),
      `callAs must be CallAs.SELF or CallAs.DELEGATED_ADMIN, got '${props.callAs}'`);
    validator.throwIfInvalid(this);

    this.role = props.role;
    this.templateUrl = props.templateUrl;
    // The member stack is built when it is first needed (at synthesis, or when a caller reads
    // memberTemplateBody), never while the construct is constructed, and synthesized when its body is.
    // From a templateUrl it may be up to 1 MB, which a role within IAM's limits never reaches.
    if (props.templateUrl !== undefined) {
      // From a URL, the stack's synthesis builds the member stack for its parameters only and leaves its
      // synthesis to whoever reads memberTemplateBody; what that synthesis would fail on, it fails on here.
      this.node.addValidation({ validate: () => this.member.validationErrors().map((error) => `member template: ${error}`) });
    } else {
      this.node.addValidation({
        validate: () => (this.member.bytes > MemberAccountsStackSet.TEMPLATE_BODY_MAX_BYTES
          ? [`the member template must be at most ${MemberAccountsStackSet.TEMPLATE_BODY_MAX_BYTES} bytes to be embedded as TemplateBody, `
            + `got ${this.member.bytes} bytes: give fewer grants, or upload memberTemplateBody to S3 and set templateUrl`]
          : []),
      });
    }

    this.stackSet = new cloudformation.CfnStackSet(this, 'Resource', {
      stackSetName: this.stackSetName,
      description: `The vendor read-only role in every member account of the target (cdk-account-onboarding, ${props.role.profile.name} profile).`,
      permissionModel: 'SERVICE_MANAGED',
      callAs: props.callAs,
      autoDeployment: {
        enabled: true,
        retainStacksOnAccountRemoval: props.retainStacksOnAccountRemoval ?? false,
      },
      managedExecution: { Active: true },
      capabilities: ['CAPABILITY_NAMED_IAM'],
      operationPreferences: {
        maxConcurrentPercentage: preferences.maxConcurrentPercentage,
        failureTolerancePercentage: preferences.failureTolerancePercentage,
        concurrencyMode: preferences.concurrencyMode,
        regionConcurrencyType: 'PARALLEL',
      },
      stackInstancesGroup: [{
        deploymentTargets: props.target._toDeploymentTargets(),
        regions: [this.region],
      }],
      parameters: Lazy.any({
        produce: () => (this.member.parameters.length > 0
          ? this.member.parameters.map((parameter) => ({ parameterKey: parameter.key, parameterValue: parameter.value }))
          : undefined),
      }),
      templateBody: props.templateUrl === undefined ? Lazy.string({ produce: () => this.member.body }) : undefined,
      templateUrl: props.templateUrl,
    });
    this.stackSetId = this.stackSet.attrStackSetId;

    if (props.callAs === CallAs.DELEGATED_ADMIN && Stack.of(props.role) === Stack.of(this)) {
      const account = Stack.of(this).account;
      const excluded = !Token.isUnresolved(account) && !Token.isUnresolved(props.target.excludeAccounts ?? [])
        && (props.target.excludeAccounts ?? []).includes(account);
      if (!excluded) {
        Annotations.of(this).addWarningV2('cdk-account-onboarding:delegatedAdminGetsTwoRoles',
          'with CallAs.DELEGATED_ADMIN this stack is deployed in the delegated administrator account, a member account that already gets '
          + 'its role from this stack: if it is in the target, add it to excludeAccounts, or its stack instance fails on the role name');
      }
    }
  }

  /**
   * The member template as JSON without white space: what `TemplateBody` holds, or what to upload
   * to `templateUrl` (as it is, or formatted: CloudFormation reads the JSON). Synthesized in an app of
   * its own when first read, with the checks that synthesis runs (the member role's limits, and
   * aws-cdk-lib's template validator where it is on).
   */
  public get memberTemplateBody(): string {
    return this.member.body;
  }

  /** The member template's size in bytes. */
  public get memberTemplateBytes(): number {
    return this.member.bytes;
  }

  /** The member template, built on first use (its body synthesized when first read). */
  private get member(): MemberTemplate {
    this.renderedMember ??= renderMemberTemplate(this, this.role);
    return this.renderedMember;
  }
}

function checkPercentage(validator: PropsValidator, property: string, value: number, minimum: number): void {
  if (!Token.isUnresolved(value)) {
    validator.check(!Number.isInteger(value) || value < minimum || value > 100,
      `${property} must be a whole number from ${minimum} to 100, got ${value}`);
  }
}
