import { App, CfnCondition, CfnParameter, Duration, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3assets from 'aws-cdk-lib/aws-s3-assets';
import { Construct } from 'constructs';
import { CallAs, MemberAccountsStackSet, MemberAccountsStackSetProps, StackSetConcurrencyMode } from '../../src/member-accounts/member-accounts-stack-set';
import { buildMemberTemplate, MemberTemplate, ParameterPassing } from '../../src/member-accounts/member-template';
import { StackSetTarget } from '../../src/member-accounts/stack-set-target';
import { PermissionProfile } from '../../src/permissions/permission-profile';
import { ExternalId } from '../../src/role/external-id';
import { ReadOnlyRole, ReadOnlyRoleProps } from '../../src/role/read-only-role';
import { TrustedPrincipal } from '../../src/role/trusted-principal';
import { CUSTOMER, deployedRole, sampleResourceFor, simulateAssumeRole, simulateRoleAction, VENDOR_ROLE_ARN } from '../support/simulator';
import { nagFindings } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// The module objects themselves, so that spies on them reach the code under test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs: typeof import('node:fs') = require('node:fs');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const os: typeof import('node:os') = require('node:os');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const path: typeof import('node:path') = require('node:path');

/** Runs the check with os.tmpdir() answering a new empty folder, so that what is left there is seen; removes it after. */
function inEmptyTemporaryFolder(check: (temporary: string) => void): void {
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'member-template-test-'));
  const tmpdir = jest.spyOn(os, 'tmpdir').mockReturnValue(temporary);
  try {
    check(temporary);
  } finally {
    tmpdir.mockRestore();
    fs.rmSync(temporary, { recursive: true, force: true });
  }
}

// CloudFormation's schemas are checked for every variant in test/cloudformation-schemas.test.ts.
withoutTemplateValidator();

const OU = 'ou-ab12-cd34ef56';
const COST_BUCKET_OBJECTS = 'arn:aws:s3:::example-cost-reports/reports/*';
// The simulator evaluates requests within one account; each role is simulated as deployed there.
const MANAGEMENT = { accountId: '222222222222', region: 'us-east-1' };

const ROLE_PROPS: ReadOnlyRoleProps = {
  trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN),
  externalId: ExternalId.of('customer-external-id-0001'),
  profile: PermissionProfile.COST,
  roleName: 'VendorReadOnly',
  path: '/vendor/',
  maxSessionDuration: Duration.hours(2),
  description: 'Vendor read-only access',
  tags: { Owner: 'platform-team' },
  additionalGrants: [{ actions: ['tag:GetResources'], reason: 'the vendor maps costs to tags' }],
  writeActions: [{ actions: ['ce:CreateAnomalyMonitor'], reason: 'the vendor creates a cost anomaly monitor' }],
  readableData: [{ actions: ['s3:GetObject'], resources: [COST_BUCKET_OBJECTS], reason: 'the vendor reads the cost reports' }],
};

interface Built {
  readonly app: App;
  readonly stack: Stack;
  readonly role: ReadOnlyRole;
  readonly members: MemberAccountsStackSet;
}

function build(props: Partial<MemberAccountsStackSetProps> = {}, roleProps: Partial<ReadOnlyRoleProps> = {}, app = new App()): Built {
  const stack = new Stack(app, 'Management', { env: { account: MANAGEMENT.accountId, region: 'us-east-1' } });
  const role = new ReadOnlyRole(stack, 'VendorRole', { ...ROLE_PROPS, ...roleProps });
  const members = new MemberAccountsStackSet(stack, 'MemberAccounts', {
    role,
    target: StackSetTarget.organizationalUnits([OU]),
    callAs: CallAs.SELF,
    ...props,
  });
  return { app, stack, role, members };
}

/** A StackSet in a stack of the Region, with a role whose trust follows the stack's partition. */
function inRegion(region: string, props: Partial<MemberAccountsStackSetProps> = {}): Built {
  const app = new App();
  const stack = new Stack(app, 'Management', { env: { account: MANAGEMENT.accountId, region } });
  const role = new ReadOnlyRole(stack, 'VendorRole', { ...ROLE_PROPS, trustedPrincipal: TrustedPrincipal.roleInAccount('111122223333', 'vendor-reader') });
  const members = new MemberAccountsStackSet(stack, 'MemberAccounts', { role, target: StackSetTarget.organizationalUnits([OU]), callAs: CallAs.SELF, ...props });
  return { app, stack, role, members };
}

function stackSetProperties(template: Template): any {
  const stackSets = Object.values<any>(template.findResources('AWS::CloudFormation::StackSet'));
  expect(stackSets).toHaveLength(1);
  return stackSets[0].Properties;
}

