import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ExternalId, OnboardingStack, PermissionProfile, TrustedPrincipal } from '../../src';
import { OnboardingPublication } from '../../src/publication/onboarding-publication';
import { resolveIntrinsics } from '../../src/publication/resolve-intrinsics';
import { fileOf, publishExample, publishedMemberTemplate } from '../support/published';
import { deployedRole, simulateRoleAction } from '../support/simulator';
import { withoutTemplateValidator } from '../support/validator';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

describe('the customer\'s choices in the published template', () => {
  let publication: OnboardingPublication;
  let template: Template;
  let json: any;
  beforeAll(() => {
    publication = publishExample().publication;
    json = publication.template;
    template = Template.fromJSON(json);
  });

  test('asks for the allowed Regions and the account label, in the connection group', () => {
    template.hasParameter('AllowedRegions', { Type: 'CommaDelimitedList', Default: '' });
    template.hasParameter('AccountLabel', { Type: 'String', Default: '', MaxLength: 256, AllowedPattern: Match.stringLikeRegexp('p\\{L\\}') });
    const connection = json.Metadata['AWS::CloudFormation::Interface'].ParameterGroups[0];
    expect(connection.Parameters).toEqual(['ExternalId', 'AccountLabel', 'AllowedRegions']);
  });

  test('tags everything it creates with the account label, or the account ID when none is given', () => {
    const labelTag = { Key: OnboardingStack.ACCOUNT_LABEL_TAG, Value: { 'Fn::If': ['AccountLabelGiven', { Ref: 'AccountLabel' }, { Ref: 'AWS::AccountId' }] } };
    for (const type of ['AWS::IAM::Role', 'AWS::S3::Bucket', 'AWS::BCMDataExports::Export']) {
      template.hasResourceProperties(type, { Tags: Match.arrayWith([labelTag]) });
    }
    // Not on the StackSet, whose tags would give every member account this account's label.
    const [stackSet] = Object.values(template.findResources('AWS::CloudFormation::StackSet'));
    expect(JSON.stringify(stackSet.Properties.Tags ?? [])).not.toContain(OnboardingStack.ACCOUNT_LABEL_TAG);
    template.hasCondition('AccountLabelGiven', { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'AccountLabel' }, ''] }] });
  });

  test.each([
    ['Regions given', ['eu-west-1'], true],
    ['no Regions (every Region)', [''], false],
  ])('applies the region scope only when the customer lists Regions: %s', async (_case, regions, scoped) => {
    // The conditions are evaluated from the parameter values, as CloudFormation does.
    const deployment = {
      accountId: '333333333333',
      region: 'us-east-1',
      parameters: { ExternalId: 'x1', AllowedRegions: regions.join(','), AccountLabel: '', CreateCostReport: 'false', OrganizationalUnitIds: '' },
    };
    const conditions = Object.fromEntries(Object.keys(json.Conditions).map((name) =>
      [name, resolveIntrinsics({ 'Fn::If': [name, true, false] }, json, deployment) as boolean]));
    expect(conditions[Object.keys(json.Conditions).find((name) => name.includes('RegionScopeEnabled'))!]).toBe(scoped);
    const resources = Object.fromEntries(Object.entries<any>(json.Resources).filter(([, r]) => !r.Condition || conditions[r.Condition]));
    const roleId = Object.keys(template.findResources('AWS::IAM::Role'))[0];
    const role = deployedRole({ ...json, Resources: resources }, roleId, deployment);
    const describe = (region: string) => simulateRoleAction(role, 'ec2:DescribeInstances', '*', { 'aws:RequestedRegion': region });
    expect(await describe('eu-west-1')).toBe('Allowed');
    expect(await describe('ap-southeast-2')).toBe(scoped ? 'ExplicitlyDenied' : 'Allowed');
    expect(await simulateRoleAction(role, 'ce:GetCostAndUsage', '*', { 'aws:RequestedRegion': 'us-east-1' })).toBe('Allowed');
  });

  test('refuses Region lists with a typo at deployment, for one Region and a whole list alike', () => {
    const pattern = new RegExp(json.Parameters.AllowedRegions.AllowedPattern);
    for (const good of ['', 'eu-west-1', 'eu-west-1,eu-central-1', 'us-gov-west-1, ap-southeast-2']) expect([good, pattern.test(good)]).toEqual([good, true]);
    for (const bad of ['eu-west1', 'EU-WEST-1', 'eu-west-1,', 'europe']) expect([bad, pattern.test(bad)]).toEqual([bad, false]);
  });

  test('the quick-create link carries the label and ends the stack name with it', () => {
    const hash = new URLSearchParams(new URL(publication.quickCreateUrl('customer-42', 'Payments Prod/EU')).hash.replace('#/stacks/quickcreate?', ''));
    expect(hash.get('stackName')).toBe('ExampleCloudCostsReadOnly-Payments-Prod-EU');
    const zurich = new URLSearchParams(new URL(publication.quickCreateUrl('customer-42', 'Zürich')).hash.replace('#/stacks/quickcreate?', ''));
    expect(zurich.get('stackName')).toBe('ExampleCloudCostsReadOnly-Zurich');
    expect(hash.get('param_AccountLabel')).toBe('Payments Prod/EU');
    expect(hash.get('param_ExternalId')).toBe('customer-42');
  });

  test('writes the update link next to the quick-create link, with the proposed stack name filled in', () => {
    const url = new URL(publication.updateUrl('ExampleCloudCostsReadOnly'));
    expect(url.hash).toMatch(/^#\/stacks\/update\/template\?/);
    const hash = new URLSearchParams(url.hash.replace('#/stacks/update/template?', ''));
    expect(hash.get('stackId')).toBe('ExampleCloudCostsReadOnly');
    expect(hash.get('templateURL')).toBe(publication.templateUrl);
    const file = fileOf(publication, 'update-url.txt');
    expect(file.split('\n')[0]).toBe(publication.updateUrl('ExampleCloudCostsReadOnly'));
    expect(file.match(/--stack-name (\S+)/g)).toEqual(['--stack-name ExampleCloudCostsReadOnly', '--stack-name ExampleCloudCostsReadOnly']);
    expect(file).not.toContain('STACK_NAME');
  });

  test('the CLI update of a stack of the released 1.0.0 template keeps its parameters and passes none it does not have', () => {
    // GIVEN a customer's stack of version 1.0.0, which has neither AllowedRegions nor AccountLabel, among others
    const released = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'vendor', 'released', 'example-cloud-costs-onboarding-1.0.0.json'), 'utf8'));
    const stackParameters = Object.keys(released.Parameters);
    const newParameters = Object.keys(json.Parameters).filter((name) => !stackParameters.includes(name));
    expect(newParameters).toEqual(expect.arrayContaining(['AllowedRegions', 'AccountLabel', 'NotifyVendorOfDeliveries']));
    // WHEN the command of update-url.txt runs: its parameters are what its describe-stacks query keeps
    const file = fileOf(publication, 'update-url.txt');
    const query = file.match(/--query '\{Parameters: \(Stacks\[0\]\.Parameters \|\| `\[\]`\)\[\?contains\(`(\[[^`]*\])`, ParameterKey\)\]\.\{ParameterKey: ParameterKey, UsePreviousValue: `true`\}\}'\)"$/m);
    expect(query).not.toBeNull();
    expect(file).toMatch(/--cli-input-json "\$\(aws cloudformation describe-stacks --region us-east-1 --stack-name ExampleCloudCostsReadOnly/);
    const kept = stackParameters.filter((name) => (JSON.parse(query![1]) as string[]).includes(name));
    // THEN every parameter of the stack that the new template has keeps its value, and a new one is never passed
    expect(kept.sort()).toEqual(stackParameters.filter((name) => name in json.Parameters).sort());
    expect((JSON.parse(query![1]) as string[]).sort()).toEqual(Object.keys(json.Parameters).sort());
    for (const parameter of newParameters) {
      expect(file).not.toMatch(new RegExp(`ParameterKey=${parameter}\\b`));
    }
  });

  test('literal choices for CDK users: a fixed Region list and label, no parameters', () => {
    const stack = new OnboardingStack(new App(), 'Onboarding', {
      env: { account: '333333333333', region: 'us-east-1' },
      vendorName: 'Acme',
      trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/acme'),
      externalId: ExternalId.of('abc123'),
      profile: PermissionProfile.INVENTORY,
      allowedRegions: ['eu-west-1'],
      accountLabel: 'payments-prod',
    });
    const literal = Template.fromStack(stack);
    expect(literal.toJSON().Parameters ?? {}).toEqual({});
    literal.hasResourceProperties('AWS::IAM::Role', { Tags: [{ Key: OnboardingStack.ACCOUNT_LABEL_TAG, Value: 'payments-prod' }] });
    literal.hasResourceProperties('AWS::IAM::ManagedPolicy', { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'DenyOutsideAllowedRegions' })]) } });
  });

  test('fails on a label that is not a tag value', () => {
    expect(() => new OnboardingStack(new App(), 'Onboarding', {
      vendorName: 'Acme',
      trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/acme'),
      externalId: ExternalId.of('abc123'),
      profile: PermissionProfile.COST,
      accountLabel: 'prod<script>',
    })).toThrow(/accountLabel must be up to 256 letters, digits, spaces and _\.:\/=\+-@, got 'prod<script>'/);
  });
});

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
    const deployment = (enabled: string) => ({
      accountId: '333333333333',
      region: 'us-east-1',
      parameters: {
        ExternalId: 'customer-1234', AllowedRegions: '', AccountLabel: '', CreateCostReport: 'false', OrganizationalUnitIds: '', EnableCostAllocationTags: enabled,
      },
    });
    expect(await simulateRoleAction(deployedRole(template, roleId, deployment('false')), 'ce:UpdateCostAllocationTagsStatus')).toBe('ImplicitlyDenied');
    expect(await simulateRoleAction(deployedRole(template, roleId, deployment('true')), 'ce:UpdateCostAllocationTagsStatus')).toBe('Allowed');
    // Switched on, it allows nothing else that writes.
    expect(await simulateRoleAction(deployedRole(template, roleId, deployment('true')), 'ce:UpdateAnomalyMonitor')).toBe('ImplicitlyDenied');
  });

  test('member accounts get the same switch, passed on by the StackSet', () => {
    const stackSet = Object.values<any>(template.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    const member = publishedMemberTemplate(publication);
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

