/**
 * Property-based tests: random valid props of every public construct, and random vendor configs, give
 * templates that pass the project's own checks; random invalid literals fail with an error naming the
 * property and the bad value.
 *
 * Construction is cheap and synthesis (with CloudFormation's built-in validator) is not, so each valid-input
 * property comes twice: many runs that construct and run the constructs' own validations
 * (`node.validate()`, what synthesis runs first), and a few runs that synthesize and check the template.
 * Invalid literals throw in the constructor, before anything is synthesized, so they get many runs.
 *
 * Every property of a run uses one seed, printed before the tests; `FC_SEED=<seed>` replays a run.
 */
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import * as fc from 'fast-check';
import {
  accountId, additionalGrants, assertProperty, bucketName, errorOf, exportOf, externalId, invalidAccountId, invalidBucketName,
  InvalidCase, invalidDataExportName, invalidExternalId, invalidLegacyCombination, invalidOrganizationalUnitId, invalidPath, invalidPrefix,
  invalidRegion, invalidReportName, invalidRoleArn, invalidRoleName, invalidRootId, invalidStackSetName, organizationalUnitId,
  principalArnPattern, profile, region, roleArn, roleName, rolePath, rootId, SEED, semver, sessionSeconds, stackSetName, tagKey,
  tagValue, validExportOptionsList, validExports, vendorName, withForeign, writeActions,
} from './support/arbitraries';
import { VENDOR_ROLE_ARN } from './support/simulator';
import { withoutTemplateValidator } from './support/validator';
import { parseVendorConfig, VendorConfigError } from '../cli/src/vendor-config/vendor-config';
import { IAM_LIMITS, policyCharacters } from '../src/core/iam-limits';
import { CostExport } from '../src/cost-report/cost-export';
import { CostReportFormat, CostTimeGranularity, FocusVersion } from '../src/cost-report/cost-export-enums';
import { CostReport } from '../src/cost-report/cost-report';
import { HubRole, HubTrust } from '../src/hub/hub-role';
import { CallAs, MemberAccountsStackSet, StackSetConcurrencyMode } from '../src/member-accounts/member-accounts-stack-set';
import { StackSetTarget } from '../src/member-accounts/stack-set-target';
import { OnboardingStack, OnboardingStackProps } from '../src/onboarding-stack/onboarding-stack';
import { PermissionProfile } from '../src/permissions/permission-profile';
import { OnboardingPublication } from '../src/publication/onboarding-publication';
import { ExternalId } from '../src/role/external-id';
import { ReadOnlyRole, ReadOnlyRoleProps } from '../src/role/read-only-role';
import { TrustedPrincipal } from '../src/role/trusted-principal';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const ACCOUNT = '333333333333';
const TEMPLATE_BODY_MAX_BYTES = 51200;
/** A template deployed from S3 (the published template, or `cdk deploy` of a larger stack with a bootstrap bucket). */
const TEMPLATE_URL_MAX_BYTES = 1024 * 1024;
/** Runs for invalid literals: construction throws before synthesis, so these are cheap. */
const INVALID_RUNS = 25;

beforeAll(() => {
  // eslint-disable-next-line no-console
  console.log(`fast-check seed ${SEED}: replay with FC_SEED=${SEED} (a failure also prints its seed and path)`);
});

function stackIn(stackRegion = 'us-east-1'): Stack {
  return new Stack(new App(), 'Customer', { env: { account: ACCOUNT, region: stackRegion } });
}

/** What the constructs' own validations report (policy sizes, trust size, attached policies): what synthesis checks first. */
function ownProblems(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap((child) => child.node.validate());
}

/** Expects the build to throw an error that names the property and shows the bad value. */
function expectNamedFailure(invalid: InvalidCase): void {
  const message = errorOf(invalid.build);
  expect(message).toBeDefined();
  expect(message).toContain(invalid.property);
  expect(message).toContain(invalid.shown);
}

/** A policy as large as the larger branch of every Fn::If in it: what IAM gets under the worse condition. */
function largerBranches(value: any): any {
  if (Array.isArray(value)) {
    return value.map(largerBranches);
  }
  if (value !== null && typeof value === 'object') {
    if (Array.isArray(value['Fn::If'])) {
      const [, whenTrue, whenFalse] = value['Fn::If'];
      const [a, b] = [largerBranches(whenTrue), largerBranches(whenFalse)];
      return policyCharacters(a) >= policyCharacters(b) ? a : b;
    }
    return Object.fromEntries(Object.entries(value).map(([key, element]) => [key, largerBranches(element)]));
  }
  return value;
}

function refersTo(roles: unknown, logicalId: string): boolean {
  return Array.isArray(roles) && roles.some((role) => JSON.stringify(role) === JSON.stringify({ Ref: logicalId }));
}

/**
 * The limits a deployable template must stay within: its size (from S3; a StackSet's member template as
 * TemplateBody), and for every role its trust
 * policy, each managed policy, its inline policies together and its number of managed policies; the
 * member template of every StackSet is checked the same way.
 */
function expectWithinLimits(template: any, maxBytes = TEMPLATE_URL_MAX_BYTES): void {
  expect(Buffer.byteLength(JSON.stringify(template), 'utf8')).toBeLessThanOrEqual(maxBytes);
  const resources = Object.entries<any>(template.Resources ?? {});
  for (const [roleId, role] of resources.filter(([, resource]) => resource.Type === 'AWS::IAM::Role')) {
    const attached = (type: string) => resources.filter(([, resource]) => resource.Type === type && refersTo(resource.Properties.Roles, roleId));
    expect(policyCharacters(largerBranches(role.Properties.AssumeRolePolicyDocument))).toBeLessThanOrEqual(IAM_LIMITS.trustPolicyCharacters);
    const managed = attached('AWS::IAM::ManagedPolicy');
    for (const [, policy] of managed) {
      expect(policyCharacters(largerBranches(policy.Properties.PolicyDocument))).toBeLessThanOrEqual(IAM_LIMITS.managedPolicyCharacters);
    }
    expect(managed.length + (role.Properties.ManagedPolicyArns ?? []).length).toBeLessThanOrEqual(IAM_LIMITS.managedPoliciesPerRole);
    const inline = attached('AWS::IAM::Policy').reduce((total, [, policy]) => total + policyCharacters(policy.Properties.PolicyDocument), 0);
    expect(inline).toBeLessThanOrEqual(IAM_LIMITS.inlinePolicyCharactersPerRole);
  }
  for (const [, stackSet] of resources.filter(([, resource]) => resource.Type === 'AWS::CloudFormation::StackSet')) {
    if (stackSet.Properties.TemplateBody !== undefined) {
      expect(Buffer.byteLength(stackSet.Properties.TemplateBody, 'utf8')).toBeLessThanOrEqual(TEMPLATE_BODY_MAX_BYTES);
      expectWithinLimits(JSON.parse(stackSet.Properties.TemplateBody), TEMPLATE_BODY_MAX_BYTES);
    }
  }
}

