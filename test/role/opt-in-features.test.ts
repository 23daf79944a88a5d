import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ExternalId, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from '../../src';
import { roleProps } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

const FEATURE = { name: 'CostAllocationTags', reason: 'Activates cost allocation tags.', actions: ['ce:UpdateCostAllocationTagsStatus'] };

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
