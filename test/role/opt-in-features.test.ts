import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ExternalId, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from '../../src';
import { fileOf, publishExample } from '../support/published';
import { deployedRole, simulateRoleAction } from '../support/simulator';
import { roleProps } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

const FEATURE = { name: 'CostAllocationTags', reason: 'Activates cost allocation tags.', actions: ['ce:UpdateCostAllocationTagsStatus'] };

describe('opt-in features in the published template', () => {
  const { publication } = publishExample();
  const template = publication.template;
  const roleId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::IAM::Role')!;

  test('each is a true/false parameter, off by default, in a group of its own, switching a policy by a condition', () => {
    expect(template.Parameters.EnableCostAllocationTags).toMatchObject({ Type: 'String', Default: 'false', AllowedValues: ['true', 'false'] });
    const groups = template.Metadata['AWS::CloudFormation::Interface'].ParameterGroups;
    expect(groups).toContainEqual({ Label: { default: expect.stringMatching(/^Optional features/) }, Parameters: ['EnableCostAllocationTags'] });
    const [policyId, policy] = Object.entries<any>(template.Resources).find(([id]) => /OptInCostAllocationTags/.test(id))!;
    expect(template.Conditions[policy.Condition]).toEqual({ 'Fn::Equals': [{ Ref: 'EnableCostAllocationTags' }, 'true'] });
    expect(policy.Properties.PolicyDocument.Statement).toEqual([{ Sid: 'OptInCostAllocationTags', Effect: 'Allow', Action: 'ce:UpdateCostAllocationTagsStatus', Resource: '*' }]);
    expect(policyId).toMatch(/^ReadOnlyRoleOptInCostAllocationTags/);
  });

  test('the simulator allows its actions only when the customer switches it on', async () => {
    const deployment = (enabled: string) => ({ accountId: '333333333333', region: 'us-east-1', parameters: {
      ExternalId: 'customer-1234', AllowedRegions: '', AccountLabel: '', CreateCostReport: 'false', OrganizationalUnitIds: '', EnableCostAllocationTags: enabled,
    } });
    expect(await simulateRoleAction(deployedRole(template, roleId, deployment('false')), 'ce:UpdateCostAllocationTagsStatus')).toBe('ImplicitlyDenied');
    expect(await simulateRoleAction(deployedRole(template, roleId, deployment('true')), 'ce:UpdateCostAllocationTagsStatus')).toBe('Allowed');
    // Switched on, it allows nothing else that writes.
    expect(await simulateRoleAction(deployedRole(template, roleId, deployment('true')), 'ce:UpdateAnomalyMonitor')).toBe('ImplicitlyDenied');
  });

  test('member accounts get the same switch, passed on by the StackSet', () => {
    const stackSet = Object.values<any>(template.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    const member = JSON.parse(stackSet.Properties.TemplateBody);
    expect(member.Parameters.EnableCostAllocationTags).toMatchObject({ Type: 'String' });
    expect(stackSet.Properties.Parameters).toContainEqual({ ParameterKey: 'EnableCostAllocationTags', ParameterValue: { Ref: 'EnableCostAllocationTags' } });
    const memberPolicy = Object.values<any>(member.Resources).find((resource) => resource.Type === 'AWS::IAM::Policy');
    expect(member.Conditions[memberPolicy.Condition]).toEqual({ 'Fn::Equals': [{ Ref: 'EnableCostAllocationTags' }, 'true'] });
  });

  test('Terraform has a variable, the manual path a policy file, PERMISSIONS.md a section', () => {
    const terraform = JSON.parse(fileOf(publication, 'terraform/main.tf.json'));
    expect(terraform.variable.enable_cost_allocation_tags).toMatchObject({ type: 'bool', default: false });
    expect(terraform.resource.aws_iam_role_policy.read_only_role_opt_in_cost_allocation_tags.count).toMatch(/^\$\{local\.read_only_role_opt_in_cost_allocation_tags_enabled \? 1 : 0\}$/);
    expect(terraform.locals.read_only_role_opt_in_cost_allocation_tags_enabled).toBe('${(tostring(var.enable_cost_allocation_tags) == "true")}');
    expect(JSON.parse(fileOf(publication, 'manual/opt-in-cost-allocation-tags-policy.json')).Statement[0].Action).toBe('ce:UpdateCostAllocationTagsStatus');
    expect(fileOf(publication, 'manual/README.md')).toContain('file://opt-in-cost-allocation-tags-policy.json');
    expect(fileOf(publication, 'PERMISSIONS.md')).toMatch(/### Optional feature: CostAllocationTags\n\nActivates the cost allocation tags you choose/);
  });
});

describe('opt-in features of a ReadOnlyRole', () => {
  const stack = () => new Stack(new App(), 'Customer', { env: { account: '333333333333', region: 'us-east-1' } });

  test('a feature switched on by a literal is granted without a condition; one that is off, or not switched, is not', () => {
    const onStack = stack();
    new ReadOnlyRole(onStack, 'Role', roleProps({ optInFeatures: [{ ...FEATURE, enabled: 'true' }, { ...FEATURE, name: 'Off', enabled: 'false' }, { ...FEATURE, name: 'Unset' }] }));
    const policies = Template.fromStack(onStack).findResources('AWS::IAM::Policy');
    expect(Object.keys(policies)).toEqual([expect.stringMatching(/^RoleOptInCostAllocationTags/)]);
    expect(Object.values<any>(policies)[0].Condition).toBeUndefined();
  });

  test('a feature switched by a parameter is granted under a condition on it', () => {
    const paramStack = stack();
    const enabled = new CfnParameter(paramStack, 'Switch', { allowedValues: ['true', 'false'], default: 'false' });
    new ReadOnlyRole(paramStack, 'Role', roleProps({ optInFeatures: [{ ...FEATURE, enabled: enabled.valueAsString }] }));
    const template = Template.fromStack(paramStack).toJSON();
    const policy = Object.values<any>(template.Resources).find((resource) => resource.Type === 'AWS::IAM::Policy');
    expect(template.Conditions[policy.Condition]).toEqual({ 'Fn::Equals': [{ Ref: 'Switch' }, 'true'] });
  });

  test.each([
    ['escalation', { ...FEATURE, actions: ['iam:PassRole'] }, /optInFeatures\[0\]\.actions must not escalate privileges, got 'iam:PassRole' allows iam:PassRole/],
    ['a name that cannot name a parameter', { ...FEATURE, name: 'cost tags' }, /optInFeatures\[0\]\.name must be a letter followed by letters and digits, at most 48 characters, got 'cost tags'/],
    ['a switch that is neither true nor false', { ...FEATURE, enabled: 'yes' }, /optInFeatures\[0\]\.enabled must be 'true', 'false' or a parameter's value, got 'yes'/],
  ])('refuses %s, naming the feature', (_case, feature, message) => {
    expect(() => new ReadOnlyRole(stack(), 'Role', {
      trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/vendor'),
      externalId: ExternalId.of('customer-1234'),
      profile: PermissionProfile.COST,
      optInFeatures: [feature],
    })).toThrow(message);
  });

  test('refuses two features of one name', () => {
    expect(() => new ReadOnlyRole(stack(), 'Role', roleProps({ optInFeatures: [FEATURE, FEATURE] })))
      .toThrow(/optInFeatures\[1\]\.name must be unique, got 'CostAllocationTags' twice/);
  });
});