/** The trust policy's `sts:ExternalId` condition of every role in a template. */
function externalIdConditions(template: any): unknown[] {
  return Object.values<any>(template.Resources).filter((resource) => resource.Type === 'AWS::IAM::Role')
    .map((role) => role.Properties.AssumeRolePolicyDocument.Statement[0].Condition?.StringEquals?.['sts:ExternalId']);
}

// ------------------------------------------------------------------------------------------------ ReadOnlyRole

const trustedPrincipal = fc.oneof(
  roleArn.map((arn) => TrustedPrincipal.role(arn)),
  fc.tuple(accountId, fc.option(fc.array(principalArnPattern, { minLength: 1, maxLength: 3 }), { nil: undefined }))
    .map(([account, patterns]) => TrustedPrincipal.account(account, { principalArnPatterns: patterns })),
  fc.tuple(accountId, roleName).map(([account, name]) => TrustedPrincipal.roleInAccount(account, name)),
);

const roleProps: fc.Arbitrary<ReadOnlyRoleProps> = fc.record({
  trustedPrincipal,
  externalId: fc.option(externalId, { nil: undefined }).map((value) => (value === undefined ? ExternalId.none() : ExternalId.of(value))),
  denySecretBearingConfiguration: fc.option(fc.boolean(), { nil: undefined }),
  pinnedPermissions: fc.option(fc.boolean(), { nil: undefined }),
  profile,
  roleName: fc.option(roleName, { nil: undefined }),
  path: fc.option(rolePath, { nil: undefined }),
  maxSessionDuration: fc.option(sessionSeconds.map((seconds) => Duration.seconds(seconds)), { nil: undefined }),
  description: fc.option(fc.stringMatching(/^[\x20-\x7e]{0,200}$/), { nil: undefined }),
  tags: fc.option(fc.dictionary(tagKey, tagValue, { maxKeys: 5 }), { nil: undefined }),
  additionalGrants,
  writeActions,
  readableData: fc.option(fc.array(fc.tuple(bucketName, fc.stringMatching(/^[a-z0-9]{1,12}$/)).map(([bucket, folder]) => ({
    actions: ['s3:GetObject'], resources: [`arn:aws:s3:::${bucket}/${folder}/*`], reason: 'Reads the files the customer shares.',
  })), { maxLength: 3 }), { nil: undefined }),
  dataAccessGuardrail: fc.option(fc.boolean(), { nil: undefined }),
// Without an external ID only a named role may be trusted (an account trust is refused, tested below).
}).filter((props) => props.externalId.value !== undefined || !props.trustedPrincipal.principalArn.endsWith(':root'));

describe('ReadOnlyRole', () => {
  test('random valid props construct a role that passes its own checks and requires the external ID', () => {
    assertProperty(roleProps, (props) => {
      // GIVEN / WHEN
      const stack = stackIn();
      const role = new ReadOnlyRole(stack, 'VendorRole', props);

      // THEN
      expect(ownProblems(stack)).toEqual([]);
      const trust = stack.resolve(role.role.assumeRolePolicy!.toJSON());
      expect(trust.Statement[0].Condition?.StringEquals?.['sts:ExternalId']).toEqual(props.externalId.value);
      expect((role.role.node.defaultChild as iam.CfnRole).roleName).toEqual(props.roleName ?? ReadOnlyRole.DEFAULT_ROLE_NAME);
    }, 10);
  });

  test('random valid props synthesize a template within the IAM and TemplateBody limits', () => {
    assertProperty(roleProps, (props) => {
      // GIVEN
      const stack = stackIn();
      new ReadOnlyRole(stack, 'VendorRole', props);

      // WHEN
      const template = Template.fromStack(stack).toJSON();

      // THEN
      expectWithinLimits(template);
      expect(externalIdConditions(template)).toEqual([props.externalId.value]);
      const role = Object.values<any>(template.Resources).find((resource) => resource.Type === 'AWS::IAM::Role');
      expect(role.Properties).toMatchObject({
        RoleName: props.roleName ?? ReadOnlyRole.DEFAULT_ROLE_NAME,
        MaxSessionDuration: props.maxSessionDuration?.toSeconds() ?? 3600,
      });
      expect(role.Properties.Path).toEqual(props.path);
    }, 6);
  });

  test('fails naming the property and the value for invalid literals', () => {
    const stack = stackIn();
    let id = 0;
    const valid = { trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN), externalId: ExternalId.of('customer-7f3a9c2e'), profile: PermissionProfile.COST };
    const build = (props: Partial<ReadOnlyRoleProps>) => () => new ReadOnlyRole(stack, `Invalid${id++}`, { ...valid, ...props });
    const invalid: fc.Arbitrary<InvalidCase> = fc.oneof(
      invalidRoleName.map((value) => ({ property: 'roleName', shown: `'${value}'`, build: build({ roleName: value }) })),
      invalidPath.map((value) => ({ property: 'path', shown: `'${value}'`, build: build({ path: value }) })),
      invalidExternalId.map((value) => ({ property: 'externalId', shown: `'${value}'`, build: build({ externalId: ExternalId.of(value) }) })),
      invalidRoleArn.map((value) => ({
        property: 'trustedPrincipal role ARN', shown: `'${value}'`, build: build({ trustedPrincipal: TrustedPrincipal.role(value) }),
      })),
      invalidAccountId.map((value) => ({
        property: 'trustedPrincipal account ID', shown: `'${value}'`, build: build({ trustedPrincipal: TrustedPrincipal.account(value) }),
      })),
      invalidRoleName.filter((value) => value.length > 0).map((value) => ({
        property: 'trustedPrincipal role name', shown: `'${value}'`, build: build({ trustedPrincipal: TrustedPrincipal.roleInAccount('111122223333', value) }),
      })),
      fc.oneof(fc.stringMatching(/^[a-z*]{1,20}$/), accountId.map((account) => `arn:aws:s3::${account}:bucket`), invalidAccountId.map((a) => `arn:aws:iam::${a}:role/x`))
        .map((value) => ({
          property: 'trustedPrincipal principalArnPatterns',
          shown: `'${value}'`,
          build: build({ trustedPrincipal: TrustedPrincipal.account('111122223333', { principalArnPatterns: [value] }) }),
        })),
      fc.oneof(fc.integer({ min: 0, max: 3599 }), fc.integer({ min: 43201, max: 1_000_000 })).map((seconds) => ({
        property: 'maxSessionDuration', shown: `got ${seconds} seconds`, build: build({ maxSessionDuration: Duration.seconds(seconds) }),
      })),
      fc.constantFrom('ec2:TerminateInstances', 'iam:CreateUser', 's3:PutObject', 'ec2:*', 's3:GetObject', 'secretsmanager:GetSecretValue', 'dynamodb:GetItem')
        .map((action) => ({
          property: 'additionalGrants[0].actions',
          shown: `'${action}'`,
          build: build({ additionalGrants: [{ actions: [action], reason: 'Needed by the vendor.' }] }),
        })),
      fc.constant({
        property: 'readableData[0].resources',
        shown: "got '*'",
        build: build({ readableData: [{ actions: ['s3:GetObject'], resources: ['*'], reason: 'Everything.' }] }),
      }),
    );
    assertProperty(invalid, expectNamedFailure, INVALID_RUNS);
  });
});

