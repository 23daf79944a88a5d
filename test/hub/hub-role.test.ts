import { App, BootstraplessSynthesizer, CfnParameter, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { CallAs, ExternalId, MemberAccountsStackSet, PermissionProfile, ReadOnlyRole, StackSetTarget } from '../../src';
import { HubRole, HubRoleProps, HubTrust } from '../../src/hub/hub-role';
import {
  CUSTOMER, DeployedRole, deployedRole, simulate, simulateAssumeRole, simulateAssumeRoleAs, simulateServiceAction, sessionArnOf, trustPolicyFor,
  VENDOR_ROLE_ARN,
} from '../support/simulator';
import { logicalIdOf, nagFindings } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const HUB = '222233334444';
const MEMBER = CUSTOMER.accountId;
const OUTSIDER = '999988887777';
const ORG = 'o-a1b2c3d4e5';
const REGION = 'us-east-1';
const HUB_ROLE_ARN = `arn:aws:iam::${HUB}:role/CollectorHubRole`;
const SPOKE = (account: string, name = 'CollectorSpokeRole') => `arn:aws:iam::${account}:role/${name}`;

/** A hub stack with the hub role and the hub account's own spoke, and a management stack with the StackSet. */
function hubAndSpokes(app: App, hubProps: Partial<HubRoleProps> = {}) {
  const hubStack = new Stack(app, 'Hub', { env: { account: HUB, region: REGION }, synthesizer: new BootstraplessSynthesizer() });
  const hub = new HubRole(hubStack, 'Collector', { trust: HubTrust.ec2(), organizationId: ORG, ...hubProps });
  const hubSpoke = new ReadOnlyRole(hubStack, 'Spoke', hub.spokeRoleProps({ profile: PermissionProfile.SECURITY_AUDIT }));
  const management = new Stack(app, 'Management', { synthesizer: new BootstraplessSynthesizer() });
  const managementSpoke = new ReadOnlyRole(management, 'Spoke', hub.spokeRoleProps({ profile: PermissionProfile.SECURITY_AUDIT }));
  const stackSet = new MemberAccountsStackSet(management, 'Spokes', {
    role: managementSpoke,
    target: StackSetTarget.organizationRoot('r-ab12', { excludeAccounts: [HUB] }),
    callAs: CallAs.SELF,
  });
  return { hubStack, hub, hubSpoke, management, stackSet };
}

function deployedOnly(template: Template, account: string, prefix = ''): DeployedRole {
  return deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role', prefix), { accountId: account, region: REGION });
}

function identityOnly(role: DeployedRole, action: string, resource = '*'): Promise<string> {
  return simulate({ principal: sessionArnOf(role.arn), action, resource, resourceAccount: HUB, identityPolicies: role.identityPolicies });
}

describe('HubRole', () => {
  let hubTemplate: Template;
  let hub: DeployedRole;
  let memberTemplate: Template;
  let memberSpoke: DeployedRole;
  let hubSpoke: DeployedRole;
  let listedHub: DeployedRole;
  let stackSetProperties: any;

  beforeAll(() => {
    const built = hubAndSpokes(new App());
    hubTemplate = Template.fromStack(built.hubStack);
    hub = deployedOnly(hubTemplate, HUB, 'Collector');
    hubSpoke = deployedOnly(hubTemplate, HUB, 'Spoke');
    stackSetProperties = Template.fromStack(built.management).findResources('AWS::CloudFormation::StackSet');
    stackSetProperties = Object.values<any>(stackSetProperties)[0].Properties;
    memberTemplate = Template.fromJSON(JSON.parse(stackSetProperties.TemplateBody));
    memberSpoke = deployedOnly(memberTemplate, MEMBER);

    const listed = new Stack(new App(), 'Listed', { env: { account: HUB, region: REGION } });
    new HubRole(listed, 'Collector', { trust: HubTrust.lambdaFunctions(), spokeAccountIds: [MEMBER, HUB, MEMBER] });
    listedHub = deployedOnly(Template.fromStack(listed), HUB);
  });

  describe('the hub role', () => {
    test('is named, trusted by EC2, and has an instance profile of the same name', () => {
      hubTemplate.hasResourceProperties('AWS::IAM::Role', {
        RoleName: 'CollectorHubRole',
        AssumeRolePolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } }] },
      });
      hubTemplate.hasResourceProperties('AWS::IAM::InstanceProfile', {
        InstanceProfileName: 'CollectorHubRole',
        Roles: [{ Ref: logicalIdOf(hubTemplate, 'AWS::IAM::Role', 'Collector') }],
      });
      // The construct ID of the role is 'Resource', so the logical ID carries no extra segment.
      expect(logicalIdOf(hubTemplate, 'AWS::IAM::Role', 'Collector')).toMatch(/^Collector[0-9A-F]{8}$/);
      expect(hub.arn).toBe(HUB_ROLE_ARN);
    });

    test('may assume the spoke role of a member account, as deployed by the StackSet', async () => {
      expect(memberSpoke.arn).toBe(SPOKE(MEMBER));
      expect(await simulateAssumeRoleAs(hub, memberSpoke.arn, memberSpoke.trustPolicy, { 'aws:ResourceOrgID': ORG })).toBe('Allowed');
      expect(await simulateAssumeRoleAs(hub, hubSpoke.arn, hubSpoke.trustPolicy, { 'aws:ResourceOrgID': ORG })).toBe('Allowed');
    });

    test('is denied any other role name, even where the role trusts it', async () => {
      for (const name of ['OrganizationAccountAccessRole', 'CollectorSpokeRole2', 'collectorspokerole', 'team/CollectorSpokeRole']) {
        const arn = SPOKE(MEMBER, name);
        expect([name, await simulateAssumeRoleAs(hub, arn, trustPolicyFor(hub.arn), { 'aws:ResourceOrgID': ORG })])
          .toEqual([name, 'ImplicitlyDenied']);
      }
    });

    test('is denied the spoke role name outside the organization', async () => {
      const outside = SPOKE(OUTSIDER);
      expect(await simulateAssumeRoleAs(hub, outside, trustPolicyFor(hub.arn), { 'aws:ResourceOrgID': 'o-zzzzzzzzzz' })).toBe('ImplicitlyDenied');
      expect(await simulateAssumeRoleAs(hub, outside, trustPolicyFor(hub.arn))).toBe('ImplicitlyDenied');
      // The same request inside the organization is allowed: the organization is what denies it.
      expect(await simulateAssumeRoleAs(hub, outside, trustPolicyFor(hub.arn), { 'aws:ResourceOrgID': ORG })).toBe('Allowed');
    });

    test('with listed accounts, may assume the spoke role in those accounts only', async () => {
      expect(listedHub.identityPolicies[0].policy.Statement[0].Resource).toEqual([SPOKE(MEMBER), SPOKE(HUB)]);
      expect(await simulateAssumeRoleAs(listedHub, SPOKE(MEMBER), trustPolicyFor(listedHub.arn))).toBe('Allowed');
      expect(await simulateAssumeRoleAs(listedHub, SPOKE(HUB), trustPolicyFor(listedHub.arn))).toBe('Allowed');
      expect(await simulateAssumeRoleAs(listedHub, SPOKE(OUTSIDER), trustPolicyFor(listedHub.arn))).toBe('ImplicitlyDenied');
    });

    test('may list the Regions and do nothing else', async () => {
      expect(await identityOnly(hub, 'ec2:DescribeRegions')).toBe('Allowed');
      for (const action of ['ec2:DescribeInstances', 's3:ListAllMyBuckets', 'iam:ListRoles', 'sts:GetSessionToken', 'organizations:ListAccounts']) {
        expect([action, await identityOnly(hub, action)]).toEqual([action, 'ImplicitlyDenied']);
      }
      expect(await identityOnly(hub, 'iam:PassRole', SPOKE(HUB))).toBe('ImplicitlyDenied');
      expect(await identityOnly(hub, 'sts:TagSession', SPOKE(MEMBER))).toBe('ImplicitlyDenied');
      const actions = hub.identityPolicies.flatMap((named) => named.policy.Statement.flatMap((statement: any) => [statement.Action].flat()));
      expect(actions.sort()).toEqual(['ec2:DescribeRegions', 'sts:AssumeRole']);
    });

    test('trusted by ECS tasks, only for tasks of the hub account, and without an instance profile', async () => {
      const stack = new Stack(new App(), 'Ecs', { env: { account: HUB, region: REGION } });
      new HubRole(stack, 'Collector', { trust: HubTrust.ecsTasks(), organizationId: ORG });
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::IAM::InstanceProfile', 0);
      const role = deployedOnly(template, HUB);
      expect(await simulateServiceAction('ecs-tasks.amazonaws.com', 'sts:AssumeRole', role.arn, role.trustPolicy, { 'aws:SourceAccount': HUB }))
        .toBe('Allowed');
      expect(await simulateServiceAction('ecs-tasks.amazonaws.com', 'sts:AssumeRole', role.arn, role.trustPolicy, { 'aws:SourceAccount': OUTSIDER }))
        .toBe('ImplicitlyDenied');
      expect(await simulateServiceAction('ec2.amazonaws.com', 'sts:AssumeRole', role.arn, role.trustPolicy, { 'aws:SourceAccount': HUB }))
        .toBe('ImplicitlyDenied');
    });

    test('trusted by Lambda or by a given principal', async () => {
      const stack = new Stack(new App(), 'Others', { env: { account: HUB, region: REGION } });
      const runner = `arn:aws:iam::${HUB}:role/k8s/cartography-runner`;
      new HubRole(stack, 'Lambda', { trust: HubTrust.lambdaFunctions(), roleName: 'LambdaCollector', organizationId: ORG });
      new HubRole(stack, 'Pod', { trust: HubTrust.principal(runner), roleName: 'PodCollector', organizationId: ORG });
      const template = Template.fromStack(stack);
      const lambda = deployedOnly(template, HUB, 'Lambda');
      const pod = deployedOnly(template, HUB, 'Pod');
      expect(await simulateServiceAction('lambda.amazonaws.com', 'sts:AssumeRole', lambda.arn, lambda.trustPolicy)).toBe('Allowed');
      expect(await simulateAssumeRole(pod, runner)).toBe('Allowed');
      expect(await simulateAssumeRole(pod, `arn:aws:iam::${HUB}:role/k8s/other`)).toBe('ImplicitlyDenied');
      expect(HubTrust.principal(runner).principalArn).toBe(runner);
      expect(HubTrust.ec2().servicePrincipal).toBe('ec2.amazonaws.com');
    });

    test('warns when it may assume the spoke role in any AWS account', () => {
      const stack = new Stack(new App(), 'Open', { env: { account: HUB, region: REGION } });
      new HubRole(stack, 'Collector', { trust: HubTrust.ec2() });
      Annotations.fromStack(stack).hasWarning('/Open/Collector', Match.stringLikeRegexp('hubRoleAnyAccount'));
      Annotations.fromStack(Stack.of(new HubRole(new Stack(new App(), 'Closed'), 'Collector', { trust: HubTrust.ec2(), organizationId: ORG })))
        .hasNoWarning('*', Match.stringLikeRegexp('hubRoleAnyAccount'));
    });

    test('fails when props are invalid, with every problem in one error', () => {
      const stack = new Stack(new App(), 'Invalid');
      expect(() => new HubRole(stack, 'Collector', {
        trust: HubTrust.principal('arn:aws:iam::2222:role/runner'),
        roleName: 'collector hub',
        path: 'collectors',
        spokeRoleName: 'spoke*',
        organizationId: 'o-ABC',
        spokeAccountIds: ['12345678901', HUB],
      })).toThrow([
        'invalid props:',
        "- trust principal must be arn:<partition>:iam::<12-digit account>:role/<name> or :user/<name>, got 'arn:aws:iam::2222:role/runner'",
        "- roleName must be [\\w+=,.@-]{1,64}, got 'collector hub'",
        "- path must be '/' or a path of the form /segment/.../ made of printable ASCII, at most 512 characters, got 'collectors'",
        "- spokeRoleName must be [\\w+=,.@-]{1,64}, got 'spoke*'",
        "- organizationId must be an organization ID: 'o-' and 10 to 32 lowercase letters or digits (^o-[a-z0-9]{10,32}$), got 'o-ABC'",
        "- spokeAccountIds must be a 12-digit AWS account ID, got '12345678901'",
      ].join('\n'));
    });

    test('fails on a boundary that is not a policy ARN and a description IAM refuses', () => {
      const stack = new Stack(new App(), 'Invalid');
      expect(() => new HubRole(stack, 'Collector', {
        trust: HubTrust.ec2(),
        permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Boundary', 'not-an-arn'),
        description: 'Collector \u2192 spokes',
      })).toThrow([
        'invalid props:',
        "- permissionsBoundary must be arn:<partition>:iam::<12-digit account or aws>:policy/<optional path/><name>, got 'not-an-arn'",
        "- description must be at most 1000 characters of printable Latin-1, tab, line feed or carriage return, got 'Collector \u2192 spokes': '\u2192' (U+2192) is not allowed",
      ].join('\n'));
    });

    test('fails when spokeAccountIds is empty or a list token', () => {
      const stack = new Stack(new App(), 'Lists');
      expect(() => new HubRole(stack, 'Empty', { trust: HubTrust.ec2(), spokeAccountIds: [] }))
        .toThrow('spokeAccountIds must list at least one account when given, got []');
      const accounts = new CfnParameter(stack, 'Accounts', { type: 'CommaDelimitedList' });
      expect(() => new HubRole(stack, 'Token', { trust: HubTrust.ec2(), spokeAccountIds: accounts.valueAsList }))
        .toThrow('spokeAccountIds must be a list of account IDs, got a list token: pass each account as its own value');
    });

    test('accepts CfnParameter values and leaves them to CloudFormation', () => {
      const stack = new Stack(new App(), 'Parameters');
      const organization = new CfnParameter(stack, 'OrganizationId');
      const account = new CfnParameter(stack, 'SpokeAccount');
      new HubRole(stack, 'Collector', { trust: HubTrust.ec2(), organizationId: organization.valueAsString, spokeAccountIds: [account.valueAsString] });
      Template.fromStack(stack).hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Condition: { StringEquals: { 'aws:ResourceOrgID': { Ref: 'OrganizationId' } } } })]) },
      });
    });

    test('passes cdk-nag AwsSolutions, with the hub and spoke stacks', () => {
      const app = new App();
      hubAndSpokes(app);
      expect(nagFindings(app)).toBe('');
    });
  });

  describe('spoke roles', () => {
    test('trust the hub role and no one else', async () => {
      for (const spoke of [memberSpoke, hubSpoke]) {
        expect(await simulateAssumeRole(spoke, HUB_ROLE_ARN)).toBe('Allowed');
        for (const other of [
          `arn:aws:iam::${HUB}:role/OtherRole`, `arn:aws:iam::${HUB}:root`, `arn:aws:iam::${OUTSIDER}:role/CollectorHubRole`,
          `arn:aws:iam::${MEMBER}:role/CollectorHubRole`, VENDOR_ROLE_ARN,
        ]) {
          expect([other, await simulateAssumeRole(spoke, other)]).toEqual([other, 'ImplicitlyDenied']);
        }
      }
    });

    test('are embedded in the StackSet from literals and the partition, with the profile and no external ID', () => {
      expect(memberTemplate.toJSON().Parameters).toBeUndefined();
      expect(stackSetProperties.Parameters).toBeUndefined();
      memberTemplate.hasResourceProperties('AWS::IAM::Role', {
        RoleName: 'CollectorSpokeRole',
        AssumeRolePolicyDocument: {
          Statement: [{
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${HUB}:role/CollectorHubRole`]] } },
          }],
        },
        ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/SecurityAudit']] }],
      });
      expect(JSON.stringify(memberTemplate.toJSON())).not.toContain('sts:ExternalId');
      expect(stackSetProperties.StackInstancesGroup[0].DeploymentTargets).toEqual({
        OrganizationalUnitIds: ['r-ab12'], AccountFilterType: 'DIFFERENCE', Accounts: [HUB],
      });
    });

    test('require an external ID when one is given', async () => {
      const stack = new Stack(new App(), 'WithExternalId', { env: { account: MEMBER, region: REGION } });
      new ReadOnlyRole(stack, 'Spoke', HubRole.spokeRolePropsFor({
        hubAccountId: HUB, profile: PermissionProfile.INVENTORY, externalId: ExternalId.of('hub-spoke-2f9c'),
      }));
      const spoke = deployedOnly(Template.fromStack(stack), MEMBER);
      expect(await simulateAssumeRole(spoke, HUB_ROLE_ARN, 'hub-spoke-2f9c')).toBe('Allowed');
      expect(await simulateAssumeRole(spoke, HUB_ROLE_ARN)).toBe('ImplicitlyDenied');
    });

    test('follow the names and paths of the hub role', async () => {
      const app = new App();
      const hubStack = new Stack(app, 'PathHub', { env: { account: HUB, region: REGION } });
      const pathHub = new HubRole(hubStack, 'Collector', {
        trust: HubTrust.ec2(),
        roleName: 'Cartography',
        path: '/collectors/',
        spokeRoleName: 'CartographyReader',
        spokeRolePath: '/readers/',
        organizationId: ORG,
      });
      const spokeStack = new Stack(app, 'PathSpoke', { env: { account: MEMBER, region: REGION } });
      new ReadOnlyRole(spokeStack, 'Spoke', pathHub.spokeRoleProps({ profile: PermissionProfile.SECURITY_AUDIT }));
      const hubRole = deployedOnly(Template.fromStack(hubStack), HUB);
      const spoke = deployedOnly(Template.fromStack(spokeStack), MEMBER);
      expect(hubRole.arn).toBe(`arn:aws:iam::${HUB}:role/collectors/Cartography`);
      expect(spoke.arn).toBe(`arn:aws:iam::${MEMBER}:role/readers/CartographyReader`);
      expect(await simulateAssumeRole(spoke, hubRole.arn)).toBe('Allowed');
      expect(await simulateAssumeRoleAs(hubRole, spoke.arn, spoke.trustPolicy, { 'aws:ResourceOrgID': ORG })).toBe('Allowed');
      expect(await simulateAssumeRoleAs(hubRole, SPOKE(MEMBER, 'CartographyReader'), trustPolicyFor(hubRole.arn), { 'aws:ResourceOrgID': ORG }))
        .toBe('ImplicitlyDenied');
      expect(Stack.of(pathHub).resolve(pathHub.spokeRoleArn(MEMBER)))
        .toEqual({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${MEMBER}:role/readers/CartographyReader`]] });
    });

    test('fails when the hub stack has no literal account', () => {
      const pathless = new HubRole(new Stack(new App(), 'Agnostic'), 'Collector', { trust: HubTrust.ec2(), organizationId: ORG });
      expect(() => pathless.spokeRoleProps({ profile: PermissionProfile.SECURITY_AUDIT }))
        .toThrow(/^spokeRoleProps needs the hub account ID, got the unresolved '\$\{Token\[AWS.AccountId.\d+\]\}': give the hub stack env.account/);
    });

    test('fails when the hub reference is invalid', () => {
      expect(() => HubRole.spokeRolePropsFor({ hubAccountId: '2222-3333-4444', hubRolePath: 'x', profile: PermissionProfile.COST })).toThrow([
        'invalid props:',
        "- hubAccountId must be a 12-digit AWS account ID, got '2222-3333-4444'",
        "- hubRolePath must be '/' or a path of the form /segment/.../ made of printable ASCII, at most 512 characters, got 'x'",
      ].join('\n'));
      expect(() => HubRole.spokeRolePropsFor({ hubAccountId: HUB, hubRoleName: 'a b', profile: PermissionProfile.COST }))
        .toThrow("hubRoleName must be [\\w+=,.@-]{1,64}, got 'a b'");
    });
  });
});
