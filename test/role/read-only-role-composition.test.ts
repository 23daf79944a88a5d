import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CostReport, HubRole, HubTrust, OnboardingStack, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from '../../src';
import { ROLE_OPTION_KEYS, roleOptionsOf } from '../../src/role/role-option-keys';
import { roleProps, stackWithRole } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

const WARNING_ID = 'cdk-account-onboarding:allow-denied-by-guardrail';

function warnings(stack: Stack): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('.*')).map((entry) => String(entry.entry.data));
}

describe('ReadOnlyRole as an iam.IRole', () => {
  test('goes wherever CDK takes a role, and grants go to the role itself', () => {
    // GIVEN
    const { stack, role } = stackWithRole();
    const asRole: iam.IRole = role;

    // WHEN: a policy attached with roles: [role], and a grant to assume it
    new iam.Policy(stack, 'Extra', { roles: [asRole], statements: [new iam.PolicyStatement({ actions: ['ec2:DescribeInstances'], resources: ['*'] })] });
    const runner = new iam.Role(stack, 'Runner', { assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com') });
    const grant = asRole.grantAssumeRole(runner);

    // THEN
    expect(asRole.roleArn).toBe(role.role.roleArn);
    expect(asRole.grantPrincipal).toBe(role.role);
    expect(grant.success).toBe(true);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyName: Match.stringLikeRegexp('Extra'),
      Roles: [{ Ref: stack.getLogicalId(role.role.node.defaultChild as iam.CfnRole) }],
    });
    expect(warnings(stack).filter((text) => text.includes(WARNING_ID) || text.includes('data-access guardrail denies'))).toEqual([]);
  });

  test('warns at synth when a policy allows what the guardrail denies, naming the actions and readableData', () => {
    // GIVEN
    const { stack, role } = stackWithRole();
    const bucket = new s3.Bucket(stack, 'Data');

    // WHEN: the usual CDK grant, which the guardrail's explicit Deny would silently override
    bucket.grantRead(role);

    // THEN
    const found = warnings(stack).filter((text) => text.includes('which its data-access guardrail denies'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/allows s3:GetObject/);
    expect(found[0]).toMatch(/grant data reads with readableData/);
  });

  test('does not warn for reads the guardrail allows, nor for data granted with readableData', () => {
    // GIVEN
    const { stack, role } = stackWithRole();
    const bucket = new s3.Bucket(stack, 'Data');

    // WHEN
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['ec2:DescribeInstances'], resources: ['*'] }));
    const grant = role.addReadableData({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('exports/*')], reason: 'Reads the exports.' });

    // THEN: the grant's statement is in the readable-data policy, which the guardrail exempts
    expect(warnings(stack).filter((text) => text.includes('data-access guardrail denies'))).toEqual([]);
    expect(grant.success).toBe(true);
    expect(grant.principalStatements).toHaveLength(1);
    expect(stack.resolve(grant.principalStatements[0].toStatementJson())).toMatchObject({ Sid: 'ReadableData1', Action: 's3:GetObject', Effect: 'Allow' });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Sid: 'ReadableData1', Action: 's3:GetObject' })] },
    });
  });

  test('CostReport.grantRead takes the role interface and returns the grant, the same one when granted twice', () => {
    // GIVEN
    const stack = new Stack(new App(), 'Billing', { env: { account: '111122223333', region: 'us-east-1' } });
    const role = new ReadOnlyRole(stack, 'Role', roleProps());
    const report = new CostReport(stack, 'Report');

    // WHEN
    const grant = report.grantRead(role);

    // THEN
    expect(grant.success).toBe(true);
    expect(grant.principalStatements.map((statement) => statement.actions)).toEqual([['s3:GetObject']]);
    expect(report.grantRead(role)).toBe(grant);
    expect(warnings(stack).filter((text) => text.includes('data-access guardrail denies'))).toEqual([]);
  });
});

describe('one options interface for the role', () => {
  const everyOption = {
    additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Inventory.' }],
    writeActions: [],
    dataAccessGuardrail: true,
    denySecretBearingConfiguration: true,
    pinnedPermissions: false,
    allowedRegions: ['eu-west-1'],
    additionalKnownRegions: ['eu-west-4'],
    roleName: 'VendorReader',
    path: '/vendor/',
    maxSessionDuration: undefined,
    optInFeatures: [{ name: 'Tagging', reason: 'Tags resources.', actions: ['tag:TagResources'] }],
  };

  test('roleOptionsOf passes every option on and nothing else', () => {
    const picked = roleOptionsOf({ ...everyOption, vendorName: 'Acme', profile: PermissionProfile.COST } as any);
    expect(Object.keys(picked).sort()).toEqual(Object.keys(everyOption).filter((key) => (everyOption as any)[key] !== undefined).sort());
    expect([...ROLE_OPTION_KEYS].sort()).toEqual(Object.keys(everyOption).sort());
  });

  test('OnboardingStack passes the role options it does not own to its role: path and guardrail', () => {
    const stack = new OnboardingStack(new App(), 'Onboarding', {
      vendorName: 'Acme',
      trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/acme'),
      profile: PermissionProfile.COST,
      customerParameters: true,
      path: '/vendor/',
      dataAccessGuardrail: false,
    });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', { Path: '/vendor/' });
    expect(Object.values(template.findResources('AWS::IAM::ManagedPolicy')).map((policy: any) => JSON.stringify(policy.Properties.PolicyDocument)))
      .not.toContainEqual(expect.stringContaining('DenyDataPlaneReads'));
  });

  test("the hub's spoke props carry the role options", () => {
    const hubStack = new Stack(new App(), 'Hub', { env: { account: '111122223333', region: 'us-east-1' } });
    const hub = new HubRole(hubStack, 'Hub', { trust: HubTrust.ec2() });
    const props = hub.spokeRoleProps({ profile: PermissionProfile.INVENTORY, allowedRegions: ['eu-west-1'], pinnedPermissions: true });
    expect(props).toMatchObject({ allowedRegions: ['eu-west-1'], pinnedPermissions: true, roleName: HubRole.DEFAULT_SPOKE_ROLE_NAME });
  });
});