// ------------------------------------------------------------------------------------------------ CostReport

const reportSettings = fc.record({
  exports: fc.option(validExports, { nil: undefined }),
  bucketName: fc.option(bucketName, { nil: undefined }),
  noncurrentVersionExpiration: fc.option(fc.integer({ min: 1, max: 3650 }).map((days) => Duration.days(days)), { nil: undefined }),
});

describe('CostReport and CostExport', () => {
  test('random valid exports and bucket settings give a report the role reads under its prefixes only, passing its own checks', () => {
    assertProperty(reportSettings, (props) => {
      // GIVEN
      const stack = stackIn();
      const role = new ReadOnlyRole(stack, 'VendorRole', { trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN), externalId: ExternalId.of('ext-id-01'), profile: PermissionProfile.COST });

      // WHEN
      const report = new CostReport(stack, 'CostReport', props);
      report.grantRead(role);

      // THEN
      expect(ownProblems(stack)).toEqual([]);
      const prefixes = (props.exports ?? [CostExport.cur2()]).map((e) => e.prefix);
      expect(report.reportPrefixes).toEqual(prefixes);
      expect(stack.resolve(role.readableDataResources)).toEqual(stack.resolve(prefixes.map((p) => report.bucket.arnForObjects(`${p}/*`))));
    }, 10);
  });

  test('random valid exports synthesize one resource per export, delivering under its own prefix', () => {
    assertProperty(reportSettings, (props) => {
      // GIVEN
      const stack = stackIn();
      const role = new ReadOnlyRole(stack, 'VendorRole', { trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN), externalId: ExternalId.of('ext-id-01'), profile: PermissionProfile.COST });
      new CostReport(stack, 'CostReport', props).grantRead(role);

      // WHEN
      const template = Template.fromStack(stack).toJSON();

      // THEN
      expectWithinLimits(template);
      const exports = props.exports ?? [CostExport.cur2()];
      const resources = Object.values<any>(template.Resources);
      const dataExports = resources.filter((r) => r.Type === 'AWS::BCMDataExports::Export').map((r) => r.Properties.Export);
      const reports = resources.filter((r) => r.Type === 'AWS::CUR::ReportDefinition').map((r) => r.Properties);
      expect([...dataExports.map((e) => e.DestinationConfigurations.S3Destination.S3Prefix), ...reports.map((r) => r.S3Prefix)].sort())
        .toEqual(exports.map((e) => e.prefix).sort());
      expect(dataExports.map((e) => e.Name).sort()).toEqual(exports.filter((e) => e._isDataExport).map((e) => e.name).sort());
      const bucket = resources.find((r) => r.Type === 'AWS::S3::Bucket');
      expect(bucket.Properties.BucketName).toEqual(props.bucketName);
      expect(bucket.Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    }, 6);
  });

  test('fails naming the property and the value for invalid names, prefixes, buckets, combinations and regions', () => {
    let id = 0;
    const stacks = new Map<string, Stack>();
    const inRegion = (stackRegion: string) => stacks.get(stackRegion) ?? stacks.set(stackRegion, stackIn(stackRegion)).get(stackRegion)!;
    const build = (props: ConstructorParameters<typeof CostReport>[2], stackRegion = 'us-east-1') =>
      () => new CostReport(inRegion(stackRegion), `Invalid${id++}`, props);
    const invalid: fc.Arbitrary<InvalidCase> = fc.oneof(
      fc.tuple(invalidDataExportName, fc.constantFrom(CostExport.cur2, CostExport.focus)).map(([name, factory]) => ({
        property: 'exports[0].name', shown: `'${name}'`, build: build({ exports: [factory({ name })] }),
      })),
      invalidReportName.map((name) => ({ property: 'exports[0].name', shown: `'${name}'`, build: build({ exports: [CostExport.legacyCur({ name })] }) })),
      fc.tuple(invalidPrefix, fc.constantFrom(CostExport.cur2, CostExport.focus, CostExport.legacyCur)).map(([prefix, factory]) => ({
        property: 'exports[0].prefix', shown: `'${prefix}'`, build: build({ exports: [factory({ prefix })] }),
      })),
      invalidBucketName.map((value) => ({ property: 'bucketName', shown: `'${value}'`, build: build({ bucketName: value }) })),
      invalidLegacyCombination.map(({ options, property, shown }) => ({
        property: `exports[0].${property}`, shown, build: build({ exports: [CostExport.legacyCur(options)] }),
      })),
      fc.constantFrom(...Object.values(CostTimeGranularity)).map((granularity) => ({
        property: 'exports[0].timeGranularity',
        shown: `'${granularity}'`,
        build: build({ exports: [CostExport.focus({ version: FocusVersion.V1_0, timeGranularity: granularity })] }),
      })),
      fc.tuple(region.filter((r) => r !== 'us-east-1'), fc.constantFrom(CostExport.cur2, CostExport.focus)).map(([stackRegion, factory]) => ({
        property: 'stack region', shown: `'${stackRegion}'`, build: build({ exports: [factory()] }, stackRegion),
      })),
      region.filter((r) => r !== 'us-east-1').map((stackRegion) => ({
        property: 'stack region', shown: `'${stackRegion}'`, build: build({ exports: [CostExport.legacyCur()] }, stackRegion),
      })),
      fc.integer({ min: 1, max: 10_000 }).filter((hours) => hours % 24 !== 0).map((hours) => ({
        property: 'noncurrentVersionExpiration', shown: Duration.hours(hours).toHumanString(), build: build({ noncurrentVersionExpiration: Duration.hours(hours) }),
      })),
      fc.string({ minLength: 1025, maxLength: 1100 }).map((description) => ({
        property: 'exports[0].description', shown: `got ${description.length}`, build: build({ exports: [CostExport.cur2({ description })] }),
      })),
      fc.constantFrom(CostExport.cur2, CostExport.focus, CostExport.legacyCur).map((factory) => ({
        property: 'exports[1].prefix must differ from exports[0].prefix',
        shown: "'reports'",
        build: build({ exports: [factory({ name: 'first', prefix: 'reports' }), CostExport.cur2({ name: 'second', prefix: 'reports' })] }),
      })),
      fc.integer({ min: 6, max: 8 }).map((count) => ({
        property: 'exports must hold at most 5 exports of table COST_AND_USAGE_REPORT',
        shown: `got ${count}`,
        build: build({ exports: Array.from({ length: count }, (_, i) => CostExport.cur2({ name: `cur${i}`, prefix: `cur${i}` })) }),
      })),
    );
    assertProperty(invalid, expectNamedFailure, INVALID_RUNS);
  });
});