/** The role and its managed policies, named by construct ID (Permissions1, DataAccessGuardrail, ...), with the role's logical ID replaced. */
function roleDefinition(template: any, roleConstructId: string) {
  const idOf = (logicalId: string) => logicalId.slice(roleConstructId.length, -8);
  const roleLogicalIds = Object.keys(template.Resources).filter((id) => template.Resources[id].Type === 'AWS::IAM::Role');
  expect(roleLogicalIds).toHaveLength(1);
  const roleLogicalId = roleLogicalIds[0];
  expect(roleLogicalId).toMatch(new RegExp(`^${roleConstructId}[0-9A-F]{8}$`));
  const normalize = (value: unknown) => JSON.parse(JSON.stringify(value).split(roleLogicalId).join('<role>'));
  const policies: Record<string, any> = {};
  for (const [logicalId, resource] of Object.entries<any>(template.Resources)) {
    if (resource.Type === 'AWS::IAM::ManagedPolicy') {
      policies[idOf(logicalId)] = normalize(resource.Properties);
    }
  }
  return { roleLogicalId, role: normalize(template.Resources[roleLogicalId].Properties), policies };
}

describe('MemberAccountsStackSet', () => {
  describe('with a literal external ID and the defaults', () => {
    let built: Built;
    let template: Template;
    let properties: any;
    let management: any;
    let member: any;

    beforeAll(() => {
      built = build();
      template = Template.fromStack(built.stack);
      properties = stackSetProperties(template);
      management = template.toJSON();
      member = JSON.parse(properties.TemplateBody);
    });

    test('is a service-managed StackSet with auto-deployment that deletes the role of an account that leaves', () => {
      template.hasResourceProperties('AWS::CloudFormation::StackSet', {
        PermissionModel: 'SERVICE_MANAGED',
        AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: false },
        CallAs: 'SELF',
        ManagedExecution: { Active: true },
        Capabilities: ['CAPABILITY_NAMED_IAM'],
      });
    });

    test('deploys to the OU in exactly one Region, us-east-1, without an account filter', () => {
      expect(properties.StackInstancesGroup).toEqual([{ DeploymentTargets: { OrganizationalUnitIds: [OU] }, Regions: ['us-east-1'] }]);
      expect(built.members.region).toBe('us-east-1');
    });

    test('rolls out to a quarter of the accounts at a time and stops when more than a tenth fail', () => {
      expect(properties.OperationPreferences).toEqual({
        MaxConcurrentPercentage: 25,
        FailureTolerancePercentage: 10,
        ConcurrencyMode: 'SOFT_FAILURE_TOLERANCE',
        RegionConcurrencyType: 'PARALLEL',
      });
    });

    test('is named after the stack', () => {
      expect(properties.StackSetName).toEqual({ 'Fn::Join': ['', [{ Ref: 'AWS::StackName' }, '-MemberAccounts']] });
    });

    test('embeds the member template as minimal JSON, without a template URL or parameters', () => {
      expect(properties.TemplateURL).toBeUndefined();
      expect(properties.Parameters).toBeUndefined();
      expect(properties.TemplateBody).toBe(JSON.stringify(member));
      expect(properties.TemplateBody).toBe(built.members.memberTemplateBody);
      expect(built.members.memberTemplateBytes).toBe(Buffer.byteLength(properties.TemplateBody));
      expect(built.members.memberTemplateBytes).toBeLessThanOrEqual(MemberAccountsStackSet.TEMPLATE_BODY_MAX_BYTES);
    });

    test('the member template needs no bootstrap and carries no CDK metadata', () => {
      expect(Object.keys(member).sort()).toEqual(['Description', 'Resources']);
      for (const resource of Object.values<any>(member.Resources)) {
        expect(resource.Metadata).toBeUndefined();
        expect(resource.Type).not.toBe('AWS::CDK::Metadata');
      }
      expect(properties.TemplateBody).not.toMatch(/BootstrapVersion|cdk-bootstrap|aws:cdk:path|CDKMetadata/);
    });

    test('the member role has the trust, name, path, session duration, description, tags and AWS-managed policies of the management role', () => {
      const inManagement = roleDefinition(management, 'VendorRole');
      const inMember = roleDefinition(member, 'ReadOnlyRole');
      expect(inMember.role).toEqual(inManagement.role);
      expect(inMember.role).toMatchObject({
        RoleName: 'VendorReadOnly',
        Path: '/vendor/',
        MaxSessionDuration: 7200,
        Tags: [{ Key: 'Owner', Value: 'platform-team' }],
      });
    });

    test('the member role has the same permission policies, write actions included', () => {
      const inManagement = roleDefinition(management, 'VendorRole');
      const inMember = roleDefinition(member, 'ReadOnlyRole');
      const permissions = Object.keys(inManagement.policies).filter((name) => name.startsWith('Permissions'));
      expect(permissions.length).toBeGreaterThan(0);
      expect(Object.keys(inMember.policies).filter((name) => name.startsWith('Permissions'))).toEqual(permissions);
      for (const name of permissions) {
        expect(inMember.policies[name]).toEqual(inManagement.policies[name]);
      }
      expect(JSON.stringify(permissions.map((name) => inMember.policies[name]))).toContain('ce:CreateAnomalyMonitor');
    });

    test('the member role has the guardrail without the exceptions for the management account data', () => {
      const inManagement = roleDefinition(management, 'VendorRole');
      const inMember = roleDefinition(member, 'ReadOnlyRole');
      expect(Object.keys(inManagement.policies)).toContain('ReadableData');
      expect(Object.keys(inMember.policies)).not.toContain('ReadableData');
      // The management role's data-read Deny is split: the reads of the grant's service (s3) exempt the
      // report objects, the others deny everywhere; the member role denies all of them everywhere.
      const dataDenies = (policies: Record<string, any>) => Object.entries(policies).filter(([name]) => name.startsWith('DataAccessGuardrail'))
        .flatMap(([, policy]) => policy.PolicyDocument.Statement).filter((statement: any) => statement.Sid.startsWith('DenyDataPlaneReads'));
      const managementDenies = dataDenies(inManagement.policies);
      const memberDenies = dataDenies(inMember.policies);
      const exempting = managementDenies.filter((statement: any) => statement.NotResource !== undefined);
      expect(exempting.map((statement: any) => statement.NotResource)).toEqual([[COST_BUCKET_OBJECTS]]);
      expect(exempting[0].Action.filter((action: string) => !action.startsWith('s3:'))).toEqual([]);
      expect(managementDenies.filter((statement: any) => statement.NotResource === undefined).map((statement: any) => statement.Resource))
        .toEqual(managementDenies.slice(1).map(() => '*'));
      const actionsOf = (statements: any[]) => statements.flatMap((statement) => statement.Action).sort();
      expect(actionsOf(managementDenies)).toEqual(actionsOf(memberDenies));
      expect(memberDenies.map((statement: any) => [statement.Resource, statement.NotResource])).toEqual(memberDenies.map(() => ['*', undefined]));
      expect(JSON.stringify(member)).not.toContain('example-cost-reports');
    });

    test('the vendor assumes the member role with the external ID only', async () => {
      const role = deployedRole(member, roleDefinition(member, 'ReadOnlyRole').roleLogicalId, CUSTOMER);
      expect(role.arn).toBe('arn:aws:iam::333333333333:role/vendor/VendorReadOnly');
      expect(await simulateAssumeRole(role, VENDOR_ROLE_ARN, 'customer-external-id-0001')).toBe('Allowed');
      expect(await simulateAssumeRole(role, VENDOR_ROLE_ARN, 'another-id')).not.toBe('Allowed');
      expect(await simulateAssumeRole(role, VENDOR_ROLE_ARN)).not.toBe('Allowed');
    });

    test('the member role cannot read the objects the management role may read, and reads cost configuration like it', async () => {
      const managementRole = deployedRole(management, roleDefinition(management, 'VendorRole').roleLogicalId, CUSTOMER);
      const memberRole = deployedRole(member, roleDefinition(member, 'ReadOnlyRole').roleLogicalId, CUSTOMER);
      const object = 'arn:aws:s3:::example-cost-reports/reports/2024-01.csv.gz';
      expect(await simulateRoleAction(managementRole, 's3:GetObject', object)).toBe('Allowed');
      expect(await simulateRoleAction(memberRole, 's3:GetObject', object)).toBe('ExplicitlyDenied');
      for (const action of ['ce:GetCostAndUsage', 'tag:GetResources', 'ce:CreateAnomalyMonitor']) {
        expect({ action, decision: await simulateRoleAction(memberRole, action, await sampleResourceFor(action)) }).toEqual({ action, decision: 'Allowed' });
      }
    });
  });

  describe('with values from CfnParameters', () => {
    let template: Template;
    let properties: any;
    let member: any;

    beforeAll(() => {
      const app = new App();
      const stack = new Stack(app, 'Published');
      const externalId = new CfnParameter(stack, 'VendorExternalId', { type: 'String', noEcho: true });
      const vendorAccount = new CfnParameter(stack, 'VendorAccountId', { type: 'String' });
      const organizationalUnitIds = new CfnParameter(stack, 'OrganizationalUnitIds', { type: 'CommaDelimitedList' });
      const excludedAccounts = new CfnParameter(stack, 'ExcludedAccounts', { type: 'CommaDelimitedList' });
      const role = new ReadOnlyRole(stack, 'VendorRole', {
        trustedPrincipal: TrustedPrincipal.roleInAccount(vendorAccount.valueAsString, 'vendor-reader'),
        externalId: ExternalId.of(externalId.valueAsString),
        profile: PermissionProfile.SECURITY_AUDIT,
      });
      new MemberAccountsStackSet(stack, 'MemberAccounts', {
        role,
        target: StackSetTarget.organizationalUnits(organizationalUnitIds.valueAsList, { excludeAccounts: excludedAccounts.valueAsList }),
        callAs: CallAs.SELF,
      });
      template = Template.fromStack(stack);
      properties = stackSetProperties(template);
      member = JSON.parse(properties.TemplateBody);
    });

    test('the member template takes the external ID as its own parameter, echoed as little as the management one', () => {
      expect(member.Parameters.ExternalId).toEqual({ Type: 'String', NoEcho: true, Description: expect.stringContaining('externalId') });
      const role = Object.values<any>(member.Resources).find((resource) => resource.Type === 'AWS::IAM::Role');
      expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Condition).toEqual({ StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } });
    });

    test('the vendor account becomes a parameter too, and the partition stays a pseudo parameter', () => {
      expect(member.Parameters.TrustedPrincipal).toMatchObject({ Type: 'String' });
      expect(member.Parameters.TrustedPrincipal.NoEcho).toBeUndefined();
      const role = Object.values<any>(member.Resources).find((resource) => resource.Type === 'AWS::IAM::Role');
      expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({
        AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'TrustedPrincipal' }, ':role/vendor-reader']] },
      });
    });

    test('the StackSet passes the management stack values to the member parameters', () => {
      expect(properties.Parameters).toEqual(expect.arrayContaining([
        { ParameterKey: 'ExternalId', ParameterValue: { Ref: 'VendorExternalId' } },
        { ParameterKey: 'TrustedPrincipal', ParameterValue: { Ref: 'VendorAccountId' } },
      ]));
      expect(properties.Parameters).toHaveLength(2);
    });

    test('OU IDs and excluded accounts from list parameters pass unchecked, excluded with the DIFFERENCE filter', () => {
      expect(properties.StackInstancesGroup[0].DeploymentTargets).toEqual({
        OrganizationalUnitIds: { Ref: 'OrganizationalUnitIds' },
        AccountFilterType: 'DIFFERENCE',
        Accounts: { Ref: 'ExcludedAccounts' },
      });
    });

    test('the vendor assumes the member role with the external ID the management stack was deployed with', async () => {
      const roleLogicalId = Object.keys(member.Resources).find((id) => member.Resources[id].Type === 'AWS::IAM::Role')!;
      const role = deployedRole(member, roleLogicalId, { ...CUSTOMER, parameters: { ExternalId: 'deployed-id-0001', TrustedPrincipal: '111111111111' } });
      expect(await simulateAssumeRole(role, 'arn:aws:iam::111111111111:role/vendor-reader', 'deployed-id-0001')).toBe('Allowed');
      expect(await simulateAssumeRole(role, 'arn:aws:iam::111111111111:role/vendor-reader', 'other-id-0001')).not.toBe('Allowed');
    });
  });

  test('passes a conditional value of the management stack as one member parameter', () => {
    const app = new App();
    const stack = new Stack(app, 'Published');
    const customName = new CfnParameter(stack, 'CustomRoleName', { type: 'String' });
    const named = new CfnCondition(stack, 'HasCustomRoleName', { expression: Fn.conditionNot(Fn.conditionEquals(customName.valueAsString, '')) });
    const role = new ReadOnlyRole(stack, 'VendorRole', {
      ...ROLE_PROPS,
      roleName: Fn.conditionIf(named.logicalId, customName.valueAsString, 'VendorReadOnly').toString(),
    });
    const members = new MemberAccountsStackSet(stack, 'MemberAccounts', { role, target: StackSetTarget.organizationalUnits([OU]), callAs: CallAs.SELF });
    const properties = stackSetProperties(Template.fromStack(stack));
    const member = JSON.parse(members.memberTemplateBody);

    expect(member.Parameters).toEqual({ RoleName: expect.objectContaining({ Type: 'String' }) });
    expect(properties.Parameters).toEqual([
      { ParameterKey: 'RoleName', ParameterValue: { 'Fn::If': ['HasCustomRoleName', { Ref: 'CustomRoleName' }, 'VendorReadOnly'] } },
    ]);
    const memberRole = Object.values<any>(member.Resources).find((resource) => resource.Type === 'AWS::IAM::Role');
    expect(memberRole.Properties.RoleName).toEqual({ Ref: 'RoleName' });
  });

  test('passes a list parameter of the management stack as a CommaDelimitedList member parameter', () => {
    const management = new Stack(new App(), 'Management');
    const patterns = new CfnParameter(management, 'VendorPrincipalPatterns', { type: 'CommaDelimitedList' });
    const member = new Stack(new App(), 'Member');
    const passing = new ParameterPassing(management, member, [management]);

    const mapped = passing.value('principalArnPatterns', patterns.valueAsList);

    expect(member.resolve(mapped)).toEqual({ Ref: 'PrincipalArnPatterns' });
    expect(member.resolve((member.node.findChild('PrincipalArnPatterns') as CfnParameter).type)).toBe('CommaDelimitedList');
    expect(passing.passed.map((p) => ({ key: p.key, value: management.resolve(p.value) })))
      .toEqual([{ key: 'PrincipalArnPatterns', value: { 'Fn::Join': [',', { Ref: 'VendorPrincipalPatterns' }] } }]);
    expect(passing.problems).toEqual([]);
  });

  describe('with every option', () => {
    let template: Template;
    let properties: any;
    let built: Built;

    beforeAll(() => {
      built = build({
        target: StackSetTarget.organizationRoot('r-ab12', { excludeAccounts: ['555555555555', '666666666666'] }),
        callAs: CallAs.DELEGATED_ADMIN,
        stackSetName: 'Vendor-ReadOnly-Members',
        region: 'eu-west-1',
        retainStacksOnAccountRemoval: true,
        operationPreferences: {
          maxConcurrentPercentage: 100,
          failureTolerancePercentage: 0,
          concurrencyMode: StackSetConcurrencyMode.STRICT_FAILURE_TOLERANCE,
        },
      });
      template = Template.fromStack(built.stack);
      properties = stackSetProperties(template);
    });

    test('targets the root without the excluded accounts', () => {
      expect(properties.StackInstancesGroup).toEqual([{
        DeploymentTargets: { OrganizationalUnitIds: ['r-ab12'], AccountFilterType: 'DIFFERENCE', Accounts: ['555555555555', '666666666666'] },
        Regions: ['eu-west-1'],
      }]);
    });

    test('renders the name, CallAs, retention and operation preferences given', () => {
      expect(properties).toMatchObject({
        StackSetName: 'Vendor-ReadOnly-Members',
        CallAs: 'DELEGATED_ADMIN',
        AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: true },
        OperationPreferences: { MaxConcurrentPercentage: 100, FailureTolerancePercentage: 0, ConcurrencyMode: 'STRICT_FAILURE_TOLERANCE' },
      });
      expect(built.members.stackSetName).toBe('Vendor-ReadOnly-Members');
    });

    test('warns that the delegated administrator account would get the role twice', () => {
      Annotations.fromStack(built.stack).hasWarning('/Management/MemberAccounts',
        Match.stringLikeRegexp('delegated administrator account.*excludeAccounts'));
    });

    test('does not warn when the delegated administrator account is excluded', () => {
      const excluded = build({
        target: StackSetTarget.organizationalUnits([OU], { excludeAccounts: [MANAGEMENT.accountId] }),
        callAs: CallAs.DELEGATED_ADMIN,
      });
      Annotations.fromStack(excluded.stack).hasNoWarning('*', Match.stringLikeRegexp('delegated administrator'));
    });
  });

  describe('member roles of every profile', () => {
    test.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('%s: same role as the management account, within the TemplateBody limit', (_name, profile) => {
      const { stack, members } = build({}, { profile, readableData: undefined });
      const management = roleDefinition(Template.fromStack(stack).toJSON(), 'VendorRole');
      const member = roleDefinition(JSON.parse(members.memberTemplateBody), 'ReadOnlyRole');
      expect(member.role).toEqual(management.role);
      expect(member.policies).toEqual(management.policies);
      expect(members.memberTemplateBytes).toBeLessThanOrEqual(MemberAccountsStackSet.TEMPLATE_BODY_MAX_BYTES);
      if (profile === PermissionProfile.COST) {
        // The README quotes this size.
        console.log(`member template of the COST profile: ${members.memberTemplateBytes} bytes`);
      }
    });
  });

  describe('template size', () => {
    // Long tags and many resource-scoped reads push the member template past 51,200 bytes while
    // the role stays within IAM's limits.
    const bigRole: Partial<ReadOnlyRoleProps> = {
      tags: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`tag-${String(i).padStart(2, '0')}-${'k'.repeat(110)}`, 'v'.repeat(250)])),
      additionalGrants: Array.from({ length: 24 }, (_, i) => ({
        actions: ['iam:GetRole'],
        resources: Array.from({ length: 6 }, (__, j) => `arn:aws:iam::*:role/workload-${i}-${j}-${'r'.repeat(120)}`),
        reason: 'the vendor reads the workload roles',
      })),
    };

    test('writes no temporary folder while constructed: the member template is synthesized once, when first needed', () => {
      // The App makes its own output folder; the StackSet's construction makes none.
      const app = new App();
      const mkdtemp = jest.spyOn(fs, 'mkdtempSync');
      try {
        const { members } = build({}, {}, app);
        expect(mkdtemp).not.toHaveBeenCalled();
        const body = members.memberTemplateBody;
        expect(JSON.parse(body).Resources).toBeDefined();
        expect(members.memberTemplateBytes).toBe(Buffer.byteLength(body));
        expect(mkdtemp).toHaveBeenCalledTimes(1);
      } finally {
        mkdtemp.mockRestore();
      }
    });

    test('from a template URL, the stack synthesizes without synthesizing the member template, which is synthesized when its body is read, leaving no folder', () => {
      inEmptyTemporaryFolder((temporary) => {
        const synth = jest.spyOn(App.prototype, 'synth');
        try {
          const app = new App({ outdir: path.join(temporary, 'cdk.out') });
          const stack = new Stack(app, 'Published');
          const externalId = new CfnParameter(stack, 'VendorExternalId', { type: 'String', noEcho: true });
          const role = new ReadOnlyRole(stack, 'VendorRole', { ...ROLE_PROPS, externalId: ExternalId.of(externalId.valueAsString) });
          const members = new MemberAccountsStackSet(stack, 'MemberAccounts', {
            role, target: StackSetTarget.organizationalUnits([OU]), callAs: CallAs.SELF, templateUrl: 'https://example-bucket.s3.amazonaws.com/member.json',
          });
          const template = app.synth().getStackArtifact(stack.artifactId).template;
          // The StackSet passes the external ID (known when the member stack is built), and only the management app synthesized.
          expect(Object.values<any>(template.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet').Properties.Parameters)
            .toEqual([{ ParameterKey: 'ExternalId', ParameterValue: { Ref: 'VendorExternalId' } }]);
          expect(synth).toHaveBeenCalledTimes(1);
          expect(fs.readdirSync(temporary)).toEqual(['cdk.out']);
          const body = JSON.parse(members.memberTemplateBody);
          expect(Object.values<any>(body.Resources).filter((resource) => resource.Type === 'AWS::IAM::Role')).toHaveLength(1);
          expect(synth).toHaveBeenCalledTimes(2);
          expect(fs.readdirSync(temporary)).toEqual(['cdk.out']);
          // Read again, it is not synthesized again.
          expect(members.memberTemplateBody).toBe(JSON.stringify(body));
          expect(synth).toHaveBeenCalledTimes(2);
        } finally {
          synth.mockRestore();
        }
      });
    });

    test('a member template that cannot be built leaves no folder', () => {
      inEmptyTemporaryFolder((temporary) => {
        const owner = new Stack(new App({ outdir: path.join(temporary, 'cdk.out') }), 'Owner');
        expect(() => buildMemberTemplate(owner, () => {
          throw new Error('the build failed');
        })).toThrow('the build failed');
        expect(fs.readdirSync(temporary)).toEqual(['cdk.out']);
      });
    });

    test('from a template URL, the stack fails at synthesis on what the member stack\'s synthesis would fail on, without synthesizing it', () => {
      const app = new App();
      build({ templateUrl: 'https://example-bucket.s3.amazonaws.com/member.json' }, {}, app);
      const validationErrors = jest.spyOn(MemberTemplate.prototype, 'validationErrors').mockReturnValue(['MemberAccount/ReadOnlyRole: over a limit']);
      const synth = jest.spyOn(App.prototype, 'synth');
      try {
        expect(() => app.synth()).toThrow(/\[Management\/MemberAccounts\] member template: MemberAccount\/ReadOnlyRole: over a limit/);
        expect(validationErrors).toHaveBeenCalledTimes(1);
        expect(synth).toHaveBeenCalledTimes(1);
      } finally {
        validationErrors.mockRestore();
        synth.mockRestore();
      }
    });

    test('a built member stack reports what its constructs\' validations report, by path, without synthesizing', () => {
      const owner = new Stack(new App(), 'Owner');
      const synth = jest.spyOn(App.prototype, 'synth');
      try {
        const built = buildMemberTemplate(owner, (stack) => {
          new Construct(stack, 'Fine');
          new Construct(new Construct(stack, 'Outer'), 'Inner').node.addValidation({ validate: () => ['the first problem', 'the second problem'] });
        });
        expect(built.validate()).toEqual(['MemberAccount/Outer/Inner: the first problem', 'MemberAccount/Outer/Inner: the second problem']);
        expect(synth).not.toHaveBeenCalled();
        expect(buildMemberTemplate(owner, (stack) => new Construct(stack, 'Fine')).validate()).toEqual([]);
      } finally {
        synth.mockRestore();
      }
    });

    test('when another process takes the member app\'s folder name before synthesis, the stack is built again in a folder of its own and the other folder is left alone', () => {
      const owner = new Stack(new App(), 'Owner');
      const mkdtemp = jest.spyOn(fs, 'mkdtempSync');
      let builds = 0;
      const built = buildMemberTemplate(owner, (stack) => {
        builds++;
        new iam.Role(stack, 'Role', { assumedBy: new iam.AccountRootPrincipal() });
      });
      const taken = String(mkdtemp.mock.results.find((result) => /cdk-account-onboarding-member-/.test(String(result.value)))!.value);
      mkdtemp.mockRestore();
      expect(fs.existsSync(taken)).toBe(false);
      fs.mkdirSync(taken);
      fs.writeFileSync(path.join(taken, 'theirs.txt'), 'not yours');
      try {
        const template = built.synthesize();
        expect(Object.values<any>(template.Resources).map((resource) => resource.Type)).toEqual(['AWS::IAM::Role']);
        expect(builds).toBe(2);
        expect(fs.readdirSync(taken)).toEqual(['theirs.txt']);
      } finally {
        fs.rmSync(taken, { recursive: true, force: true });
      }
    });

    test('fails at synthesis when the member template exceeds the TemplateBody limit, naming its size', () => {
      // The member template is synthesized when needed, not while the construct is constructed.
      const { stack } = build({}, bigRole);
      expect(() => Template.fromStack(stack)).toThrow(/the member template must be at most 51200 bytes to be embedded as TemplateBody, got \d{5,} bytes: .*templateUrl/);
    });

    test('a template URL takes the large member template', () => {
      const { stack, members } = build({ templateUrl: 'https://example-bucket.s3.amazonaws.com/member.json' }, bigRole);
      const properties = stackSetProperties(Template.fromStack(stack));
      expect(properties.TemplateURL).toBe('https://example-bucket.s3.amazonaws.com/member.json');
      expect(properties.TemplateBody).toBeUndefined();
      expect(members.templateUrl).toBe('https://example-bucket.s3.amazonaws.com/member.json');
      expect(members.memberTemplateBytes).toBeGreaterThan(MemberAccountsStackSet.TEMPLATE_BODY_MAX_BYTES);
    });
  });

  describe('cdk-nag', () => {
    test('the management stack with the StackSet has no unacknowledged AwsSolutions findings', () => {
      const app = new App();
      build({}, {}, app);
      expect(nagFindings(app)).toBe('');
    });
  });

  describe('default Region', () => {
    test.each([
      ['us-east-1', 'us-east-1'], ['eu-west-1', 'us-east-1'], ['cn-northwest-1', 'cn-north-1'], ['cn-north-1', 'cn-north-1'],
      ['us-gov-east-1', 'us-gov-west-1'],
    ])('in a stack of %s is %s, the default Region of the stack\'s partition', (stackRegion, expected) => {
      const { members, stack } = inRegion(stackRegion);
      expect(members.region).toBe(expected);
      expect(stackSetProperties(Template.fromStack(stack)).StackInstancesGroup[0].Regions).toEqual([expected]);
    });

    test('in a stack without a Region is MemberAccountsStackSet.DEFAULT_REGION', () => {
      const stack = new Stack(new App(), 'Management');
      const role = new ReadOnlyRole(stack, 'VendorRole', ROLE_PROPS);
      const members = new MemberAccountsStackSet(stack, 'MemberAccounts', { role, target: StackSetTarget.organizationalUnits([OU]), callAs: CallAs.SELF });
      expect(members.region).toBe(MemberAccountsStackSet.DEFAULT_REGION);
      expect(MemberAccountsStackSet.defaultRegionFor('cn-northwest-1')).toBe('cn-north-1');
      expect(MemberAccountsStackSet.defaultRegionFor(stack.region)).toBe('us-east-1');
    });
  });

  describe('invalid input', () => {
    test.each([
      ['an OU ID is invalid', { target: StackSetTarget.organizationalUnits(['ou-AB12-cd34ef56']) }, "target organizationalUnitIds must be an OU ID: 'ou-', 4 to 32 lowercase letters or digits, '-', 8 to 32 lowercase letters or digits (^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$), got 'ou-AB12-cd34ef56'"],
      ['a root ID is among the OU IDs', { target: StackSetTarget.organizationalUnits([OU, 'r-ab12']) }, "got 'r-ab12' (a root ID: use StackSetTarget.organizationRoot() to target the whole organization)"],
      ['no OU ID is given', { target: StackSetTarget.organizationalUnits([]) }, 'target organizationalUnitIds must list at least one OU ID, got []'],
      ['the root ID is invalid', { target: StackSetTarget.organizationRoot('ou-ab12-cd34ef56') }, "target rootId must be an organization root ID: 'r-' and 4 to 32 lowercase letters or digits (^r-[0-9a-z]{4,32}$), got 'ou-ab12-cd34ef56'"],
      ['an excluded account is invalid', { target: StackSetTarget.organizationRoot('r-ab12', { excludeAccounts: ['12345678901'] }) }, "target excludeAccounts must be a 12-digit AWS account ID, got '12345678901'"],
      ['the Region is invalid', { region: 'us-east' }, "region must be an AWS Region code such as eu-west-1, got 'us-east'"],
      ['several Regions are given', { region: 'us-east-1,eu-west-1' }, "region must be exactly one Region: IAM is global, so a StackSet that only creates a role deploys to one Region, got 'us-east-1,eu-west-1'"],
      ['the StackSet name has an underscore', { stackSetName: 'vendor_role' }, "stackSetName must be a letter followed by letters, digits and hyphens, at most 128 characters ([a-zA-Z][-a-zA-Z0-9]*), got 'vendor_role'"],
      ['the StackSet name is over 128 characters', { stackSetName: `a${'b'.repeat(128)}` }, `stackSetName must be a letter followed by letters, digits and hyphens, at most 128 characters ([a-zA-Z][-a-zA-Z0-9]*), got 'a${'b'.repeat(128)}'`],
      ['the concurrency is 0%', { operationPreferences: { maxConcurrentPercentage: 0 } }, 'operationPreferences.maxConcurrentPercentage must be a whole number from 1 to 100, got 0'],
      ['the failure tolerance is not a whole number', { operationPreferences: { failureTolerancePercentage: 12.5 } }, 'operationPreferences.failureTolerancePercentage must be a whole number from 0 to 100, got 12.5'],
    ])('fails when %s', (_what, props, message) => {
      expect(() => build(props as Partial<MemberAccountsStackSetProps>)).toThrow(message);
    });

    test('fails with every problem in one error', () => {
      expect(() => build({
        target: StackSetTarget.organizationalUnits(['ou-x'], { excludeAccounts: ['1'] }),
        region: 'mars-1',
        stackSetName: '-x',
      })).toThrow(/invalid props:\n- target organizationalUnitIds .*'ou-x'\n- target excludeAccounts .*'1'\n- stackSetName .*'-x'\n- region .*'mars-1'/);
    });

    test('fails on a well-formed code that is no Region of its partition, naming the closest Region', () => {
      expect(() => build({ region: 'us-est-1' })).toThrow(
        "region must be a known Region of partition aws, got 'us-est-1' (did you mean 'us-east-1'?); name a Region newer than this release in additionalKnownRegions");
    });

    test('accepts a Region newer than this release when it is named, here or on the role', () => {
      expect(() => build({ region: 'us-east-9' })).toThrow(/known Region/);
      expect(build({ region: 'us-east-9', additionalKnownRegions: ['us-east-9'] }).members.region).toBe('us-east-9');
      expect(build({ region: 'us-east-9' }, { additionalKnownRegions: ['us-east-9'] }).members.region).toBe('us-east-9');
      expect(() => build({ additionalKnownRegions: ['east'] })).toThrow("additionalKnownRegions[0] must be an AWS Region code such as eu-west-1, got 'east'");
    });

    test('accepts a Region of the stack\'s partition, and fails on a Region of another, naming the partition to use', () => {
      for (const [stackRegion, region] of [['us-east-1', 'ap-southeast-5'], ['us-gov-east-1', 'us-gov-west-1'], ['cn-northwest-1', 'cn-north-1'], ['us-isob-east-1', 'us-isob-east-1']]) {
        expect(() => inRegion(stackRegion, { region })).not.toThrow();
      }
      expect(() => inRegion('cn-north-1', { region: 'us-east-1' })).toThrow(
        "region must be a Region of partition 'aws-cn', where the stack deploys (cn-north-1), such as cn-north-1, got 'us-east-1' of partition 'aws'");
      expect(() => inRegion('us-east-1', { region: 'us-gov-west-1' })).toThrow(/region must be a Region of partition 'aws', .*got 'us-gov-west-1' of partition 'aws-us-gov'/);
    });

    test('a Region of a partition in a stack without a Region is not compared', () => {
      const stack = new Stack(new App(), 'Management');
      const role = new ReadOnlyRole(stack, 'VendorRole', ROLE_PROPS);
      const members = new MemberAccountsStackSet(stack, 'MemberAccounts', { role, target: StackSetTarget.organizationalUnits([OU]), callAs: CallAs.SELF, region: 'cn-north-1' });
      expect(members.region).toBe('cn-north-1');
    });

    test('fails when the role refers to a resource of the management stack', () => {
      const app = new App();
      const stack = new Stack(app, 'Management');
      const boundary = new iam.ManagedPolicy(stack, 'Boundary', { statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })] });
      const bucket = new s3.Bucket(stack, 'Inventory');
      const role = new ReadOnlyRole(stack, 'VendorRole', {
        ...ROLE_PROPS,
        permissionsBoundary: boundary,
        additionalGrants: [{ actions: ['s3:GetBucketTagging'], resources: [bucket.bucketArn], reason: 'the vendor reads bucket tags' }],
      });
      const members = new MemberAccountsStackSet(stack, 'MemberAccounts', { role, target: StackSetTarget.organizationalUnits([OU]), callAs: CallAs.SELF });
      expect(() => members.memberTemplateBody)
        .toThrow(/the member template cannot use values of the management stack:\n- additionalGrants refers to Inventory[0-9A-F]{8}\.Arn of the management stack.*\n- permissionsBoundary refers to Boundary[0-9A-F]{8} of the management stack/);
    });

    test('takes a permissions boundary that exists in every account', () => {
      const app = new App();
      const stack = new Stack(app, 'Management');
      const role = new ReadOnlyRole(stack, 'VendorRole', {
        ...ROLE_PROPS,
        permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyName(stack, 'Boundary', 'VendorBoundary'),
      });
      const members = new MemberAccountsStackSet(stack, 'MemberAccounts', { role, target: StackSetTarget.organizationalUnits([OU]), callAs: CallAs.SELF });
      const memberRole = Object.values<any>(JSON.parse(members.memberTemplateBody).Resources).find((resource) => resource.Type === 'AWS::IAM::Role');
      expect(memberRole.Properties.PermissionsBoundary).toEqual({
        'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':policy/VendorBoundary']],
      });
    });

    test('fails when the member stack holds an asset', () => {
      const owner = new Stack(new App(), 'Owner');
      expect(() => buildMemberTemplate(owner, (stack) => new s3assets.Asset(stack, 'Code', { path: __filename })).synthesize())
        .toThrow(/^the member template must not contain assets, got the file asset 'asset\.[0-9a-f]{64}\.ts': a StackSet deploys its template to every member account as it is/);
    });
  });
});
