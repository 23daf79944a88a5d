import { App, DefaultStackSynthesizer, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CallAs, CostExport, DataAccessGuardrail, DeliveryNotification, ExternalId, OnboardingStack, PermissionProfile, StackSetTarget, TrustedPrincipal } from '../../src';
import { policyCharacters } from '../../src/core/iam-limits';
import { exampleStack, publishedMemberTemplate, publishExample } from '../support/published';
import { deployedRole, sampleResourceFor, simulateAssumeRole, simulateRoleAction, VENDOR_ROLE_ARN } from '../support/simulator';
import { nagFindings } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const EXAMPLE_VENDOR_ROLE = 'arn:aws:iam::111122223333:role/example-cloud-costs-reader';

describe('OnboardingStack', () => {
  describe('published with customer parameters (the example vendor config)', () => {
    let template: Template;
    let json: any;
    let stack: OnboardingStack;
    beforeAll(() => {
      const published = publishExample();
      stack = published.stack;
      json = published.publication.template;
      template = Template.fromJSON(json);
    });

    test('asks for the external ID with the STS rules', () => {
      template.hasParameter('ExternalId', { Type: 'String', MinLength: 2, MaxLength: 1224, AllowedPattern: '[\\w+=,.@:/-]*' });
      template.hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: { Statement: [{ Principal: { AWS: EXAMPLE_VENDOR_ROLE }, Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } } }] },
      });
    });

    test('switches the cost report and the StackSet with parameters and conditions', () => {
      template.hasParameter('CreateCostReport', { AllowedValues: ['true', 'false'], Default: 'true' });
      template.hasParameter('OrganizationalUnitIds', { Type: 'CommaDelimitedList', Default: '' });
      template.hasCondition('CostReportEnabled', { 'Fn::Equals': [{ Ref: 'CreateCostReport' }, 'true'] });
      template.hasCondition('MemberAccountsEnabled', { 'Fn::Not': [{ 'Fn::Equals': [{ 'Fn::Join': ['', { Ref: 'OrganizationalUnitIds' }] }, ''] }] });
      for (const type of ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::BCMDataExports::Export']) {
        expect(Object.values(template.findResources(type)).every((resource) => resource.Condition === 'CostReportEnabled')).toBe(true);
      }
      template.hasResource('AWS::CloudFormation::StackSet', { Condition: 'MemberAccountsEnabled' });
      template.hasResourceProperties('AWS::CloudFormation::StackSet', {
        PermissionModel: 'SERVICE_MANAGED',
        StackInstancesGroup: [Match.objectLike({ DeploymentTargets: Match.objectLike({ OrganizationalUnitIds: { Ref: 'OrganizationalUnitIds' } }) })],
      });
      // The role in this account is never conditional.
      expect(Object.values(template.findResources('AWS::IAM::Role')).every((role) => role.Condition === undefined)).toBe(true);
    });

    test('groups and labels the parameters for the console', () => {
      const groups = json.Metadata['AWS::CloudFormation::Interface'].ParameterGroups;
      expect(groups.flatMap((group: any) => group.Parameters).sort()).toEqual(Object.keys(json.Parameters).sort());
      expect(Object.keys(json.Metadata['AWS::CloudFormation::Interface'].ParameterLabels).sort()).toEqual(Object.keys(json.Parameters).sort());
    });

    test('outputs the role ARN, the external ID, the bucket and the version', () => {
      template.hasOutput('RoleArn', { Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ReadOnlyRole'), 'Arn'] } });
      template.hasOutput('ExternalId', { Value: { Ref: 'ExternalId' } });
      template.hasOutput('CostReportBucketName', { Condition: 'CostReportEnabled' });
      template.hasOutput('TemplateVersion', { Value: '1.1.0' });
      expect(json.Description).toContain('template version 1.1.0');
      expect(json.Metadata['cdk-account-onboarding']).toEqual({ templateVersion: '1.1.0', vendorName: 'Example Cloud Costs', profile: 'COST' });
    });

    test('refuses a Region code that is no Region, by its pattern and a rule over the Regions this release knows', () => {
      // GIVEN the values a customer may enter, as CloudFormation reads a CommaDelimitedList: the
      // pattern against the whole value, then each member, trimmed, against the rule
      const accepts = (value: string) => new RegExp(json.Parameters.AllowedRegions.AllowedPattern).test(value)
        && evaluateRule(json.Rules.AllowedRegionsKnown, { AllowedRegions: value.split(',').map((member) => member.trim()) });
      // THEN known Regions and the empty list (every Region) pass, a typo does not
      expect(['', 'eu-west-1', 'eu-west-1, eu-central-1', 'us-gov-west-1', 'cn-north-1', 'eusc-de-east-1'].map(accepts)).toEqual([true, true, true, true, true, true]);
      expect(['eu-west1', 'eu-wst-1', 'eu-west-1,eu-wst-1', 'us-east-9'].map(accepts)).toEqual([false, false, false, false]);
      expect(json.Rules.AllowedRegionsKnown.Assertions[0].AssertDescription)
        .toBe('AllowedRegions must be Regions this template knows, such as eu-west-1; ask Example Cloud Costs for newer ones.');
    });

    test('deploys from the console as is: no bootstrap parameter or rule, no assets, no CDK metadata', () => {
      expect(json.Parameters.BootstrapVersion).toBeUndefined();
      // The only rule is the stack's own check of the Regions, not the bootstrap version's.
      expect(Object.keys(json.Rules)).toEqual(['AllowedRegionsKnown']);
      expect(template.findResources('AWS::CDK::Metadata')).toEqual({});
      expect(JSON.stringify(json)).not.toMatch(/cdk-hnb659fds|AssetParameters|aws:asset/);
    });

    test('fits CloudFormation and IAM limits', () => {
      // The published template, its member template hosted beside it, fits a TemplateBody (51,200
      // bytes), as a file and without white space; the member template could still be embedded as
      // a StackSet TemplateBody (51,200 bytes) too, and keeps room to grow.
      expect(publishExample().publication.templateFileBytes).toBeLessThanOrEqual(51200);
      expect(Buffer.byteLength(JSON.stringify(json))).toBeLessThanOrEqual(51200);
      expect(stack.memberAccounts!.memberTemplateBytes).toBeLessThanOrEqual(51200 * 0.6);
      for (const policy of Object.values(template.findResources('AWS::IAM::ManagedPolicy'))) {
        const document = policy.Properties.PolicyDocument;
        const branches = document['Fn::If'] ? document['Fn::If'].slice(1) : [document];
        for (const branch of branches) {
          expect(policyCharacters(branch)).toBeLessThanOrEqual(6144);
        }
      }
      const role = Object.values(template.findResources('AWS::IAM::Role'))[0];
      expect(policyCharacters(role.Properties.AssumeRolePolicyDocument)).toBeLessThanOrEqual(2048);
    });

    test.each([
      ['with the cost report', true],
      ['without the cost report', false],
    ])('lets the vendor read the reports only under their prefixes, %s', async (_case, enabled) => {
      const deployment = { accountId: '333333333333', region: 'us-east-1', parameters: { ExternalId: 'customer-42' }, conditions: { CostReportEnabled: enabled, MemberAccountsEnabled: false } };
      const bucketName = 'customer-cost-reports';
      const withBucket = JSON.parse(JSON.stringify(json));
      withBucket.Resources[Object.keys(template.findResources('AWS::S3::Bucket'))[0]].Properties.BucketName = bucketName;
      const role = deployedRole(filterByConditions(withBucket, deployment.conditions), Object.keys(template.findResources('AWS::IAM::Role'))[0], deployment);
      expect(await simulateAssumeRole(role, EXAMPLE_VENDOR_ROLE, 'customer-42')).toBe('Allowed');
      expect(await simulateAssumeRole(role, EXAMPLE_VENDOR_ROLE, 'customer-43')).toBe('ImplicitlyDenied');
      expect(await simulateRoleAction(role, 's3:GetObject', `arn:aws:s3:::${bucketName}/cur2/example-cloud-costs-cur2/data/BILLING_PERIOD=2026-10/part-0.parquet`)).toBe(enabled ? 'Allowed' : 'ExplicitlyDenied');
      expect(await simulateRoleAction(role, 's3:GetObject', `arn:aws:s3:::${bucketName}/other/secret.csv`)).toBe('ExplicitlyDenied');
      expect(await simulateRoleAction(role, 'ce:GetCostAndUsage')).toBe('Allowed');
    });

    test('explicitly denies every third action of the guardrail in the published role, and every sixth in the member template\'s role', async () => {
      const denied = DataAccessGuardrail.actions(PermissionProfile.COST);
      const samples = await Promise.all(denied.map(async (action) => [action, await sampleResourceFor(action)] as const));
      const deployment = {
        accountId: '333333333333',
        region: 'us-east-1',
        parameters: { ExternalId: 'customer-42', AllowedRegions: '' },
        conditions: { CostReportEnabled: true, MemberAccountsEnabled: true },
      };
      const published = deployedRole(filterByConditions(json, deployment.conditions), Object.keys(template.findResources('AWS::IAM::Role'))[0], deployment);
      const memberTemplate = publishedMemberTemplate(publishExample().publication);
      const memberParameters = Object.fromEntries(Object.keys(memberTemplate.Parameters ?? {}).map((name) => [name, name === 'AllowedRegions' ? '' : 'customer-42']));
      const member = deployedRole(memberTemplate, Object.keys(Template.fromJSON(memberTemplate).findResources('AWS::IAM::Role'))[0],
        { accountId: '444444444444', region: 'us-east-1', parameters: memberParameters, conditions: {} });
      // That the Deny's patterns expand to exactly the denied set is proven for all of them by expansion
      // (test/permissions/classification.test.ts); the simulator checks the deployed policies.
      for (const [name, role, stride] of [['published', published, 3], ['member', member, 6]] as const) {
        const sampled = samples.filter((_sample, index) => index % stride === 0);
        const decisions = await Promise.all(sampled.map(async ([action, resource]) => [action, await simulateRoleAction(role, action, resource)]));
        expect({ name, notExplicitlyDenied: decisions.filter(([, decision]) => decision !== 'ExplicitlyDenied') }).toEqual({ name, notExplicitlyDenied: [] });
      }
    });

    test('passes cdk-nag AwsSolutions', () => {
      const app = new App();
      exampleStack(app);
      expect(nagFindings(app)).toBe('');
    });
  });

  test('takes literal props for CDK users: no parameters, no conditions', () => {
    const app = new App();
    const stack = new OnboardingStack(app, 'Onboarding', {
      env: { account: '333333333333', region: 'us-east-1' },
      vendorName: 'Acme',
      trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN),
      externalId: ExternalId.of('acme-customer-42'),
      profile: PermissionProfile.SECURITY_AUDIT,
      maxSessionDuration: Duration.hours(2),
      costReport: {},
      memberAccounts: { target: StackSetTarget.organizationalUnits(['ou-ab12-cd34ef56']), callAs: CallAs.DELEGATED_ADMIN },
      templateVersion: '2.1.0',
    });
    const template = Template.fromStack(stack);
    const json = template.toJSON();
    expect(json.Parameters ?? {}).toEqual({});
    expect(json.Conditions).toBeUndefined();
    template.hasResourceProperties('AWS::IAM::Role', {
      MaxSessionDuration: 7200,
      AssumeRolePolicyDocument: { Statement: [{ Condition: { StringEquals: { 'sts:ExternalId': 'acme-customer-42' } } }] },
    });
    template.hasResourceProperties('AWS::CloudFormation::StackSet', { CallAs: 'DELEGATED_ADMIN' });
    template.resourceCountIs('AWS::BCMDataExports::Export', 1);
    template.hasOutput('TemplateVersion', { Value: '2.1.0' });
  });

  test('gives the role its permissions boundary and the StackSet its Region, following the stack\'s partition by default', () => {
    const props = {
      vendorName: 'Acme',
      trustedPrincipal: TrustedPrincipal.roleInAccount('111122223333', 'acme-reader'),
      profile: PermissionProfile.COST,
      externalId: ExternalId.of('abc123'),
      rolePermissionsBoundaryArn: 'arn:aws-cn:iam::aws:policy/ReadOnlyAccess',
      memberAccounts: { target: StackSetTarget.organizationalUnits(['ou-ab12-cd34ef56']) },
    };
    const stack = new OnboardingStack(new App(), 'Onboarding', { ...props, env: { region: 'cn-north-1' } });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', { PermissionsBoundary: 'arn:aws-cn:iam::aws:policy/ReadOnlyAccess' });
    const stackSet = Object.values<any>(template.findResources('AWS::CloudFormation::StackSet'))[0];
    expect(stackSet.Properties.StackInstancesGroup[0].Regions).toEqual(['cn-north-1']);
    const memberRole = Object.values<any>(JSON.parse(stackSet.Properties.TemplateBody).Resources).find((resource) => resource.Type === 'AWS::IAM::Role');
    expect(memberRole.Properties.PermissionsBoundary).toBe('arn:aws-cn:iam::aws:policy/ReadOnlyAccess');
    const elsewhere = new OnboardingStack(new App(), 'Onboarding', { ...props, rolePermissionsBoundaryArn: undefined, memberAccounts: { ...props.memberAccounts, region: 'eu-west-1' } });
    expect(elsewhere.memberAccounts!.region).toBe('eu-west-1');
  });

  test('the AllowedRegions rule lists the Regions of the stack\'s partition when its Region is a literal, and the Regions the vendor names', () => {
    const props = { vendorName: 'Acme', trustedPrincipal: TrustedPrincipal.role('arn:aws-us-gov:iam::111122223333:role/r'), profile: PermissionProfile.INVENTORY, customerParameters: true };
    const rule = (stack: OnboardingStack) => Template.fromStack(stack).toJSON().Rules.AllowedRegionsKnown;
    const govCloud = rule(new OnboardingStack(new App(), 'Onboarding', { ...props, env: { region: 'us-gov-west-1' }, additionalKnownRegions: ['us-gov-north-1'] }));
    expect(govCloud.Assertions[0].Assert['Fn::EachMemberIn'][1]).toEqual(['us-gov-east-1', 'us-gov-west-1', 'us-gov-north-1', '']);
    const anywhere = rule(new OnboardingStack(new App(), 'Onboarding', { ...props, trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN), additionalKnownRegions: ['eu-west-4'] }));
    expect(evaluateRule(anywhere, { AllowedRegions: ['eu-west-4', 'cn-north-1'] })).toBe(true);
  });

  test('a Region code that is no Region fails synthesis, naming the closest; a Region named as newer passes', () => {
    const props = { vendorName: 'Acme', trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN), externalId: ExternalId.of('abc123'), profile: PermissionProfile.INVENTORY };
    expect(() => new OnboardingStack(new App(), 'Onboarding', { ...props, allowedRegions: ['eu-west-1', 'eu-wst-1'] }))
      .toThrow("allowedRegions[1] must be a known Region of partition aws, got 'eu-wst-1' (did you mean 'eu-west-1'?); name a Region newer than this release in additionalKnownRegions");
    expect(() => new OnboardingStack(new App(), 'Onboarding', { ...props, allowedRegions: ['eu-west-4'], additionalKnownRegions: ['eu-west-4'] })).not.toThrow();
    // The member accounts' Region is checked against the same list and the same escape.
    const members = { target: StackSetTarget.organizationalUnits(['ou-ab12-cd34ef56']), region: 'eu-west-4' };
    expect(() => new OnboardingStack(new App(), 'Onboarding', { ...props, memberAccounts: members })).toThrow(/region must be a known Region of partition aws, got 'eu-west-4'/);
    expect(new OnboardingStack(new App(), 'Onboarding', { ...props, memberAccounts: members, additionalKnownRegions: ['eu-west-4'] }).memberAccounts!.region).toBe('eu-west-4');
  });

  describe('fails on invalid props, naming the property, the value and the accepted form', () => {
    const base = { vendorName: 'Acme', trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN), profile: PermissionProfile.COST };
    test.each([
      ['no external ID without customer parameters', {}, /externalId must be given unless customerParameters is true/],
      ['no member-account target without customer parameters', { externalId: ExternalId.of('abc123'), memberAccounts: {} }, /memberAccounts\.target must be given unless customerParameters is true/],
      ['a version that is not semantic', { customerParameters: true, templateVersion: 'v1' }, /templateVersion must be a semantic version such as 1\.4\.0, got 'v1'/],
      ['a vendor name with a newline', { customerParameters: true, vendorName: 'Acme\nInc' }, /vendorName must be 1 to 64 letters, digits, spaces and .*, got 'Acme\nInc'/],
      ['a synthesizer that needs cdk bootstrap', { externalId: ExternalId.of('abc123'), synthesizer: new DefaultStackSynthesizer() },
        /synthesizer must be left out or a BootstraplessSynthesizer, so that the template deploys without cdk bootstrap, got DefaultStackSynthesizer/],
      ['a boundary ARN that is not a policy', { customerParameters: true, rolePermissionsBoundaryArn: 'arn:aws:iam::aws:role/Boundary' },
        /rolePermissionsBoundaryArn must be arn:<partition>:iam::<12-digit account or aws>:policy\/<optional path\/><name>, got 'arn:aws:iam::aws:role\/Boundary'/],
      ['a boundary of one account for every member account', { customerParameters: true, memberAccounts: {}, rolePermissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/B' },
        /rolePermissionsBoundaryArn must name the account 'aws' \(an AWS managed policy\) or the deployment's account .*got 'arn:aws:iam::111122223333:policy\/B' of account 111122223333/],
      // The cost report's problems name the key under costReport, as the user wrote it.
      ['a cost report export name with a space', { customerParameters: true, costReport: { exports: [CostExport.cur2({ name: 'bad name' })] } },
        /^costReport\.exports\[0\]\.name must be 1 to 128 characters .*, got 'bad name'$/],
      ['a cost report bucket name with capitals', { customerParameters: true, costReport: { exports: [CostExport.cur2()], bucketName: 'Billing' } },
        /^costReport\.bucketName must be 3 to 63 characters .*, got 'Billing'$/],
    ])('fails with %s', (_case, overrides, expected) => {
      expect(() => new OnboardingStack(new App(), 'Onboarding', { ...base, ...overrides } as any)).toThrow(expected);
    });

    test('lists each problem of the cost report once, every property under costReport', () => {
      const exports = [CostExport.cur2({ name: 'report', prefix: 'billing' }), CostExport.focus({ name: 'report', prefix: 'billing' })];
      const deliveryNotification = DeliveryNotification.snsTopic('arn:aws:sns:us-east-1:111122223333:arrivals');
      let message = '';
      try {
        new OnboardingStack(new App(), 'Onboarding', { ...base, customerParameters: true, costReport: { exports, deliveryNotification } });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^invalid props:\n- costReport\.exports\[1\]\.prefix must differ from costReport\.exports\[0\]\.prefix/);
      const problems = message.split('\n- ').slice(1);
      expect(problems.length).toBeGreaterThanOrEqual(3);
      expect(problems.filter((problem) => !problem.startsWith('costReport.'))).toEqual([]);
      // Two checks of the one pair of exports find the overlap of their notification filters: it is listed once.
      expect(new Set(problems).size).toBe(problems.length);
      expect(problems.filter((problem) => problem.startsWith('costReport.deliveryNotification'))).toHaveLength(1);
    });
  });
});

/** The template as CloudFormation deploys it for the given condition values. */
function filterByConditions(template: any, conditions: Record<string, boolean>): any {
  const resources = Object.fromEntries(Object.entries<any>(template.Resources)
    .filter(([, resource]) => resource.Condition === undefined || conditions[resource.Condition]));
  return { ...template, Resources: resources };
}

/**
 * Whether the parameter values pass a rule of the template, as CloudFormation evaluates the rule
 * functions the stack writes (Fn::EachMemberIn of a list parameter, Fn::Contains of a string).
 */
function evaluateRule(rule: any, values: Record<string, string[] | string>): boolean {
  const value = (node: any): any => (node?.Ref !== undefined ? values[node.Ref] : node);
  const holds = (node: any): boolean => {
    const [name] = Object.keys(node);
    const [first, second] = node[name];
    switch (name) {
      case 'Fn::EachMemberIn': return (value(first) as string[]).every((member) => (value(second) as string[]).includes(member));
      case 'Fn::Contains': return (value(first) as string[]).includes(value(second));
      default: throw new Error(`no evaluation of ${name}`);
    }
  };
  return (rule.RuleCondition === undefined || holds(rule.RuleCondition)) && rule.Assertions.every((assertion: any) => holds(assertion.Assert));
}