// ------------------------------------------------------------------------------------------------ MemberAccountsStackSet

const stackSetProps = fc.record({
  target: fc.oneof(
    fc.tuple(
      fc.uniqueArray(organizationalUnitId, { minLength: 1, maxLength: 5 }),
      fc.option(fc.uniqueArray(accountId, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    )
      .map(([ids, excludeAccounts]) => StackSetTarget.organizationalUnits(ids, { excludeAccounts })),
    rootId.map((id) => StackSetTarget.organizationRoot(id)),
  ),
  callAs: fc.constantFrom(CallAs.SELF, CallAs.DELEGATED_ADMIN),
  stackSetName: fc.option(stackSetName, { nil: undefined }),
  region: fc.option(region, { nil: undefined }),
  retainStacksOnAccountRemoval: fc.option(fc.boolean(), { nil: undefined }),
  operationPreferences: fc.option(fc.record({
    maxConcurrentPercentage: fc.integer({ min: 1, max: 100 }),
    failureTolerancePercentage: fc.integer({ min: 0, max: 100 }),
    concurrencyMode: fc.constantFrom(...Object.values(StackSetConcurrencyMode)),
  }, { requiredKeys: [] }), { nil: undefined }),
});

describe('MemberAccountsStackSet and StackSetTarget', () => {
  /** A management stack whose role takes random props, and a StackSet for it. */
  const management = fc.tuple(roleProps, stackSetProps);

  test('random valid targets and options give a StackSet that deploys the same role, passing its own checks', () => {
    assertProperty(management, ([props, options]) => {
      // GIVEN
      const stack = stackIn();
      const role = new ReadOnlyRole(stack, 'VendorRole', props);

      // WHEN
      const members = new MemberAccountsStackSet(stack, 'MemberAccounts', { role, ...options });

      // THEN
      expect(ownProblems(stack)).toEqual([]);
      expect(members.memberTemplateBytes).toBeLessThanOrEqual(TEMPLATE_BODY_MAX_BYTES);
      const member = JSON.parse(members.memberTemplateBody);
      expect(externalIdConditions(member)).toEqual([props.externalId.value]);
      expect(stack.resolve(members.stackSet.stackInstancesGroup)).toEqual([{
        deploymentTargets: stack.resolve(options.target._toDeploymentTargets()),
        regions: [options.region ?? 'us-east-1'],
      }]);
    }, 10);
  });

  test('random valid targets and options synthesize within the limits, with the member template in TemplateBody', () => {
    assertProperty(management, ([props, options]) => {
      // GIVEN
      const stack = stackIn();
      const role = new ReadOnlyRole(stack, 'VendorRole', props);
      new MemberAccountsStackSet(stack, 'MemberAccounts', { role, ...options });

      // WHEN
      const template = Template.fromStack(stack).toJSON();

      // THEN
      expectWithinLimits(template);
      const stackSet = Object.values<any>(template.Resources).find((r) => r.Type === 'AWS::CloudFormation::StackSet').Properties;
      expect(stackSet.CallAs).toEqual(options.callAs);
      const preferences = { ...MemberAccountsStackSet.DEFAULT_OPERATION_PREFERENCES, ...options.operationPreferences };
      expect(stackSet.OperationPreferences).toEqual({
        MaxConcurrentPercentage: preferences.maxConcurrentPercentage,
        FailureTolerancePercentage: preferences.failureTolerancePercentage,
        ConcurrencyMode: preferences.concurrencyMode,
        RegionConcurrencyType: 'PARALLEL',
      });
      const [managementTrust, memberTrust] = [template, JSON.parse(stackSet.TemplateBody)].map((t) =>
        Object.values<any>(t.Resources).find((r) => r.Type === 'AWS::IAM::Role').Properties.AssumeRolePolicyDocument);
      expect(memberTrust).toEqual(managementTrust);
    }, 4);
  });

  test('fails naming the property and the value for invalid OU, root and account IDs, names, regions and percentages', () => {
    const stack = stackIn();
    const role = new ReadOnlyRole(stack, 'VendorRole', { trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN), externalId: ExternalId.of('ext-id-01'), profile: PermissionProfile.COST });
    let id = 0;
    const valid = { role, target: StackSetTarget.organizationalUnits(['ou-ab12-cd34ef56']), callAs: CallAs.SELF };
    const build = (props: Partial<ConstructorParameters<typeof MemberAccountsStackSet>[2]>) =>
      () => new MemberAccountsStackSet(stack, `Invalid${id++}`, { ...valid, ...props });
    const percentage = fc.oneof(
      fc.integer({ min: -100, max: -1 }),
      fc.integer({ min: 101, max: 1000 }),
      fc.double({ min: 0.01, max: 99.99, noNaN: true }).filter((n) => !Number.isInteger(n)),
    );
    const invalid: fc.Arbitrary<InvalidCase> = fc.oneof(
      fc.tuple(invalidOrganizationalUnitId, fc.nat(3)).map(([bad, at]) => {
        const ids = ['ou-ab12-cd34ef56', 'ou-ab12-ef56gh78', 'ou-ab12-ij90kl12'].slice(0, at);
        ids.splice(at, 0, bad);
        return { property: 'target organizationalUnitIds', shown: `'${bad}'`, build: build({ target: StackSetTarget.organizationalUnits(ids) }) };
      }),
      rootId.map((value) => ({
        property: 'target organizationalUnitIds', shown: `'${value}'`, build: build({ target: StackSetTarget.organizationalUnits([value]) }),
      })),
      invalidRootId.map((value) => ({ property: 'target rootId', shown: `'${value}'`, build: build({ target: StackSetTarget.organizationRoot(value) }) })),
      invalidAccountId.map((value) => ({
        property: 'target excludeAccounts',
        shown: `'${value}'`,
        build: build({ target: StackSetTarget.organizationalUnits(['ou-ab12-cd34ef56'], { excludeAccounts: ['444455556666', value] }) }),
      })),
      invalidStackSetName.map((value) => ({ property: 'stackSetName', shown: `'${value}'`, build: build({ stackSetName: value }) })),
      invalidRegion.map((value) => ({ property: 'region', shown: `'${value}'`, build: build({ region: value }) })),
      fc.uniqueArray(region, { minLength: 2, maxLength: 3 }).chain((regions) => fc.constantFrom(',', ', ', ' ', ';').map((sep) => regions.join(sep)))
        .map((value) => ({ property: 'region must be exactly one Region', shown: `'${value}'`, build: build({ region: value }) })),
      percentage.filter((n) => n < 1 || n > 100 || !Number.isInteger(n)).map((value) => ({
        property: 'operationPreferences.maxConcurrentPercentage', shown: `got ${value}`, build: build({ operationPreferences: { maxConcurrentPercentage: value } }),
      })),
      percentage.map((value) => ({
        property: 'operationPreferences.failureTolerancePercentage', shown: `got ${value}`, build: build({ operationPreferences: { failureTolerancePercentage: value } }),
      })),
      fc.stringMatching(/^[A-Za-z_]{1,20}$/).filter((value) => !(Object.values(CallAs) as string[]).includes(value)).map((value) => ({
        property: 'callAs', shown: `'${value}'`, build: build({ callAs: value as CallAs }),
      })),
    );
    assertProperty(invalid, expectNamedFailure, INVALID_RUNS);
  });
});

// ------------------------------------------------------------------------------------------------ OnboardingStack

const onboardingProps: fc.Arbitrary<OnboardingStackProps> = fc.record({
  vendorName,
  trustedPrincipal,
  profile,
  customerParameters: fc.boolean(),
  externalId: fc.option(externalId.map((value) => ExternalId.of(value)), { nil: undefined }),
  roleName: fc.option(roleName, { nil: undefined }),
  maxSessionDuration: fc.option(sessionSeconds.map((seconds) => Duration.seconds(seconds)), { nil: undefined }),
  additionalGrants,
  writeActions,
  templateVersion: fc.option(semver, { nil: undefined }),
  costReport: fc.option(fc.record({
    exports: fc.option(validExports, { nil: undefined }),
    bucketName: fc.option(bucketName, { nil: undefined }),
  }), { nil: undefined }),
  memberAccounts: fc.option(fc.record({
    target: fc.option(stackSetProps.map((options) => options.target), { nil: undefined }),
    callAs: fc.option(fc.constantFrom(CallAs.SELF, CallAs.DELEGATED_ADMIN), { nil: undefined }),
    stackSetName: fc.option(stackSetName, { nil: undefined }),
  }), { nil: undefined }),
  stackRegion: region,
}).map(({ stackRegion, ...props }) => ({
  ...props,
  // Without customer parameters the external ID and the StackSet target are required.
  externalId: props.customerParameters ? props.externalId : props.externalId ?? ExternalId.of('customer-7f3a9c2e'),
  memberAccounts: props.memberAccounts && !props.customerParameters && !props.memberAccounts.target
    ? { ...props.memberAccounts, target: StackSetTarget.organizationalUnits(['ou-ab12-cd34ef56']) } : props.memberAccounts,
  // The cost report resources exist in us-east-1 only.
  env: { account: ACCOUNT, region: props.costReport ? 'us-east-1' : stackRegion },
}));

describe('OnboardingStack', () => {
  test('random valid props construct a stack that passes its own checks and requires the external ID', () => {
    assertProperty(onboardingProps, (props) => {
      // GIVEN / WHEN
      const stack = new OnboardingStack(new App(), 'Onboarding', props);

      // THEN
      expect(ownProblems(stack)).toEqual([]);
      const trust = stack.resolve(stack.readOnlyRole.role.assumeRolePolicy!.toJSON());
      expect(trust.Statement[0].Condition.StringEquals['sts:ExternalId'])
        .toEqual(props.externalId ? props.externalId.value : { Ref: 'ExternalId' });
      if (stack.memberAccounts) {
        expect(stack.memberAccounts.memberTemplateBytes).toBeLessThanOrEqual(TEMPLATE_BODY_MAX_BYTES);
      }
    }, 10);
  });

  test('random valid props synthesize a template within the limits that needs no bootstrap', () => {
    assertProperty(onboardingProps, (props) => {
      // GIVEN
      const stack = new OnboardingStack(new App(), 'Onboarding', props);

      // WHEN
      const template = Template.fromStack(stack).toJSON();

      // THEN
      expectWithinLimits(template);
      expect(template.Parameters?.BootstrapVersion).toBeUndefined();
      expect(externalIdConditions(template)).toEqual([props.externalId ? props.externalId.value : { Ref: 'ExternalId' }]);
    }, 3);
  });

  test('fails naming the property and the value for an invalid vendor name or version, or a missing external ID or target', () => {
    const app = new App();
    let id = 0;
    const valid: OnboardingStackProps = {
      vendorName: 'Example Vendor',
      trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN),
      profile: PermissionProfile.COST,
      externalId: ExternalId.of('customer-7f3a9c2e'),
    };
    const build = (props: Partial<OnboardingStackProps>) => () => new OnboardingStack(app, `Invalid${id++}`, { ...valid, ...props });
    const invalid: fc.Arbitrary<InvalidCase> = fc.oneof(
      fc.oneof(withForeign(vendorName, fc.constantFrom('<', '"', '#', '$', '/', 'é', ':', '!')), fc.stringMatching(/^[A-Za-z]{65,80}$/))
        .map((value) => ({ property: 'vendorName', shown: `'${value}'`, build: build({ vendorName: value }) })),
      fc.oneof(fc.stringMatching(/^\d+(\.\d+)?$/), fc.stringMatching(/^v\d\.\d\.\d$/), withForeign(fc.constant('1.2.3'), fc.constantFrom(' ', '_', '+', 'x')))
        .filter((value) => !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(value))
        .map((value) => ({ property: 'templateVersion', shown: `'${value}'`, build: build({ templateVersion: value }) })),
      fc.constant({ property: 'externalId must be given unless customerParameters is true', shown: 'got undefined', build: build({ externalId: undefined }) }),
      fc.constant({
        property: 'memberAccounts.target must be given unless customerParameters is true', shown: 'got undefined', build: build({ memberAccounts: {} }),
      }),
    );
    assertProperty(invalid, expectNamedFailure, INVALID_RUNS);
  });
});

