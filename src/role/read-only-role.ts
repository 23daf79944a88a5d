import {
  Annotations, Aws, CfnCondition, Duration, Fn, Lazy, RemovalPolicy, ResourceEnvironment, Stack, Tags, Token,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import { ExternalId } from './external-id';
import { checkAttachedPolicies, findAttachments, policyName, RoleAttachments } from './private/attached-policies';
import { ReadOnlyRoleOptions } from './read-only-role-options';
import { roleDescription } from './role-description';
import { TrustedPrincipal } from './trusted-principal';
import { IAM_LIMITS, policyCharacters } from '../core/iam-limits';
import { checkRoleDescription, checkTags } from '../core/iam-values';
import { acknowledgeAwsManagedPolicies, acknowledgeComplianceRule, acknowledgeWildcards } from '../core/nag-acknowledgements';
import { additionalKnownRegionsProblems, arnPartitionProblem, regionProblem } from '../core/partitions';
import { ACCEPTED, PATTERNS } from '../core/patterns';
import { isLiteral, PropsValidator, readableValue, synthError } from '../core/validation';

/** An opt-in feature's name, which names a parameter, a policy and a Terraform variable. */
const OPT_IN_NAME = /^[A-Za-z][A-Za-z0-9]{0,47}$/;
import { ActionCatalog, expandActionPattern } from '../permissions/action-catalog';
import { ActionClass } from '../permissions/action-class';
import { ALWAYS_DENIED_CLASSES } from '../permissions/action-class-data';
import { ActionClassification } from '../permissions/action-classification';
import { compressActions } from '../permissions/action-patterns';
import { DataAccessGuardrail } from '../permissions/data-access-guardrail';
import { DeniedActionGroup } from '../permissions/data-access-guardrail-options';
import { managedPolicyActions, managedPolicyActionsEverywhere, managedPolicyScopedStatements, profileGrantActions } from '../permissions/effective-actions';
import { FIXED_SCOPE_REGION_ACTIONS, globalServiceActionPatterns, HOME_REGION_ACTIONS } from '../permissions/global-services';
import { checkDataGrants, checkReadGrants, checkStatementIds, checkWriteGrants } from '../permissions/grant-checks';
import { deniedActionGroups, guardrailPatterns } from '../permissions/guardrail-actions';
import { DataAccessGrant, OptInFeature } from '../permissions/permission-grant';
import { PermissionProfile } from '../permissions/permission-profile';
import { packStatements, StatementJson } from '../permissions/policy-packing';

/**
 * Properties of a `ReadOnlyRole`.
 */
export interface ReadOnlyRoleProps extends ReadOnlyRoleOptions {
  /**
   * The vendor identity that may assume the role.
   */
  readonly trustedPrincipal: TrustedPrincipal;

  /**
   * The external ID the vendor must present (`sts:ExternalId`). Use `ExternalId.none()` only for a
   * principal of your own organization.
   */
  readonly externalId: ExternalId;

  /**
   * What the vendor may read.
   */
  readonly profile: PermissionProfile;

  /**
   * Data the vendor may read, on named resources only: the exceptions to the data-access guardrail.
   *
   * @default - none: the guardrail denies every data-plane read
   */
  readonly readableData?: DataAccessGrant[];

  /**
   * A permissions boundary that caps what the role may do; member accounts of a
   * `MemberAccountsStackSet` get the same boundary ARN.
   *
   * @default - no boundary
   */
  readonly permissionsBoundary?: iam.IManagedPolicy;

  /**
   * The role's description: at most 1000 characters of printable Latin-1, tab, line feed or
   * carriage return (IAM's rule).
   *
   * @default - names the profile, and says whether the role is read-only (no `writeActions`) and
   * whether data reads are denied (`dataAccessGuardrail`)
   */
  readonly description?: string;

  /**
   * Tags for the role. (CloudFormation takes no tags on IAM managed policies.) IAM's rules apply:
   * keys of 1 to 128 and values of up to 256 letters, digits, spaces and `_.:/=+-@`, and no key
   * starting with `aws:`.
   *
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/**
 * A vendor read-only role: an `iam.IRole` that also takes the data the customer agrees to let the
 * vendor read, the one kind of Allow that the data-access guardrail lets through.
 */
export interface IReadOnlyRole extends iam.IRole {
  /** What the vendor may read. */
  readonly profile: PermissionProfile;

  /**
   * Lets the vendor read data on named resources: an Allow, and the same resources exempted from
   * the data-access guardrail. Returns the grant of the Allow statement.
   */
  addReadableData(grant: DataAccessGrant, options?: ReadableDataOptions): iam.Grant;
}

/**
 * Options for `ReadOnlyRole.addReadableData()`.
 */
export interface ReadableDataOptions {
  /**
   * Create the grant, and exempt its resources from the guardrail, only when this condition is true.
   * All conditional grants of one role share one condition.
   *
   * @default - always
   */
  readonly condition?: CfnCondition;

  /**
   * Resources besides the grant's that the role may reach in its home Region when it has a Region
   * scope, such as the bucket that holds the granted objects (for `s3:ListBucket`).
   *
   * @default - the grant's resources and their buckets
   */
  readonly homeRegionResources?: string[];

  /**
   * The Region the granted resources live in, when it is not the role's own: with a Region scope
   * (`allowedRegions`), the role reads them there as it does in its home Region, on these resources
   * only. `CostReport.grantRead` gives its bucket's Region (us-east-1). A Region unknown at synth time
   * (a stack without an env Region) cannot be allowed: the role reads the data in its own Region only,
   * with a warning.
   *
   * @default - the role's own Region
   */
  readonly dataRegion?: string;
}

/**
 * The read-only role a vendor assumes in a customer account: trusted only by the vendor's principal
 * with the customer's external ID, granting configuration metadata reads, and denying data reads.
 *
 * Its permissions are the profile's AWS-managed policies plus customer-managed policies packed under
 * IAM's size limits, and the data-access guardrail.
 *
 * Escape hatch: `node.defaultChild` is the role's `iam.CfnRole` (the L1 of `role`, construct ID
 * `Resource`), so that `(readOnlyRole.node.defaultChild as CfnResource).overrideLogicalId(...)` and
 * `addPropertyOverride(...)` act on the role's CloudFormation resource.
 */
export class ReadOnlyRole extends Construct implements IReadOnlyRole {
  /** The role name used when `roleName` is not given. */
  public static readonly DEFAULT_ROLE_NAME = 'OnboardingReadOnlyRole';

  /** The underlying IAM role. */
  public readonly role: iam.Role;

  /** The role's ARN: what the customer hands to the vendor. */
  public readonly roleArn: string;

  /** The role's name. */
  public readonly roleName: string;

  /**
   * The external ID the trust policy requires.
   *
   * @default - none, when `ExternalId.none()` was chosen
   */
  public readonly externalId?: string;

  /** The profile the role grants. */
  public readonly profile: PermissionProfile;

  /** The props the role was created with, so that member accounts get the same definition. */
  public readonly props: ReadOnlyRoleProps;

  /** The classes the data-access guardrail denies (none when the guardrail is off). */
  public readonly deniedClasses: ActionClass[];

  /** The action catalog and the classification, indexed once for the role's checks and policies. */
  private readonly catalog = new ActionCatalog();
  /** Every action the guardrail denies, for the synth-time check of policies attached to the role. */
  private readonly guardrailDeniedActions = new Set<string>();
  private classificationIndex?: ActionClassification;

  /** Customer-managed policies holding the profile's and the additional grants. */
  private readonly grantPolicies: iam.ManagedPolicy[] = [];
  private readonly dataGrants: { grant: DataAccessGrant; condition?: CfnCondition }[] = [];
  /** Regions besides the role's own where its home-Region reads reach named data (literal Region codes). */
  private readonly dataRegions = new Set<string>();
  private readonly homeRegionResources: { resources: string[]; condition?: CfnCondition }[] = [];
  /** One policy for unconditional data grants ('' key) and one per condition. */
  private readonly readableDataPolicies = new Map<string, iam.ManagedPolicy>();
  private readonly guardrailPolicies: iam.CfnManagedPolicy[] = [];
  /** The denied reads that opt-in features naming a denied class lift from the guardrail, with their switches. */
  private readonly liftedByFeatures: { actions: string[]; sid: string; condition?: CfnCondition }[] = [];
  private readonly regionScopePolicy?: iam.ManagedPolicy;
  /** The policies built from the props (checked there), as opposed to those attached through iam.IRole. */
  private readonly ownPolicies = new Set<IConstruct>();

  constructor(scope: Construct, id: string, props: ReadOnlyRoleProps) {
    super(scope, id);
    this.props = props;
    this.profile = props.profile;
    const roleName = props.roleName ?? ReadOnlyRole.DEFAULT_ROLE_NAME;
    const maxSessionDuration = props.maxSessionDuration ?? Duration.hours(1);

    requireProps(this, props);
    const validator = new PropsValidator();
    props.trustedPrincipal._validate('trustedPrincipal', validator);
    props.trustedPrincipal._validatePartition('trustedPrincipal', validator, Stack.of(this).region);
    const boundaryPartition = arnPartitionProblem('permissionsBoundary', props.permissionsBoundary?.managedPolicyArn, Stack.of(this).region);
    validator.check(boundaryPartition !== undefined, boundaryPartition!);
    validator.pattern('permissionsBoundary', props.permissionsBoundary?.managedPolicyArn, PATTERNS.managedPolicyArn, ACCEPTED.managedPolicyArn);
    checkRoleDescription('description', props.description, validator);
    checkTags('tags', props.tags, validator);
    props.externalId._validate('externalId', validator);
    validator.check(props.externalId.value === undefined && !props.trustedPrincipal._isNamedRole,
      `externalId may be ExternalId.none() only when trustedPrincipal names one role (TrustedPrincipal.role or roleInAccount), got ExternalId.none() with '${readableValue(Stack.of(this).resolve(props.trustedPrincipal.principalArn))}': without an external ID every principal of that account could assume the role`);
    validator.pattern('roleName', roleName, PATTERNS.roleName, ACCEPTED.roleName);
    validator.pattern('path', props.path, PATTERNS.path, ACCEPTED.path);
    if (props.allowedRegions && !Token.isUnresolved(props.allowedRegions)) {
      validator.check(props.allowedRegions.length === 0, 'allowedRegions must list at least one Region (leave it out for every Region), got []');
      props.allowedRegions.forEach((region, index) => {
        const problem = regionProblem(`allowedRegions[${index}]`, region, props.additionalKnownRegions);
        validator.check(problem !== undefined, problem!);
      });
    }
    for (const problem of additionalKnownRegionsProblems('additionalKnownRegions', props.additionalKnownRegions)) {
      validator.check(true, problem);
    }
    if (!Token.isUnresolved(maxSessionDuration.toSeconds())) {
      const seconds = maxSessionDuration.toSeconds();
      validator.check(seconds < 3600 || seconds > 43200,
        `maxSessionDuration must be between 1 and 12 hours (3600 to 43200 seconds), got ${seconds} seconds`);
    }
    const guardrailOptions = { denySecretBearingConfiguration: props.denySecretBearingConfiguration };
    this.deniedClasses = (props.dataAccessGuardrail ?? true) ? DataAccessGuardrail.deniedClasses(props.profile, guardrailOptions) : [];
    const { unknown: unknownActions, deniedByGuardrail } =
      checkReadGrants('additionalGrants', props.additionalGrants ?? [], this.deniedClasses, validator, this.catalog,
        (props.additionalGrants ?? []).length > 0 ? this.classification : undefined);
    checkWriteGrants('writeActions', props.writeActions ?? [], validator, this.catalog);
    checkWriteGrants('optInFeatures', props.optInFeatures ?? [], validator, this.catalog);
    (props.optInFeatures ?? []).forEach((feature, index) => {
      validator.pattern(`optInFeatures[${index}].name`, feature.name, OPT_IN_NAME, 'a letter followed by letters and digits, at most 48 characters');
      validator.check(isLiteral(feature.enabled) && !['true', 'false'].includes(feature.enabled),
        `optInFeatures[${index}].enabled must be 'true', 'false' or a parameter's value, got '${feature.enabled}'`);
      validator.check((props.optInFeatures ?? []).findIndex((other) => other.name === feature.name) !== index,
        `optInFeatures[${index}].name must be unique, got '${feature.name}' twice`);
    });
    (props.optInFeatures ?? []).forEach((feature, index) => this.checkDeniedClassFeature(feature, index, validator));
    checkDataGrants('readableData', props.readableData ?? [], validator, this.catalog);
    checkStatementIds([
      { property: 'additionalGrants', grants: props.additionalGrants ?? [], defaultSid: (index) => `AdditionalGrant${index + 1}` },
      { property: 'writeActions', grants: props.writeActions ?? [], defaultSid: (index) => `OptInWrite${index + 1}` },
    ], [
      { matches: (sid) => props.profile.grants.some((grant) => grant.sid === sid), holder: `the ${props.profile.name} profile's grants have` },
      { matches: (sid) => props.pinnedPermissions === true && /^Pinned(?:Scoped)?Reads\d*$/.test(sid), holder: 'pinnedPermissions uses' },
    ], validator);
    validator.throwIfInvalid(this);
    if (unknownActions.length > 0) {
      Annotations.of(this).addWarningV2('cdk-account-onboarding:unknownAction',
        `additionalGrants name actions that the IAM action catalog does not know (new or misspelled): ${unknownActions.join(', ')}`);
    }

    if (deniedByGuardrail.length > 0) {
      Annotations.of(this).addWarningV2('cdk-account-onboarding:grantDeniedByGuardrail',
        `additionalGrants wildcards match actions that the data-access guardrail denies, so the role cannot use them: ${[...new Set(deniedByGuardrail)].join(', ')}`);
    }
    this.warnWithoutExternalId(props);

    this.role = new iam.Role(this, 'Resource', {
      roleName,
      path: props.path,
      assumedBy: props.trustedPrincipal._toPrincipal(props.externalId.value),
      maxSessionDuration,
      permissionsBoundary: props.permissionsBoundary,
      description: props.description ?? roleDescription(props.profile.name, props, { recipient: 'for a vendor' }),
      managedPolicies: this.awsManagedPolicyNames.map((name) => iam.ManagedPolicy.fromAwsManagedPolicyName(name)),
    });
    // The escape hatch reaches the CloudFormation resource, as on CDK's own L2s; the construct IDs stay.
    this.node.defaultChild = this.role.node.defaultChild;
    if (this.awsManagedPolicyNames.length > 0) {
      acknowledgeAwsManagedPolicies(this.role, this.awsManagedPolicyNames,
        `The ${props.profile.name} profile attaches ${this.awsManagedPolicyNames.join(', ')} on purpose: AWS keeps these read-only job-function policies current as services add configuration APIs. Every action they allowed at the pinned version is classified and the guardrail denies the classes that return data; an action AWS adds later is reported by the verify command, and pinnedPermissions replaces these policies with the classified allow set.`);
    }
    this.roleArn = this.role.roleArn;
    this.roleName = this.role.roleName;
    this.externalId = props.externalId.value;

    const writeStatements = (props.writeActions ?? []).map((grant, index) =>
      this.statementJson('Allow', grant.sid ?? `OptInWrite${index + 1}`, grant.actions, grant.resources));
    this.createGrantPolicies([
      ...props.profile.grants.map((grant) => this.statementJson('Allow', grant.sid!, grant.actions, grant.resources?.map(inPartition))),
      ...(props.pinnedPermissions ? this.pinnedStatements() : []),
      ...(props.additionalGrants ?? []).map((grant, index) =>
        this.statementJson('Allow', grant.sid ?? `AdditionalGrant${index + 1}`, grant.actions, grant.resources)),
      ...writeStatements,
    ], writeStatements.map((statement) => statement.Sid as string));
    for (const grant of props.readableData ?? []) {
      this.addReadableData(grant);
    }
    (props.optInFeatures ?? []).forEach((feature) => this.createOptInFeature(feature));
    if (props.dataAccessGuardrail ?? true) {
      this.createGuardrail(deniedActionGroups(props.profile, guardrailOptions));
    }
    if (props.allowedRegions) {
      this.regionScopePolicy = this.createRegionScope(props.allowedRegions);
    }

    for (const [key, value] of Object.entries(props.tags ?? {})) {
      Tags.of(this).add(key, value);
    }
    // One walk of the app finds every policy attached to the role, in any stack and by any route.
    this.node.addValidation({
      validate: () => {
        const attachments = findAttachments(this.role);
        return [...this.validateLimits(attachments), ...checkAttachedPolicies(this.attachedPolicyContext(), attachments)];
      },
    });
  }

  /**
   * Lets the vendor read data on named resources: allows the actions there and exempts those
   * resources (and only those) from the data-access guardrail.
   *
   * With a condition, the grant and its exemption exist only when the condition is true (the
   * published template uses this for the optional cost report).
   */
  public addReadableData(grant: DataAccessGrant, options: ReadableDataOptions = {}): iam.Grant {
    const validator = new PropsValidator();
    checkDataGrants('readableData', [grant], validator, this.catalog);
    const otherCondition = this.dataGrants.find((existing) => existing.condition && options.condition && existing.condition !== options.condition);
    validator.check(otherCondition !== undefined,
      `readableData conditions must all be the same condition, got '${options.condition?.node.id}' after '${otherCondition?.condition?.node.id}'`);
    validator.throwIfInvalid(this);
    this.dataGrants.push({ grant, condition: options.condition });

    const key = options.condition?.node.id ?? '';
    let policy = this.readableDataPolicies.get(key);
    if (!policy) {
      // 'ReadableData' holds unconditional grants; 'ReadableData<Condition>' those behind a condition.
      policy = this.own(new iam.ManagedPolicy(this, `ReadableData${key}`, {
        description: 'Data the customer agreed to let the vendor read; the data-access guardrail exempts exactly these resources.',
        roles: [this.role],
      }));
      if (options.condition) {
        (policy.node.defaultChild as iam.CfnManagedPolicy).cfnOptions.condition = options.condition;
      }
      this.readableDataPolicies.set(key, policy);
    }
    if (options.homeRegionResources) {
      this.homeRegionResources.push({ resources: options.homeRegionResources, condition: options.condition });
    }
    const ownRegion = Stack.of(this).region;
    if (options.dataRegion !== undefined && options.dataRegion !== ownRegion) {
      if (isLiteral(options.dataRegion)) {
        this.dataRegions.add(options.dataRegion);
      } else if (this.regionScopePolicy) {
        // Another stack's AWS::Region would resolve to this stack's own here: the Region must be known.
        Annotations.of(this).addWarningV2('cdk-account-onboarding:dataRegionUnknown',
          `The Region of the readable data (${grant.resources.length} resource(s)) is not known at synth time: the Region scope lets the role read them in its own Region only. Give the data's stack an env Region.`);
      }
    }
    // The customer named these resources and the reason; that is the evidence cdk-nag asks for.
    acknowledgeWildcards(policy, grant.actions, grant.resources, `Data read the customer agreed to: ${grant.reason}`);
    return iam.Grant.addToPrincipal({
      grantee: new ManagedPolicyGrantee(this.role.roleArn, policy, `ReadableData${this.dataGrants.length}`),
      actions: [...new Set(grant.actions)],
      resourceArns: grant.resources,
    });
  }

  // iam.IRole, delegated to the role: so that a ReadOnlyRole goes wherever CDK takes a role. A
  // policy that allows what the guardrail denies is pointed out at synth (see the constructor).

  /** The principal that grants go to: the role itself. */
  public get grantPrincipal(): iam.IPrincipal {
    return this.role;
  }

  public get assumeRoleAction(): string {
    return this.role.assumeRoleAction;
  }

  public get policyFragment(): iam.PrincipalPolicyFragment {
    return this.role.policyFragment;
  }

  public get principalAccount(): string | undefined {
    return this.role.principalAccount;
  }

  public get roleRef(): iam.RoleReference {
    return this.role.roleRef;
  }

  public get stack(): Stack {
    return this.role.stack;
  }

  public get env(): ResourceEnvironment {
    return this.role.env;
  }

  public applyRemovalPolicy(policy: RemovalPolicy): void {
    this.role.applyRemovalPolicy(policy);
  }

  public addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult {
    return this.role.addToPrincipalPolicy(statement);
  }

  public addToPolicy(statement: iam.PolicyStatement): boolean {
    return this.role.addToPrincipalPolicy(statement).statementAdded;
  }

  public addManagedPolicy(policy: iam.IManagedPolicy): void {
    this.role.addManagedPolicy(policy);
  }

  public attachInlinePolicy(policy: iam.Policy): void {
    this.role.attachInlinePolicy(policy);
  }

  public grant(grantee: iam.IPrincipal, ...actions: string[]): iam.Grant {
    return this.role.grant(grantee, ...actions);
  }

  public grantPassRole(grantee: iam.IPrincipal): iam.Grant {
    return this.role.grantPassRole(grantee);
  }

  public grantAssumeRole(grantee: iam.IPrincipal): iam.Grant {
    return this.role.grantAssumeRole(grantee);
  }

  /** The resources the data-access guardrail exempts (conditional ones included). */
  public get readableDataResources(): string[] {
    return [...new Set(this.dataGrants.flatMap((entry) => entry.grant.resources))];
  }

  /** The data grants, in the order they were added, with the reason of each. */
  public get readableData(): DataAccessGrant[] {
    return this.dataGrants.map((entry) => entry.grant);
  }

  /** Records a policy the role builds from its props: the checks of attached policies leave it to the props checks. */
  private own<T extends IConstruct>(policy: T): T {
    this.ownPolicies.add(policy.node.defaultChild ?? policy);
    return policy;
  }

  private attachedPolicyContext() {
    const features = (this.props.optInFeatures ?? []).filter((feature) => feature.enabled !== undefined && feature.enabled !== 'false');
    return {
      owner: this,
      ownPolicies: this.ownPolicies,
      catalog: this.catalog,
      guardrailDenied: this.guardrailDeniedActions,
      readableDataResources: this.readableDataResources,
      declaredWrites: [...(this.props.writeActions ?? []), ...features].flatMap((grant) => grant.actions),
      ownAwsManagedPolicies: this.awsManagedPolicyNames,
    };
  }

  private statementJson(effect: 'Allow' | 'Deny', sid: string, actions: string[], resources?: string[]): StatementJson {
    const uniqueActions = [...new Set(actions)];
    const resourceList = resources ?? ['*'];
    return {
      Sid: sid,
      Effect: effect,
      Action: uniqueActions.length === 1 ? uniqueActions[0] : uniqueActions,
      Resource: resourceList.length === 1 ? resourceList[0] : resourceList,
    };
  }

  /** The classification, indexed on first use: most roles have no grant to classify. */
  private get classification(): ActionClassification {
    this.classificationIndex ??= ActionClassification._release();
    return this.classificationIndex;
  }

  private measure(json: unknown): number {
    // Resolving is the slow part of measuring, and most statements hold no token.
    return policyCharacters(Token.isUnresolved(json) || JSON.stringify(json).includes('${Token[') ? Stack.of(this).resolve(json) : json);
  }

  private createGrantPolicies(statements: StatementJson[], writeSids: string[]): void {
    const documents = packStatements(statements, (json) => this.measure(json));
    documents.forEach((document, index) => {
      // Construct IDs are part of the contract: Permissions1 stays Permissions1 across versions.
      const policy = this.own(new iam.ManagedPolicy(this, `Permissions${index + 1}`, {
        // A changed description replaces a managed policy, so it names nothing that changes with
        // the profile or the packing.
        description: 'Configuration reads granted to the vendor; every statement\'s reason is in PERMISSIONS.md.',
        document: iam.PolicyDocument.fromJson({ Version: '2012-10-17', Statement: document }),
        roles: [this.role],
      }));
      this.grantPolicies.push(policy);
      // Only reads are acknowledged: a wildcard in an opted-in write stays visible to cdk-nag.
      const readStatements = document.filter((statement) => !writeSids.some((sid) => statement.Sid === sid || String(statement.Sid).startsWith(`${sid}Part`)));
      acknowledgeWildcards(policy,
        readStatements.flatMap((statement) => [statement.Action].flat() as string[]),
        readStatements.flatMap((statement) => [statement.Resource].flat() as string[]),
        'Configuration reads apply account-wide because the vendor inventories every resource; each wildcard is a read-only pattern (Describe*, Get*, List*) whose expansion is checked against the IAM action catalog, and the data-access guardrail denies data reads.');
    });
  }

  /**
   * An opt-in feature: an inline policy of the role, under a condition when the feature's switch is
   * a parameter. Inline, so that features take none of the role's ten managed-policy slots.
   */
  private createOptInFeature(feature: OptInFeature): void {
    if (feature.enabled === undefined || feature.enabled === 'false') {
      return;
    }
    const liftedActions = feature.deniedClass ? this.expandFeatureActions(feature) : [];
    const policy = this.own(new iam.Policy(this, `OptIn${feature.name}`, {
      roles: [this.role],
      document: iam.PolicyDocument.fromJson({
        Version: '2012-10-17',
        Statement: [this.statementJson('Allow', `OptIn${feature.name}`, feature.actions, feature.resources)],
      }),
    }));
    if (feature.enabled !== 'true') {
      const condition = new CfnCondition(this, `OptIn${feature.name}Enabled`, { expression: Fn.conditionEquals(feature.enabled, 'true') });
      (policy.node.defaultChild as iam.CfnPolicy).cfnOptions.condition = condition;
      // The guardrail keeps denying the feature's reads while the switch is off: a statement of its own, dropped when on.
      this.liftedByFeatures.push({ actions: liftedActions, sid: `DenyUnlessOptIn${feature.name}`, condition });
    } else {
      this.liftedByFeatures.push({ actions: liftedActions, sid: `DenyUnlessOptIn${feature.name}` });
    }
    // The customer switches the feature on, with its reason in front of them: that is the evidence.
    acknowledgeWildcards(policy, feature.actions, feature.resources ?? ['*'], `Opt-in feature the customer switches on: ${feature.reason}`);
    acknowledgeComplianceRule(policy, 'IAMNoInlinePolicy',
      'Inline on purpose: each opt-in feature belongs to this one role, is switched on by its own condition, and takes none of the role\'s ten managed-policy slots.');
  }

  /**
   * A feature that names a denied class: each of its actions must be in that class or in metadata, so that
   * switching it on lifts the guardrail for what the customer read in its name and nothing else.
   */
  private checkDeniedClassFeature(feature: OptInFeature, index: number, validator: PropsValidator): void {
    const at = `optInFeatures[${index}]`;
    if (feature.deniedClass === undefined) {
      return;
    }
    if (!ALWAYS_DENIED_CLASSES.includes(feature.deniedClass) && feature.deniedClass !== ActionClass.SECRET_BEARING_CONFIGURATION) {
      validator.check(true, `${at}.deniedClass must be a class the guardrail denies (${[...ALWAYS_DENIED_CLASSES, ActionClass.SECRET_BEARING_CONFIGURATION].join(', ')}), got '${feature.deniedClass}'`);
      return;
    }
    const outside = this.expandFeatureActions(feature).map((action) => ({ action, actionClass: this.classification.classify(action).actionClass }))
      .filter(({ actionClass }) => actionClass !== feature.deniedClass && actionClass !== ActionClass.METADATA)
      .map(({ action, actionClass }) => `${action} (${actionClass ?? 'unclassified'})`);
    validator.check(outside.length > 0,
      `${at}.actions must be in its deniedClass '${feature.deniedClass}' or in metadata, got ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ` and ${outside.length - 5} more` : ''}`);
  }

  /** The reads that features naming a denied class lift from the guardrail (switched on, or switchable), lowercased. */
  private featureLiftedActions(): Set<string> {
    return new Set((this.props.optInFeatures ?? []).filter((feature) => feature.deniedClass && feature.enabled !== undefined && feature.enabled !== 'false')
      .flatMap((feature) => this.expandFeatureActions(feature).map((action) => action.toLowerCase())));
  }

  /** A feature's actions, expanded against the catalog (exact names as written when the catalog does not know them). */
  private expandFeatureActions(feature: OptInFeature): string[] {
    return [...new Set(feature.actions.flatMap((pattern) => {
      const expanded = expandActionPattern(pattern, this.catalog);
      return expanded.length > 0 ? expanded : [pattern];
    }))];
  }

  private createGuardrail(allGroups: DeniedActionGroup[]): void {
    // The reads a switched-on (or switchable) feature names leave the shared statements: a switchable
    // feature denies them in a statement of its own that exists while its switch is off.
    const lifted = this.featureLiftedActions();
    const groups = allGroups.map((group) => ({ ...group, actions: group.actions.filter((action) => !lifted.has(action.toLowerCase())) }))
      .filter((group) => group.actions.length > 0);
    const isSecretBearing = (group: DeniedActionGroup) => group.actionClass === ActionClass.SECRET_BEARING_CONFIGURATION;
    const deniedActions = groups.filter((group) => !isSecretBearing(group)).flatMap((group) => group.actions);
    const secretBearing = new Set(groups.filter(isSecretBearing).flatMap((group) => group.actions));
    for (const action of [...deniedActions, ...secretBearing]) {
      this.guardrailDeniedActions.add(action);
    }
    const statements: StatementJson[] = [
      { Sid: GUARDRAIL_DATA_SID, Effect: 'Deny', Action: guardrailPatterns(deniedActions, this.catalog) },
      ...(secretBearing.size > 0 ? [{ Sid: 'DenySecretBearingConfiguration', Effect: 'Deny', Action: guardrailPatterns([...secretBearing], this.catalog), Resource: '*' }] : []),
      ...RESOURCE_SCOPED_DENIALS.map((denial) => ({
        Sid: denial.sid, Effect: 'Deny', Action: [...denial.actions], Resource: denial.resources.map((resource) => `arn:${Aws.PARTITION}:${resource}`),
      })),
      ...this.liftedByFeatures.filter((feature) => feature.condition && feature.actions.length > 0).map((feature) =>
        Fn.conditionIf(feature.condition!.logicalId, Aws.NO_VALUE, this.statementJson('Deny', feature.sid, feature.actions)) as unknown as StatementJson),
    ];
    // Room for the resources a later data grant exempts (CostReport.grantRead); validateLimits
    // measures the finished documents again.
    const documents = packStatements(statements, (json) => this.measure(json), IAM_LIMITS.managedPolicyCharacters - GUARDRAIL_EXEMPTION_RESERVE);
    documents.forEach((document, index) => {
      // An L1 resource because the Deny switches from Resource to NotResource when data grants are
      // added after construction (CostReport.grantRead), which an L2 statement cannot do lazily.
      // Construct IDs are part of the contract: the first policy keeps the ID it has had since 1.0.
      this.guardrailPolicies.push(this.own(new iam.CfnManagedPolicy(this, index === 0 ? 'DataAccessGuardrail' : `DataAccessGuardrail${index + 1}`, {
        description: 'Denies every read that returns content, credentials, code or personal data (and secret-bearing configuration where denied), except on the resources the customer named.',
        roles: [this.role.roleName],
        policyDocument: Lazy.any({ produce: () => this.guardrailDocument(document) }),
      })));
    });
  }

  /**
   * The AWS-managed policies' reads as this release classified them, for pinned mode: statements that
   * the grant policies pack with the profile's own grants. Wildcards match only catalog actions of
   * the allow set; reads the managed policies allow on some resources only (apigateway:GET on API
   * paths) keep those resources, in the stack's partition.
   */
  private pinnedStatements(): StatementJson[] {
    const own = new Set(profileGrantActions(this.profile, this.catalog).map((action) => action.toLowerCase()));
    const allowed = new Set(this.pinnedAllowSet(this.classification).map((action) => action.toLowerCase()));
    const everywhere = this.profile.awsManagedPolicyNames.flatMap(managedPolicyActionsEverywhere)
      .filter((action) => allowed.has(action.toLowerCase()) && !own.has(action.toLowerCase()));
    const scoped = this.profile.awsManagedPolicyNames.flatMap(managedPolicyScopedStatements)
      .map((statement) => ({ ...statement, actions: statement.actions.filter((action) => allowed.has(action.toLowerCase())) }))
      .filter((statement) => statement.actions.length > 0);
    // Under the guardrail, a pattern may also match reads it denies: the Deny takes them back, and the
    // patterns stay few. Without it (or for reads a feature lifts), a pattern matches the allow set only.
    const guardrailDenied = (this.props.dataAccessGuardrail ?? true)
      ? deniedActionGroups(this.profile, { denySecretBearingConfiguration: this.props.denySecretBearingConfiguration })
        .flatMap((group) => group.actions)
        .filter((action) => !this.featureLiftedActions().has(action.toLowerCase()))
      : [];
    return [
      {
        Sid: 'PinnedReads',
        Effect: 'Allow',
        Resource: '*',
        Action: compressActions([...new Set(everywhere)], this.catalog, { shortenSingleActions: true, mayAlsoMatch: guardrailDenied }),
      },
      ...scoped.map((statement, index) => this.statementJson('Allow', `PinnedScopedReads${index + 1}`, statement.actions,
        [...new Set(statement.resources.map(inPartition))])),
    ];
  }

  /**
   * The actions the profile's AWS-managed policies allowed at their pinned versions that the role
   * keeps: metadata, and secret-bearing configuration where the profile allows it.
   */
  private pinnedAllowSet(classification: ActionClassification): string[] {
    const denied = new Set(this.deniedClasses);
    const kept = new Set(this.props.denySecretBearingConfiguration === true ? [] :
      this.profile.secretBearingConfigurationNeeds.flatMap((need) => need.actions.map((action) => action.toLowerCase())));
    return [...new Set(this.profile.awsManagedPolicyNames.flatMap(managedPolicyActions))].filter((action) => {
      const actionClass = classification.classify(action).actionClass;
      return actionClass !== undefined && (!denied.has(actionClass) || kept.has(action.toLowerCase()));
    }).sort();
  }

  /** The AWS-managed policies the role attaches: the profile's, unless pinned. */
  public get awsManagedPolicyNames(): string[] {
    return this.props.pinnedPermissions ? [] : [...this.profile.awsManagedPolicyNames];
  }

  private warnWithoutExternalId(props: ReadOnlyRoleProps): void {
    const account = props.trustedPrincipal._accountId;
    const own = Stack.of(this).account;
    if (props.externalId.value === undefined && account !== undefined && (Token.isUnresolved(own) || account !== own)) {
      Annotations.of(this).addWarningV2('cdk-account-onboarding:noExternalIdForeignAccount',
        `externalId is ExternalId.none() and the trusted role is in account ${account}: use ExternalId.none() only for a role of your own organization; a vendor's role needs ExternalId.of(<the ID the vendor gave you>)`);
    }
  }

  private createRegionScope(regions: string[]): iam.ManagedPolicy {
    const outside = { StringNotEquals: { 'aws:RequestedRegion': regions } };
    const policy = this.own(new iam.ManagedPolicy(this, 'RegionScope', {
      description: 'Denies every action outside the Regions the customer allows, except global services that answer in one Region only.',
      roles: [this.role],
      document: new iam.PolicyDocument({
        statements: [
          new iam.PolicyStatement({
            sid: 'DenyOutsideAllowedRegions',
            effect: iam.Effect.DENY,
            notActions: [...globalServiceActionPatterns(), ...HOME_REGION_ACTIONS, ...FIXED_SCOPE_REGION_ACTIONS.flatMap((scope) => scope.actions)],
            resources: ['*'],
            conditions: outside,
          }),
          new iam.PolicyStatement({
            sid: 'DenyOutsideAllowedRegionsAndHome',
            effect: iam.Effect.DENY,
            actions: [...HOME_REGION_ACTIONS],
            resources: ['*'],
            // The role's own Region, and the Regions of the data it reads (known once grants are made).
            conditions: { StringNotEquals: { 'aws:RequestedRegion': Lazy.list({ produce: () => withRegions(regions, [Stack.of(this).region, ...this.dataRegions]) }) } },
          }),
          // The fixed Region serves the CLOUDFRONT scope only: REGIONAL web ACLs there stay outside the scope.
          new iam.PolicyStatement({
            sid: 'DenyRegionalWafOutsideAllowedRegions',
            effect: iam.Effect.DENY,
            actions: ['wafv2:*'],
            resources: [`arn:${Aws.PARTITION}:wafv2:*:*:regional/*`],
            conditions: outside,
          }),
          ...FIXED_SCOPE_REGION_ACTIONS.map((scope, index) => new iam.PolicyStatement({
            sid: `DenyOutsideAllowedRegionsAndFixedScope${index + 1}`,
            effect: iam.Effect.DENY,
            actions: [...scope.actions],
            resources: ['*'],
            conditions: { StringNotEquals: { 'aws:RequestedRegion': withRegions(regions, [scope.region]) } },
          })),
        ],
      }),
    }));
    // In the role's own Region, outside the allowed ones, the home-Region reads reach the data the
    // customer named (the cost report bucket and its report prefixes) and nothing else. The data is
    // known only once grants are made (CostReport.grantRead), so the statement is produced lazily.
    const statementCount = 3 + FIXED_SCOPE_REGION_ACTIONS.length;
    (policy.node.defaultChild as iam.CfnManagedPolicy).addPropertyOverride(`PolicyDocument.Statement.${statementCount}`,
      Lazy.any({ produce: () => this.homeRegionStatement(outside) }));
    if (Token.isUnresolved(regions)) {
      // A parameter the customer may leave empty: no scope then, rather than a Deny of every
      // regional action (no Region equals '').
      const enabled = new CfnCondition(this, 'RegionScopeEnabled', {
        expression: Fn.conditionNot(Fn.conditionEquals(Fn.join('', regions), '')),
      });
      (policy.node.defaultChild as iam.CfnManagedPolicy).cfnOptions.condition = enabled;
    }
    return policy;
  }


  /** The Deny of home-Region reads outside the named data, chosen by the data grants' condition. */
  private homeRegionStatement(outside: Record<string, unknown>): unknown {
    const entries = [
      ...this.dataGrants.map((entry) => ({ resources: withBuckets(entry.grant.resources), condition: entry.condition })),
      ...this.homeRegionResources,
    ];
    const statement = (exempt: string[]) => ({
      Sid: 'DenyHomeRegionOutsideNamedData',
      Effect: 'Deny',
      Action: [...HOME_REGION_ACTIONS],
      ...(exempt.length > 0 ? { NotResource: [...new Set(exempt)] } : { Resource: '*' }),
      Condition: outside,
    });
    return chosenByCondition(entries, statement);
  }

  /**
   * A guardrail document as it will be synthesized, with the data grants' exemptions. A data-read
   * Deny is split by service: the actions of the services the grants read with (s3 for the cost
   * report) are denied except on the granted resources, chosen by the grants' condition; the
   * others, which act on no resource of those services, are denied everywhere, in one statement
   * that no condition doubles.
   */
  private guardrailDocument(statements: StatementJson[]): unknown {
    const entries = this.dataGrants.map((entry) => ({ resources: entry.grant.resources, condition: entry.condition }));
    const grantServices = new Set(this.dataGrants.flatMap((entry) => entry.grant.actions).map((action) => action.split(':')[0].toLowerCase()));
    return {
      Version: '2012-10-17',
      Statement: statements.flatMap((statement) => {
        // A statement chosen by a condition (an opt-in feature's Deny) is a token: kept as it is.
        if (Token.isUnresolved(statement)) {
          return [statement];
        }
        if (!String(statement.Sid).startsWith(GUARDRAIL_DATA_SID) || entries.length === 0) {
          return [{ ...statement, ...(String(statement.Sid).startsWith(GUARDRAIL_DATA_SID) ? { Resource: '*' } : {}) }];
        }
        const actions = statement.Action as string[];
        const ofGrantServices = actions.filter((action) => grantServices.has(action.split(':')[0].toLowerCase()));
        const others = actions.filter((action) => !ofGrantServices.includes(action));
        return [
          ...(others.length > 0 ? [{ ...statement, Action: others, Resource: '*' }] : []),
          ...(ofGrantServices.length > 0
            ? [chosenByCondition(entries, (exempt) => ({
              ...statement,
              Sid: `${statement.Sid}${GUARDRAIL_EXEMPTING_SID_SUFFIX}`,
              Action: ofGrantServices,
              ...(exempt.length > 0 ? { NotResource: [...new Set(exempt)] } : { Resource: '*' }),
            }))]
            : []),
        ];
      }),
    };
  }

  /** A guardrail policy's document with every exemption, as the limit check measures it. */
  private withEveryExemption(policy: iam.CfnManagedPolicy): unknown {
    const document = Stack.of(this).resolve(policy.policyDocument) as { Statement: unknown[] };
    const everyExemption = (statement: any) => (statement?.['Fn::If'] ? statement['Fn::If'][1] : statement);
    return { ...document, Statement: document.Statement.map(everyExemption) };
  }

  private validateLimits(attachments: RoleAttachments): string[] {
    const problems: string[] = [];
    const stack = Stack.of(this);
    const documents: [string, unknown][] = [
      ...this.grantPolicies.map((policy): [string, unknown] => [policy.node.id, policy.document]),
      ...[...this.readableDataPolicies.values()].map((policy): [string, unknown] => [policy.node.id, policy.document]),
      ...(this.regionScopePolicy ? [['RegionScope', this.regionScopePolicy.document] as [string, unknown]] : []),
      // Measured with every exemption: the larger of the documents a condition chooses between.
      ...this.guardrailPolicies.map((policy): [string, unknown] => [policy.node.id, this.withEveryExemption(policy)]),
    ];
    for (const [name, document] of documents) {
      const size = policyCharacters(stack.resolve(document));
      if (size > IAM_LIMITS.managedPolicyCharacters) {
        problems.push(`managed policy ${name} must be at most ${IAM_LIMITS.managedPolicyCharacters} characters, got ${size}: give fewer or shorter grants`);
      }
    }
    // Inline policies of the role, from any stack (opt-in features, CostReport.grantRead's listing, grants).
    const inline = attachments.inline;
    const inlineSize = inline.reduce((total, policy) => total + policyCharacters(Stack.of(policy).resolve(policy.policyDocument)), 0);
    if (inlineSize > IAM_LIMITS.inlinePolicyCharactersPerRole) {
      problems.push(`the role's inline policies must be at most ${IAM_LIMITS.inlinePolicyCharactersPerRole} characters together, got ${inlineSize} (${inline.map((policy) => policyName(policy, this)).join(', ')})`);
    }
    // Every managed policy counts, however it was attached and from whichever stack: IAM refuses the
    // eleventh at deploy time.
    const awsManaged = attachments.byArn.filter((entry) => entry.awsManagedName !== undefined);
    const ownManaged = attachments.managed.filter((policy) => this.ownPolicies.has(policy));
    const otherManaged = attachments.managed.filter((policy) => !this.ownPolicies.has(policy));
    const byArn = attachments.byArn.filter((entry) => entry.awsManagedName === undefined);
    const attached = attachments.byArn.length + attachments.managed.length;
    if (attached > IAM_LIMITS.managedPoliciesPerRole) {
      const sources = [
        awsManaged.length > 0 ? `AWS-managed ${awsManaged.map((entry) => entry.awsManagedName).join(', ')}` : undefined,
        ownManaged.length > 0 ? `the role's own ${ownManaged.map((policy) => policyName(policy, this)).join(', ')}` : undefined,
        otherManaged.length > 0 ? `attached by ${otherManaged.map((policy) => policyName(policy)).join(', ')}` : undefined,
        byArn.length > 0 ? `attached by ARN ${byArn.map((entry) => entry.arn).join(', ')}` : undefined,
      ].filter((source) => source !== undefined);
      problems.push(`the role must have at most ${IAM_LIMITS.managedPoliciesPerRole} managed policies, got ${attached} `
        + `(${awsManaged.length} AWS-managed, ${attached - awsManaged.length} customer-managed): ${sources.join('; ')}: `
        + 'give fewer grants, or attach fewer managed policies (an inline policy takes no slot)');
    }
    const trustSize = policyCharacters(stack.resolve(this.role.assumeRolePolicy));
    if (trustSize > IAM_LIMITS.trustPolicyCharacters) {
      problems.push(`the trust policy must be at most ${IAM_LIMITS.trustPolicyCharacters} characters, got ${trustSize}: use fewer principalArnPatterns`);
    }
    return problems;
  }
}

const GUARDRAIL_DATA_SID = 'DenyDataPlaneReads';
/** Ends the Sid of the part of a data-read Deny that exempts the granted resources. */
const GUARDRAIL_EXEMPTING_SID_SUFFIX = 'OutsideNamedData';
/** Characters each guardrail policy keeps free for the resources later data grants exempt. */
const GUARDRAIL_EXEMPTION_RESERVE = 800;

/**
 * Denials that apply to some resources of an action only: the action itself is metadata, and the
 * classification says so; these resources of it return credentials.
 */
const RESOURCE_SCOPED_DENIALS: readonly { sid: string; actions: readonly string[]; resources: readonly string[]; reason: string }[] = [
  {
    sid: 'DenyApiKeyValues',
    actions: ['apigateway:GET'],
    // Partition-relative: the role's partition is prefixed when the statement is written.
    resources: ['apigateway:*::/apikeys', 'apigateway:*::/apikeys/*', 'apigateway:*::/usageplans/*/keys', 'apigateway:*::/usageplans/*/keys/*'],
    reason: 'GET on /apikeys (includeValue=true) and on a usage plan\'s keys returns API key values; the other API Gateway GETs are configuration, stage variables among them.',
  },
];

/**
 * The required props, checked before anything reads them: from JavaScript a missing one would
 * otherwise surface as `Cannot read properties of undefined`.
 */
function requireProps(scope: Construct, props: ReadOnlyRoleProps | undefined): asserts props is ReadOnlyRoleProps {
  const missing = [
    ['trustedPrincipal', props?.trustedPrincipal, TrustedPrincipal, 'TrustedPrincipal.role(<vendor role ARN>)'],
    ['externalId', props?.externalId, ExternalId, "ExternalId.of('<the ID your vendor gave you>') or ExternalId.none()"],
    ['profile', props?.profile, PermissionProfile, 'PermissionProfile.COST, SECURITY_AUDIT or INVENTORY'],
  ].filter(([, value, type]) => !(value instanceof (type as Function)))
    .map(([name, value, , accepted]) => `${name} must be ${accepted}, got ${value === undefined ? 'undefined' : JSON.stringify(value)}`);
  if (missing.length > 0) {
    throw synthError('InvalidProps', missing.length === 1 ? missing[0] : `invalid props:\n- ${missing.join('\n- ')}`, scope);
  }
}

/**
 * A document or statement that exempts resources, built for the resources given always and, when some
 * are given under a condition, chosen by that condition: a Deny cannot switch NotResource entries on
 * and off one by one, so the exemption exists exactly when the conditional grant does.
 */
function chosenByCondition(entries: { resources: string[]; condition?: CfnCondition }[], build: (exempt: string[]) => unknown): unknown {
  const always = entries.filter((entry) => !entry.condition).flatMap((entry) => entry.resources);
  const conditional = entries.filter((entry) => entry.condition);
  if (conditional.length === 0) {
    return build(always);
  }
  return Fn.conditionIf(conditional[0].condition!.logicalId,
    build([...always, ...conditional.flatMap((entry) => entry.resources)]), build(always));
}

/** An ARN written for the aws partition, in the stack's partition. */
function inPartition(resource: string): string {
  return resource.replace(/^arn:aws:/, `arn:${Aws.PARTITION}:`);
}

/** The resources and, for literal S3 object ARNs, their buckets (listing the objects needs the bucket). */
function withBuckets(resources: string[]): string[] {
  const buckets = resources
    .map((resource) => /^(arn:[^:]+:s3:::[^/*?]+)\/./.exec(resource)?.[1])
    .filter((bucket): bucket is string => bucket !== undefined && !Token.isUnresolved(bucket));
  return [...resources, ...buckets];
}

/** The allowed Regions and one more, for a literal list or a list token alike. */
function withRegions(regions: string[], homes: string[]): string[] {
  return Token.isUnresolved(regions)
    ? Fn.split(',', Fn.join(',', [Fn.join(',', regions), ...homes]))
    : [...new Set([...regions, ...homes])];
}

/**
 * The grantee of a readable-data grant: its statement goes into the role's readable-data managed
 * policy, which the guardrail's exemptions are written against, not into the role's default policy.
 */
class ManagedPolicyGrantee implements iam.IGrantable {
  public readonly grantPrincipal: iam.IPrincipal;

  constructor(roleArn: string, policy: iam.ManagedPolicy, sid: string) {
    this.grantPrincipal = new ManagedPolicyPrincipal(roleArn, policy, sid);
  }
}

class ManagedPolicyPrincipal extends iam.ArnPrincipal {
  constructor(roleArn: string, private readonly policy: iam.ManagedPolicy, private readonly sid: string) {
    super(roleArn);
  }

  public addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult {
    statement.sid = this.sid;
    this.policy.addStatements(statement);
    return { statementAdded: true, policyDependable: this.policy };
  }
}
