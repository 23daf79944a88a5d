import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildHubAndSpokeApp } from '../../examples/hub-and-spoke/app';
import { CUSTOMER, DeployedRole, deployedRole, simulateAssumeRole, simulateAssumeRoleAs, trustPolicyFor } from '../support/simulator';
import { logicalIdOf, nagFindings } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const HUB = '222233334444';
const MEMBER = CUSTOMER.accountId;
const ORG = 'o-a1b2c3d4e5';
const CONTEXT = { hubAccountId: HUB, organizationId: ORG, organizationRootId: 'r-ab12', excludeAccounts: '555566667777' };

function role(template: Template, account: string, prefix = ''): DeployedRole {
  return deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role', prefix), { accountId: account, region: 'us-east-1' });
}

describe('examples/hub-and-spoke', () => {
  let hubTemplate: Template;
  let spokesTemplate: Template;
  let memberTemplate: Template;
  let stackSet: any;

  beforeAll(() => {
    const { hub, spokes } = buildHubAndSpokeApp(new App({ context: CONTEXT }));
    hubTemplate = Template.fromStack(hub);
    spokesTemplate = Template.fromStack(spokes);
    stackSet = Object.values<any>(spokesTemplate.findResources('AWS::CloudFormation::StackSet'))[0].Properties;
    memberTemplate = Template.fromJSON(JSON.parse(stackSet.TemplateBody));
  });

  test('refuses to synthesize without the hub account, the organization and its root', () => {
    expect(() => buildHubAndSpokeApp(new App())).toThrow(/^context hubAccountId is required: pass -c hubAccountId=<value>/);
    expect(() => buildHubAndSpokeApp(new App({ context: { hubAccountId: HUB } }))).toThrow(/^context organizationId is required/);
    expect(() => buildHubAndSpokeApp(new App({ context: { hubAccountId: HUB, organizationId: ORG } }))).toThrow(/^context organizationRootId is required/);
  });

  test('puts the hub role, its instance profile and the hub\'s own spoke role into the hub account', () => {
    expect(Object.values<any>(hubTemplate.findResources('AWS::IAM::Role')).map((r) => r.Properties.RoleName).sort())
      .toEqual(['CollectorHubRole', 'CollectorSpokeRole']);
    hubTemplate.hasResourceProperties('AWS::IAM::InstanceProfile', { InstanceProfileName: 'CollectorHubRole' });
    expect(hubTemplate.toJSON().Rules).toBeUndefined();
  });

  test('deploys a spoke role to every other account: the management account\'s own and the StackSet\'s, hub excluded', () => {
    expect(Object.values<any>(spokesTemplate.findResources('AWS::IAM::Role')).map((r) => r.Properties.RoleName)).toEqual(['CollectorSpokeRole']);
    expect(stackSet).toMatchObject({
      PermissionModel: 'SERVICE_MANAGED',
      CallAs: 'SELF',
      StackInstancesGroup: [{
        DeploymentTargets: { OrganizationalUnitIds: ['r-ab12'], AccountFilterType: 'DIFFERENCE', Accounts: [HUB, '555566667777'] },
      }],
    });
    expect(stackSet.Parameters).toBeUndefined();
    memberTemplate.hasResourceProperties('AWS::IAM::Role', { RoleName: 'CollectorSpokeRole' });
  });

  test('the hub role may assume the spoke role in a member account, which trusts it and no one else', async () => {
    const hubRole = role(hubTemplate, HUB, 'Collector');
    const memberSpoke = role(memberTemplate, MEMBER);
    const managementSpoke = role(spokesTemplate, '444455556666');
    for (const spoke of [memberSpoke, managementSpoke]) {
      expect(await simulateAssumeRoleAs(hubRole, spoke.arn, spoke.trustPolicy, { 'aws:ResourceOrgID': ORG })).toBe('Allowed');
      expect(await simulateAssumeRole(spoke, `arn:aws:iam::${HUB}:role/SomeoneElse`)).toBe('ImplicitlyDenied');
      expect(await simulateAssumeRole(spoke, `arn:aws:iam::${MEMBER}:role/CollectorHubRole`)).toBe('ImplicitlyDenied');
    }
    expect(await simulateAssumeRoleAs(hubRole, memberSpoke.arn, trustPolicyFor(hubRole.arn), { 'aws:ResourceOrgID': 'o-zzzzzzzzzz' }))
      .toBe('ImplicitlyDenied');
  });

  test('requires the external ID from context in every spoke role', async () => {
    const { hub, spokes } = buildHubAndSpokeApp(new App({ context: { ...CONTEXT, spokeExternalId: 'hub-2f9c-0d41' } }));
    const properties = Object.values<any>(Template.fromStack(spokes).findResources('AWS::CloudFormation::StackSet'))[0].Properties;
    const memberSpoke = role(Template.fromJSON(JSON.parse(properties.TemplateBody)), MEMBER);
    const hubSpoke = role(Template.fromStack(hub), HUB, 'Spoke');
    for (const spoke of [memberSpoke, hubSpoke]) {
      expect(await simulateAssumeRole(spoke, `arn:aws:iam::${HUB}:role/CollectorHubRole`, 'hub-2f9c-0d41')).toBe('Allowed');
      expect(await simulateAssumeRole(spoke, `arn:aws:iam::${HUB}:role/CollectorHubRole`)).toBe('ImplicitlyDenied');
    }
  });

  test('passes cdk-nag AwsSolutions', () => {
    const app = new App({ context: CONTEXT });
    buildHubAndSpokeApp(app);
    expect(nagFindings(app)).toBe('');
  });
});