// ------------------------------------------------------------------------------------------------ vendor config

const grantJson = (grants: readonly { actions: string[]; reason: string; sid?: string }[]) =>
  grants.map(({ actions, reason, sid }) => ({ actions, reason, ...(sid ? { sid } : {}) }));

const vendorConfig = fc.record({
  vendorName,
  templateName: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,62}$/),
  templateVersion: semver,
  baseUrl: fc.oneof(
    bucketName.map((bucket) => `https://${bucket}.s3.amazonaws.com/aws/`),
    fc.tuple(region, bucketName).map(([r, bucket]) => `https://s3.${r}.amazonaws.com/${bucket}`),
  ),
  region,
  stackName: fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,40}$/),
  trustedPrincipal: fc.oneof(
    roleArn.map((arn) => ({ roleArn: arn })),
    accountId.map((account) => ({ accountId: account })),
    fc.tuple(accountId, fc.array(principalArnPattern, { minLength: 1, maxLength: 2 }))
      .map(([account, patterns]) => ({ accountId: account, principalArnPatterns: patterns })),
  ),
  profile: fc.constantFrom('COST', 'SECURITY_AUDIT', 'INVENTORY'),
  additionalGrants: additionalGrants.map(grantJson),
  writeActions: writeActions.map(grantJson),
  roleName,
  costReport: fc.oneof(fc.boolean(), fc.record({ exports: validExportOptionsList, bucketName }, { requiredKeys: [] })),
  memberAccounts: fc.oneof(fc.boolean(), fc.record({ stackSetName, callAs: fc.constantFrom('SELF', 'DELEGATED_ADMIN') }, { requiredKeys: [] })),
}, { requiredKeys: ['vendorName', 'templateName', 'templateVersion', 'baseUrl', 'trustedPrincipal', 'profile'] })
  // A cost report is published in us-east-1 only (publishing it elsewhere is an error of its own, tested there).
  .map((config) => (config.costReport && config.region !== undefined ? { ...config, region: 'us-east-1' as const } : config));

type VendorConfigJson = typeof vendorConfig extends fc.Arbitrary<infer T> ? T : never;

describe('vendor config (parseVendorConfig)', () => {
  test('random valid configs parse to the values they hold', () => {
    assertProperty(vendorConfig, (config) => {
      // WHEN
      const { stackProps, publication } = parseVendorConfig(JSON.stringify(config), 'onboarding.json');

      // THEN
      expect(stackProps).toMatchObject({ vendorName: config.vendorName, templateVersion: config.templateVersion, customerParameters: true });
      expect(stackProps.roleName).toEqual(config.roleName);
      expect(stackProps.profile.name).toEqual(config.profile);
      expect(publication).toEqual({ templateName: config.templateName, baseUrl: config.baseUrl, region: config.region, stackName: config.stackName });
      const principal = config.trustedPrincipal as { roleArn?: string; accountId?: string; principalArnPatterns?: string[] };
      expect(stackProps.trustedPrincipal.principalArn).toContain(principal.roleArn ?? principal.accountId);
      expect(stackProps.trustedPrincipal.principalArnPatterns).toEqual(principal.principalArnPatterns);
      const exports = typeof config.costReport === 'object' ? config.costReport.exports : undefined;
      expect(stackProps.costReport?.exports?.map((e) => [e.kind, e.name, e.prefix]))
        .toEqual(exports?.map((options) => [options.kind, exportOf(options).name, exportOf(options).prefix]));
      expect(stackProps.costReport === undefined).toBe(!config.costReport);
      expect(stackProps.memberAccounts === undefined).toBe(!config.memberAccounts);
    }, INVALID_RUNS);
  });

  test('random valid configs publish a template within the limits, with the external ID as a parameter', () => {
    assertProperty(vendorConfig, (config) => {
      // GIVEN
      const { stackProps, publication } = parseVendorConfig(JSON.stringify(config), 'onboarding.json');

      // WHEN
      const published = OnboardingPublication.of(new OnboardingStack(new App(), 'Onboarding', stackProps), publication);

      // THEN
      expectWithinLimits(published.template);
      expect(externalIdConditions(published.template)).toEqual([{ Ref: 'ExternalId' }]);
      expect(published.templateUrl).toEqual(`${config.baseUrl.replace(/\/?$/, '/')}${config.templateName}-${config.templateVersion}.json`);
    }, 2);
  });

  test('malformed configs fail with one error naming the JSON path and the value', () => {
    const json = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }), fc.constant({}));
    const parse = (config: unknown) => () => parseVendorConfig(JSON.stringify(config), 'onboarding.json');
    const withExport = (config: VendorConfigJson, exportJson: Record<string, unknown>) => ({ ...config, costReport: { exports: [exportJson] } });
    const mutation: fc.Arbitrary<(config: VendorConfigJson) => InvalidCase> = fc.oneof(
      fc.stringMatching(/^[a-z][A-Za-z]{2,15}$/).filter((key) => !['vendorName', 'templateName', 'templateVersion', 'baseUrl', 'region', 'stackName',
        'trustedPrincipal', 'profile', 'additionalGrants', 'writeActions', 'roleName', 'costReport', 'memberAccounts', 'path', 'pinnedPermissions',
        'dataAccessGuardrail', 'denySecretBearingConfiguration', 'maxSessionDurationHours'].includes(key))
        .map((key) => (config: VendorConfigJson) => ({ property: `config.${key} is not a known key`, shown: '', build: parse({ ...config, [key]: 1 }) })),
      fc.tuple(fc.constantFrom('vendorName', 'templateName', 'templateVersion', 'baseUrl', 'roleName', 'stackName', 'region'), json)
        .map(([key, value]) => (config: VendorConfigJson) => ({ property: `config.${key} must be a string`, shown: `got ${JSON.stringify(value)}`, build: parse({ ...config, [key]: value }) })),
      fc.string({ maxLength: 20 }).filter((value) => !['COST', 'SECURITY_AUDIT', 'INVENTORY'].includes(value))
        .map((value) => (config: VendorConfigJson) => ({ property: 'config.profile must be one of', shown: `got ${JSON.stringify(value)}`, build: parse({ ...config, profile: value }) })),
      fc.string({ maxLength: 20 }).filter((value) => !['SELF', 'DELEGATED_ADMIN'].includes(value)).map((value) => (config: VendorConfigJson) => ({
        property: 'config.memberAccounts.callAs must be one of', shown: `got ${JSON.stringify(value)}`, build: parse({ ...config, memberAccounts: { callAs: value } }),
      })),
      fc.oneof(fc.string({ maxLength: 12 }).filter((kind) => !['CUR2', 'FOCUS', 'LEGACY_CUR'].includes(kind)), fc.integer()).map((kind) => (config: VendorConfigJson) => ({
        property: 'config.costReport.exports[0].kind must be one of CUR2, FOCUS, LEGACY_CUR',
        shown: `got ${JSON.stringify(kind)}`,
        build: parse(withExport(config, { kind })),
      })),
      fc.tuple(fc.constantFrom('CUR2', 'FOCUS', 'LEGACY_CUR'), fc.constantFrom('format', 'versioning'), fc.string({ maxLength: 10 }))
        .filter(([, , value]) => ![...Object.values(CostReportFormat), 'OVERWRITE_REPORT', 'CREATE_NEW_REPORT'].includes(value as never))
        .map(([kind, key, value]) => (config: VendorConfigJson) => ({
          property: `config.costReport.exports[0].${key} must be one of`, shown: `got ${JSON.stringify(value)}`, build: parse(withExport(config, { kind, [key]: value })),
        })),
      fc.tuple(fc.constantFrom('includeResourceIds', 'splitCostAllocationData'), json.filter((value) => typeof value !== 'boolean'))
        .map(([key, value]) => (config: VendorConfigJson) => ({
          property: `config.costReport.exports[0].${key} must be true or false`,
          shown: `got ${JSON.stringify(value)}`,
          build: parse(withExport(config, { kind: 'CUR2', [key]: value })),
        })),
      fc.string({ minLength: 1, maxLength: 10 }).filter((artifact) => !['ATHENA', 'REDSHIFT', 'QUICKSIGHT'].includes(artifact)).map((artifact) => (config: VendorConfigJson) => ({
        property: 'config.costReport.exports[0].artifacts[0] must be one of ATHENA, REDSHIFT, QUICKSIGHT',
        shown: `got ${JSON.stringify(artifact)}`,
        build: parse(withExport(config, { kind: 'LEGACY_CUR', artifacts: [artifact] })),
      })),
      fc.constantFrom('vendorName', 'templateName', 'templateVersion', 'baseUrl', 'trustedPrincipal', 'profile').map((key) => (config: VendorConfigJson) => {
        const { [key as keyof VendorConfigJson]: _removed, ...rest } = config;
        return { property: `config.${key} is required`, shown: '', build: parse(rest) };
      }),
      fc.oneof(fc.string({ maxLength: 10 }), fc.integer()).map((actions) => (config: VendorConfigJson) => ({
        property: 'config.additionalGrants[0].actions must be a list',
        shown: `got ${JSON.stringify(actions)}`,
        build: parse({ ...config, additionalGrants: [{ actions, reason: 'Needed.' }] }),
      })),
      fc.nat().map((cut) => (config: VendorConfigJson) => {
        const text = JSON.stringify(config);
        return { property: 'onboarding.json is not valid JSON', shown: '', build: () => parseVendorConfig(text.slice(0, cut % text.length), 'onboarding.json') };
      }),
    );
    assertProperty(fc.tuple(vendorConfig, mutation), ([config, mutate]) => {
      const invalid = mutate(config);
      expectNamedFailure(invalid);
      expect(errorOf(invalid.build)).not.toContain('\n');
      expect(() => invalid.build()).toThrow(VendorConfigError);
    }, INVALID_RUNS);
  });

  test('values the schema cannot judge fail in the parser or the library, naming the config key or the property, and the value', () => {
    const publish = (config: VendorConfigJson) => () => {
      const { stackProps, publication } = parseVendorConfig(JSON.stringify(config), 'onboarding.json');
      return OnboardingPublication.of(new OnboardingStack(new App(), 'Onboarding', stackProps), publication);
    };
    const mutation: fc.Arbitrary<(config: VendorConfigJson) => InvalidCase> = fc.oneof(
      invalidRoleArn.map((value) => (config: VendorConfigJson) => ({ property: 'config.trustedPrincipal.roleArn', shown: `'${value}'`, build: publish({ ...config, trustedPrincipal: { roleArn: value } }) })),
      invalidAccountId.map((value) => (config: VendorConfigJson) => ({ property: 'config.trustedPrincipal.accountId', shown: `'${value}'`, build: publish({ ...config, trustedPrincipal: { accountId: value } }) })),
      invalidRoleName.map((value) => (config: VendorConfigJson) => ({ property: 'roleName', shown: `'${value}'`, build: publish({ ...config, roleName: value }) })),
      withForeign(fc.stringMatching(/^[a-z0-9]{1,20}$/), fc.constantFrom('A', '_', '.', ' ', '/')).map((value) => (config: VendorConfigJson) => ({
        property: 'templateName', shown: `'${value}'`, build: publish({ ...config, templateName: value }),
      })),
      fc.oneof(fc.constantFrom('http://templates.s3.amazonaws.com/aws/', 'https://example.com/aws/', 'https://templates.cloudfront.net/', 's3://templates/aws/', 'templates'),
        bucketName.map((bucket) => `https://${bucket}.s3.amazonaws.com/aws/?versionId=1`))
        .map((value) => (config: VendorConfigJson) => ({ property: 'baseUrl', shown: `'${value}'`, build: publish({ ...config, baseUrl: value }) })),
      fc.oneof(fc.stringMatching(/^[0-9-][A-Za-z0-9-]{0,10}$/), withForeign(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,10}$/), fc.constantFrom('_', ' ', '.')))
        .map((value) => (config: VendorConfigJson) => ({ property: 'stackName', shown: `'${value}'`, build: publish({ ...config, stackName: value }) })),
      invalidRegion.map((value) => (config: VendorConfigJson) => ({ property: 'region', shown: `'${value}'`, build: publish({ ...config, region: value as never }) })),
      invalidBucketName.map((value) => (config: VendorConfigJson) => ({ property: 'bucketName', shown: `'${value}'`, build: publish({ ...config, costReport: { bucketName: value } }) })),
      invalidDataExportName.map((name) => (config: VendorConfigJson) => ({
        property: 'exports[0].name', shown: `'${name}'`, build: publish({ ...config, costReport: { exports: [{ kind: 'CUR2', name }] } }),
      })),
      invalidStackSetName.map((value) => (config: VendorConfigJson) => ({
        property: 'config.memberAccounts.stackSetName', shown: `'${value}'`, build: publish({ ...config, memberAccounts: { stackSetName: value } }),
      })),
    );
    // Without the optional parts, so that the one bad value decides (and nothing is synthesized).
    const lean = vendorConfig.map(({ costReport: _c, memberAccounts: _m, ...config }) => config as VendorConfigJson);
    assertProperty(fc.tuple(lean, mutation), ([config, mutate]) => expectNamedFailure(mutate(config)), 40);
  });

  test('an export kind naming an Object.prototype member fails with a config error', () => {
    for (const kind of ['toString', 'constructor', '__proto__']) {
      const config = {
        vendorName: 'Example',
        templateName: 'example',
        templateVersion: '1.0.0',
        baseUrl: 'https://example-templates.s3.amazonaws.com/aws/',
        trustedPrincipal: { roleArn: VENDOR_ROLE_ARN },
        profile: 'COST',
        costReport: { exports: [{ kind }] },
      };
      expect(() => parseVendorConfig(JSON.stringify(config), 'onboarding.json'))
        .toThrow(new VendorConfigError(`onboarding.json: config.costReport.exports[0].kind must be one of CUR2, FOCUS, LEGACY_CUR, got ${JSON.stringify(kind)}`));
    }
  });
});

describe('the customer\'s choices and the hub role', () => {
  const base = { trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN), externalId: ExternalId.of('customer-7f3a9c2e'), profile: PermissionProfile.COST };

  test('random valid Region lists give a role scoped to exactly those Regions, passing its own checks', () => {
    assertProperty(fc.uniqueArray(region, { minLength: 1, maxLength: 5 }), (regions) => {
      const stack = stackIn();
      const role = new ReadOnlyRole(stack, 'VendorRole', { ...base, allowedRegions: regions });
      expect(ownProblems(stack)).toEqual([]);
      const scope = stack.resolve((role.node.findChild('RegionScope') as iam.ManagedPolicy).document);
      expect(scope.Statement[0].Condition.StringNotEquals['aws:RequestedRegion']).toEqual(regions);
    }, 10);
  });

  test('fails naming the property and the value for invalid Regions, account labels and hub role settings', () => {
    let id = 0;
    const invalid: fc.Arbitrary<InvalidCase> = fc.oneof(
      invalidRegion.map((value) => ({
        property: 'allowedRegions',
        shown: `'${value}'`,
        build: () => new ReadOnlyRole(stackIn(), `Invalid${id++}`, { ...base, allowedRegions: ['eu-west-1', value] }),
      })),
      withForeign(tagValue, fc.constantFrom('<', '>', '"', '#', '%', '!', '\n')).map((value) => ({
        property: 'accountLabel',
        shown: `'${value}'`,
        build: () => new OnboardingStack(new App(), `Invalid${id++}`, { ...base, vendorName: 'Acme', accountLabel: value }),
      })),
      withForeign(fc.stringMatching(/^o-[a-z0-9]{10,20}$/), fc.constantFrom('A', '_', ' ', '-')).map((value) => ({
        property: 'organizationId',
        shown: `'${value}'`,
        build: () => new HubRole(stackIn(), `Invalid${id++}`, { trust: HubTrust.ec2(), organizationId: value }),
      })),
      invalidAccountId.map((value) => ({
        property: 'spokeAccountIds',
        shown: `'${value}'`,
        build: () => new HubRole(stackIn(), `Invalid${id++}`, { trust: HubTrust.ec2(), spokeAccountIds: ['111122223333', value] }),
      })),
    );
    assertProperty(invalid, expectNamedFailure, INVALID_RUNS);
  });
});
