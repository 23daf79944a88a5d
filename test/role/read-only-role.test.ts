import { App, Aws, CfnCondition, CfnParameter, CfnResource, Duration, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import { DataAccessGuardrail, ExternalId, PermissionProfile, ReadOnlyRole, ReadOnlyRoleProps, TrustedPrincipal } from '../../src';
import { policyCharacters } from '../../src/core/iam-limits';
import { ActionCatalog, expandActionPattern } from '../../src/permissions/action-catalog';
import { VENDOR_ROLE_ARN } from '../support/simulator';
import { EXTERNAL_ID, logicalIdOf, nagFindings, roleProps, stackWithRole } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const PARTITION_ROOT = (account: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${account}:root`]] });

describe('ReadOnlyRole', () => {
  describe('with the COST profile and defaults', () => {
    let template: Template;
    let role: ReadOnlyRole;
    beforeAll(() => {
      const built = stackWithRole();
      role = built.role;
      template = Template.fromStack(built.stack);
    });

    test('trusts only the vendor role, and only with the external ID', () => {
      template.hasResourceProperties('AWS::IAM::Role', {
        AssumeRolePolicyDocument: {
          Statement: [{
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Principal: { AWS: VENDOR_ROLE_ARN },
            Condition: { StringEquals: { 'sts:ExternalId': EXTERNAL_ID } },
          }],
        },
      });
      expect(role.externalId).toBe(EXTERNAL_ID);
    });

    test('has the documented fixed name and a one-hour session', () => {
      template.hasResourceProperties('AWS::IAM::Role', {
        RoleName: ReadOnlyRole.DEFAULT_ROLE_NAME,
        MaxSessionDuration: 3600,
      });
      expect(ReadOnlyRole.DEFAULT_ROLE_NAME).toBe('OnboardingReadOnlyRole');
    });

    test('attaches ViewOnlyAccess with a partition-aware ARN, never ReadOnlyAccess', () => {
      const roleResource = Object.values(template.findResources('AWS::IAM::Role'))[0];
      expect(roleResource.Properties.ManagedPolicyArns).toEqual([
        { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/job-function/ViewOnlyAccess']] },
      ]);
      expect(JSON.stringify(template.toJSON())).not.toMatch(/policy\/ReadOnlyAccess/);
    });

    test('puts every profile grant in a customer-managed policy, with its statement ID', () => {
      const policy = template.findResources('AWS::IAM::ManagedPolicy', { Properties: { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'CostExplorerReads' })]) } } });
      const statements = Object.values(policy)[0].Properties.PolicyDocument.Statement;
      expect(statements.map((s: any) => s.Sid)).toEqual(PermissionProfile.COST.grants.map((g) => g.sid));
      expect(statements.every((s: any) => s.Effect === 'Allow')).toBe(true);
    });

    test('denies every action of a denied class everywhere, in guardrail policies attached to the role', () => {
      const guardrails = Object.entries(template.findResources('AWS::IAM::ManagedPolicy'))
        .filter(([id]) => id.includes('DataAccessGuardrail'))
        .map(([, resource]) => resource.Properties);
      expect(guardrails.length).toBeGreaterThan(0);
      for (const guardrail of guardrails) {
        expect(guardrail.Roles).toEqual([{ Ref: logicalIdOf(template, 'AWS::IAM::Role') }]);
      }
      const dataReads = guardrails.flatMap((g) => g.PolicyDocument.Statement).filter((s: any) => s.Sid.startsWith('DenyDataPlaneReads'));
      expect(dataReads.every((s: any) => s.Effect === 'Deny' && s.Resource === '*')).toBe(true);
      const denied = dataReads.flatMap((s: any) => s.Action).concat(guardrails.flatMap((g) => g.PolicyDocument.Statement)
        .filter((s: any) => s.Sid.startsWith('DenySecretBearingConfiguration')).flatMap((s: any) => s.Action));
      // The patterns, expanded against the catalog, are exactly the classified denied actions.
      const catalog = new ActionCatalog();
      const expanded = [...new Set(denied.flatMap((pattern: string) => expandActionPattern(pattern, catalog)))].sort();
      expect(expanded).toEqual(DataAccessGuardrail.actions(PermissionProfile.COST));
      expect(expanded).toEqual(expect.arrayContaining(['s3:GetObject', 'secretsmanager:GetSecretValue', 'lambda:ListFunctions']));
    });

    test('every policy fits IAM limits', () => {
      for (const policy of Object.values(template.findResources('AWS::IAM::ManagedPolicy'))) {
        expect(policyCharacters(policy.Properties.PolicyDocument)).toBeLessThanOrEqual(6144);
      }
    });
  });

  test('trusts a vendor account root by partition, narrowed by principal ARN patterns', () => {
    const { stack } = stackWithRole({
      trustedPrincipal: TrustedPrincipal.account('111111111111', { principalArnPatterns: ['arn:aws:iam::111111111111:role/collector-*'] }),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{
          Principal: { AWS: PARTITION_ROOT('111111111111') },
          Condition: {
            StringEquals: { 'sts:ExternalId': EXTERNAL_ID },
            ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::111111111111:role/collector-*'] },
          },
        }],
      },
    });
  });

  test('builds a vendor role ARN from account and name with the partition', () => {
    const { stack } = stackWithRole({ trustedPrincipal: TrustedPrincipal.roleInAccount('111111111111', 'vendor-reader') });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::111111111111:role/vendor-reader']] } } }],
      },
    });
  });

  test('leaves the external ID condition out only when ExternalId.none() is chosen', () => {
    const { stack, role } = stackWithRole({ externalId: ExternalId.none() });
    const roleResource = Object.values(Template.fromStack(stack).findResources('AWS::IAM::Role'))[0];
    expect(roleResource.Properties.AssumeRolePolicyDocument.Statement[0].Condition).toBeUndefined();
    expect(role.externalId).toBeUndefined();
  });

  test('passes a CfnParameter external ID through unvalidated, as a reference', () => {
    const app = new App();
    const stack = new Stack(app, 'Published');
    const parameter = new CfnParameter(stack, 'ExternalId', { type: 'String' });
    new ReadOnlyRole(stack, 'VendorRole', roleProps({ externalId: ExternalId.of(parameter.valueAsString), roleName: new CfnParameter(stack, 'RoleName').valueAsString }));
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::Role', {
      RoleName: { Ref: 'RoleName' },
      AssumeRolePolicyDocument: { Statement: [{ Condition: { StringEquals: { 'sts:ExternalId': { Ref: 'ExternalId' } } } }] },
    });
  });

  test('exempts exactly the readable data from the guardrail, also when added after construction', () => {
    const { stack, role } = stackWithRole({
      readableData: [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/cur/*'], reason: 'Reads the cost report.' }],
    });
    role.addReadableData({ actions: ['dynamodb:GetItem'], resources: ['arn:aws:dynamodb:us-east-1:333333333333:table/shared'], reason: 'Reads the shared table.' });
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({
          Sid: Match.stringLikeRegexp('^DenyDataPlaneReads'), Effect: 'Deny', NotResource: ['arn:aws:s3:::reports/cur/*', 'arn:aws:dynamodb:us-east-1:333333333333:table/shared'],
        })]),
      },
    });
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [
          { Sid: 'ReadableData1', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/cur/*' },
          { Sid: 'ReadableData2', Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:us-east-1:333333333333:table/shared' },
        ],
      },
    });
  });

  test('makes a conditional data grant and its guardrail exemption exist only under its condition', () => {
    const { stack, role } = stackWithRole();
    const enabled = new CfnCondition(stack, 'CostReportEnabled', { expression: Fn.conditionEquals(new CfnParameter(stack, 'CreateCostReport').valueAsString, 'true') });
    role.addReadableData({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/cur/*'], reason: 'Reads the cost report.' }, { condition: enabled });
    const template = Template.fromStack(stack);
    const conditional = template.findResources('AWS::IAM::ManagedPolicy', { Condition: 'CostReportEnabled' });
    expect(Object.values(conditional).map((policy) => policy.Properties.PolicyDocument.Statement[0].Resource)).toEqual(['arn:aws:s3:::reports/cur/*']);
    const statements = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
      .filter((policy) => JSON.stringify(policy).includes('DenyDataPlaneReads')).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
    // Only the Deny of the grant's service (s3) is chosen by the condition, so the long list of every
    // other service's denied reads is written once, not once per branch.
    const chosen = statements.filter((statement: any) => statement['Fn::If']);
    expect(chosen).toHaveLength(1);
    const [conditionName, whenTrue, whenFalse] = chosen[0]['Fn::If'];
    expect(conditionName).toBe('CostReportEnabled');
    expect(whenTrue.NotResource).toEqual(['arn:aws:s3:::reports/cur/*']);
    expect(whenTrue.Action).toContain('s3:GetObject');
    expect(whenTrue.Action.filter((action: string) => !action.startsWith('s3:'))).toEqual([]);
    expect(whenFalse).toEqual({ ...whenTrue, NotResource: undefined, Resource: '*' });
    // Every other denied read is denied everywhere, whatever the condition.
    const others = statements.filter((statement: any) => !statement['Fn::If'] && statement.Sid.startsWith('DenyDataPlaneReads'));
    expect(others.length).toBeGreaterThan(0);
    expect(others.map((statement: any) => [statement.Resource, statement.NotResource])).toEqual(others.map(() => ['*', undefined]));
    expect(others.flatMap((statement: any) => statement.Action).filter((action: string) => action.startsWith('s3:'))).toEqual([]);
  });

  test('fails when data grants use two different conditions', () => {
    const { stack, role } = stackWithRole();
    const first = new CfnCondition(stack, 'First', { expression: Fn.conditionEquals('a', 'a') });
    const second = new CfnCondition(stack, 'Second', { expression: Fn.conditionEquals('b', 'b') });
    const grant = { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/cur/*'], reason: 'Reads the cost report.' };
    role.addReadableData(grant, { condition: first });
    expect(() => role.addReadableData(grant, { condition: second })).toThrow(/readableData conditions must all be the same condition, got 'Second' after 'First'/);
  });

  test('scopes the role to the allowed Regions, except global services', () => {
    const { stack } = stackWithRole({ allowedRegions: ['eu-west-1'] });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: [Match.objectLike({
          Sid: 'DenyOutsideAllowedRegions',
          Effect: 'Deny',
          NotAction: Match.arrayWith(['iam:*', 'sts:*', 'organizations:*', 'budgets:*', 'ce:*', 'cur:*', 'cloudfront:*', 'route53:*', 'support:*', 'health:*']),
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
        }), {
          // The report bucket's reads are also allowed in the role's own Region.
          Sid: 'DenyOutsideAllowedRegionsAndHome',
          Effect: 'Deny',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
        }, {
          // REGIONAL web ACLs only in the allowed Regions.
          Sid: 'DenyRegionalWafOutsideAllowedRegions',
          Effect: 'Deny',
          Action: 'wafv2:*',
          Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':wafv2:*:*:regional/*']] },
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
        }, {
          // WAFv2's CLOUDFRONT scope is called in us-east-1; its regional APIs stay scoped.
          Sid: 'DenyOutsideAllowedRegionsAndFixedScope1',
          Effect: 'Deny',
          Action: 'wafv2:*',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } },
        }, {
          // Without named data, the home Region adds nothing outside the allowed Regions.
          Sid: 'DenyHomeRegionOutsideNamedData',
          Effect: 'Deny',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } },
        }],
      },
    });
  });

  test('puts a region scope from a parameter behind a condition, so that an empty list means every Region', () => {
    const app = new App();
    const stack = new Stack(app, 'Published');
    const regions = new CfnParameter(stack, 'AllowedRegions', { type: 'CommaDelimitedList', default: '' });
    new ReadOnlyRole(stack, 'VendorRole', roleProps({ allowedRegions: regions.valueAsList }));
    const template = Template.fromStack(stack);
    const conditions = template.findConditions('*', { 'Fn::Not': [{ 'Fn::Equals': [{ 'Fn::Join': ['', { Ref: 'AllowedRegions' }] }, ''] }] });
    expect(Object.keys(conditions)).toEqual([expect.stringMatching(/RegionScopeEnabled/)]);
    const [scope] = Object.values(template.findResources('AWS::IAM::ManagedPolicy', {
      Properties: { PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'DenyOutsideAllowedRegions' })]) } },
    }));
    expect(scope.Condition).toMatch(/RegionScopeEnabled/);
    expect(scope.Properties.PolicyDocument.Statement[0].Condition).toEqual({ StringNotEquals: { 'aws:RequestedRegion': { Ref: 'AllowedRegions' } } });
  });

  test('grants opted-in write actions, each as its own statement', () => {
    const { stack } = stackWithRole({ writeActions: [{ actions: ['ec2:CreateTags'], reason: 'Tags resources with their cost owner.' }] });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([{ Sid: 'OptInWrite1', Effect: 'Allow', Action: 'ec2:CreateTags', Resource: '*' }]) },
    });
  });

  test('omits the guardrail only when asked to', () => {
    const { stack } = stackWithRole({ dataAccessGuardrail: false });
    expect(JSON.stringify(Template.fromStack(stack).toJSON())).not.toContain('DenyDataPlaneReads');
  });

  test('applies path, boundary, session duration, description and tags', () => {
    const app = new App();
    const stack = new Stack(app, 'Customer');
    const boundary = iam.ManagedPolicy.fromManagedPolicyName(stack, 'Boundary', 'vendor-boundary');
    new ReadOnlyRole(stack, 'VendorRole', roleProps({
      path: '/vendors/', permissionsBoundary: boundary, maxSessionDuration: Duration.hours(12), description: 'Acme reads', tags: { vendor: 'acme' },
    }));
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', {
      Path: '/vendors/',
      MaxSessionDuration: 43200,
      Description: 'Acme reads',
      PermissionsBoundary: Match.anyValue(),
      Tags: [{ Key: 'vendor', Value: 'acme' }],
    });
  });

  test('packs many grants into several policies, each under 6,144 characters', () => {
    const many = Array.from({ length: 30 }, (_, index) => ({
      actions: ['ec2:DescribeInstances', 'ec2:DescribeVolumes', 'ec2:DescribeSnapshots', 'ec2:DescribeImages', 'ec2:DescribeVpcs', 'ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups', 'ec2:DescribeRouteTables'],
      resources: [`arn:aws:ec2:us-east-1:333333333333:instance/i-${String(index).padStart(17, '0')}`],
      reason: `Reads instance ${index} in detail.`,
    }));
    const { stack } = stackWithRole({ additionalGrants: many });
    const policies = Object.entries(Template.fromStack(stack).findResources('AWS::IAM::ManagedPolicy'))
      .filter(([id]) => id.includes('Permissions'));
    expect(policies.length).toBeGreaterThan(1);
    const sids = policies.flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement.map((s: any) => s.Sid));
    expect(sids).toEqual(expect.arrayContaining(['CostExplorerReads', 'AdditionalGrant1', 'AdditionalGrant30']));
    for (const [, policy] of policies) {
      expect(policyCharacters(policy.Properties.PolicyDocument)).toBeLessThanOrEqual(6144);
    }
  });

  test('fails when the grants need more than 10 managed policies', () => {
    const huge = Array.from({ length: 400 }, (_, index) => ({
      actions: ['ec2:DescribeInstances', 'ec2:DescribeVolumes'],
      resources: [`arn:aws:ec2:us-east-1:333333333333:instance/i-${String(index).padStart(17, '0')}`],
      reason: 'Reads one instance.',
    }));
    const { stack } = stackWithRole({ additionalGrants: huge });
    expect(() => Template.fromStack(stack)).toThrow(/the role must have at most 10 managed policies, got \d+ \(1 AWS-managed, \d+ customer-managed\)/);
  });

  test('fails when the trust policy exceeds 2,048 characters', () => {
    const patterns = Array.from({ length: 40 }, (_, index) => `arn:aws:iam::111111111111:role/collector-team-${index}-*`);
    const { stack } = stackWithRole({ trustedPrincipal: TrustedPrincipal.account('111111111111', { principalArnPatterns: patterns }) });
    expect(() => Template.fromStack(stack)).toThrow(/the trust policy must be at most 2048 characters, got \d+/);
  });

  describe('fails on invalid literals, naming the property, the value and the accepted form', () => {
    test.each([
      ['an account ID that is not 12 digits', { trustedPrincipal: TrustedPrincipal.account('12345') }, /trustedPrincipal account ID must be a 12-digit AWS account ID, got '12345'/],
      ['a malformed role ARN', { trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::1234:role/x') }, /trustedPrincipal role ARN must be arn:<partition>:iam::<12-digit account>:role\/.*got 'arn:aws:iam::1234:role\/x'/],
      ['a user ARN instead of a role ARN', { trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111111111111:user/bob') }, /trustedPrincipal role ARN must be .* got 'arn:aws:iam::111111111111:user\/bob'/],
      ['a bad principal ARN pattern', { trustedPrincipal: TrustedPrincipal.account('111111111111', { principalArnPatterns: ['collector-*'] }) }, /principalArnPatterns must be an IAM ARN pattern .* got 'collector-\*'/],
      ['a one-character external ID', { externalId: ExternalId.of('a') }, /externalId must be 2 to 1224 characters from \[\\w\+=,\.@:\/-\], got 'a'/],
      ['an external ID with a space', { externalId: ExternalId.of('my id') }, /externalId must be .*, got 'my id'/],
      ['an external ID over 1224 characters', { externalId: ExternalId.of('x'.repeat(1225)) }, /externalId must be 2 to 1224 characters/],
      ['a role name with a space', { roleName: 'my role' }, /roleName must be \[\\w\+=,\.@-\]\{1,64\}, got 'my role'/],
      ['a role name over 64 characters', { roleName: 'r'.repeat(65) }, /roleName must be .*, got 'r{65}'/],
      ['a path without slashes', { path: 'vendors' }, /path must be .*, got 'vendors'/],
      ['a Region that is not one', { allowedRegions: ['eu-west-1', 'europe'] }, /allowedRegions\[1\] must be an AWS Region code such as eu-west-1, got 'europe'/],
      ['a Region code that is no Region', { allowedRegions: ['eu-wst-1'] },
        /allowedRegions\[0\] must be a known Region of partition aws, got 'eu-wst-1' \(did you mean 'eu-west-1'\?\); name a Region newer than this release in additionalKnownRegions/],
      ['a malformed Region named as newer', { allowedRegions: ['eu-west-1'], additionalKnownRegions: ['west'] }, /additionalKnownRegions\[0\] must be an AWS Region code such as eu-west-1, got 'west'/],
      ['an empty Region list', { allowedRegions: [] }, /allowedRegions must list at least one Region \(leave it out for every Region\), got \[\]/],
      ['a session shorter than an hour', { maxSessionDuration: Duration.minutes(30) }, /maxSessionDuration must be between 1 and 12 hours \(3600 to 43200 seconds\), got 1800 seconds/],
      ['a session longer than 12 hours', { maxSessionDuration: Duration.hours(13) }, /maxSessionDuration must be between 1 and 12 hours .* got 46800 seconds/],
      ['a write action passed as a read grant', { additionalGrants: [{ actions: ['s3:PutObject'], reason: 'Uploads.' }] }, /additionalGrants\[0\]\.actions must hold read actions only \(access level List or Read\), got 's3:PutObject' which includes s3:PutObject \(Write\); grant writes with writeActions/],
      ['a wildcard hiding writes', { additionalGrants: [{ actions: ['iam:*'], reason: 'Reads IAM.' }] }, /additionalGrants\[0\]\.actions must hold read actions only .* got 'iam:\*'/],
      ['a data-plane read passed as a read grant', { additionalGrants: [{ actions: ['secretsmanager:GetSecretValue'], reason: 'Reads secrets.' }] }, /additionalGrants\[0\]\.actions must not hold actions the data-access guardrail denies.* got 'secretsmanager:GetSecretValue'.*readableData/],
      ['an action without a service', { additionalGrants: [{ actions: ['GetObject'], reason: 'Reads.' }] }, /additionalGrants\[0\]\.actions must be service:Action.*got 'GetObject'/],
      ['a grant without a reason', { additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: ' ' }] }, /additionalGrants\[0\]\.reason must say why the vendor needs the actions, got ' '/],
      ['a statement ID with punctuation', { additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Reads.', sid: 'read-ec2' }] }, /additionalGrants\[0\]\.sid must be letters and digits only, got 'read-ec2'/],
      ['readable data on every resource', { readableData: [{ actions: ['s3:GetObject'], resources: ['*'], reason: 'Reads all.' }] }, /readableData\[0\]\.resources must name specific data .*got '\*': it is every resource/],
      ['a write action passed as readable data', { readableData: [{ actions: ['s3:DeleteObject'], resources: ['arn:aws:s3:::b/*'], reason: 'Cleans.' }] }, /readableData\[0\]\.actions must hold read actions only .* got 's3:DeleteObject'/],
      ['two grants with one statement ID', { additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Reads.', sid: 'ReadEc2' }, { actions: ['ec2:DescribeVpcs'], reason: 'Reads.', sid: 'ReadEc2' }] },
        /additionalGrants\[1\]\.sid must be unique among the role's statement IDs, got 'ReadEc2', which additionalGrants\[0\]\.sid has too/],
      ['a statement ID that another grant gets by default', { additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Reads.', sid: 'AdditionalGrant2' }, { actions: ['ec2:DescribeVpcs'], reason: 'Reads.' }] },
        /additionalGrants\[0\]\.sid must be unique among the role's statement IDs, got 'AdditionalGrant2', which additionalGrants\[1\] has by default/],
      ['a write with a read grant\'s statement ID', { additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Reads.', sid: 'Tags' }], writeActions: [{ actions: ['ec2:CreateTags'], reason: 'Tags.', sid: 'Tags' }] },
        /writeActions\[0\]\.sid must be unique among the role's statement IDs, got 'Tags', which additionalGrants\[0\]\.sid has too/],
      ['a statement ID of the profile', { additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Reads.', sid: 'CostExplorerReads' }] },
        /additionalGrants\[0\]\.sid must be unique among the role's statement IDs, got 'CostExplorerReads', which the COST profile's grants have/],
      ['a grant resource that is not an ARN', { additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Reads.', resources: ['not-an-arn'] }] },
        /additionalGrants\[0\]\.resources must be '\*' or an ARN arn:<partition>:<service>:<region>:<account>:<resource> \(\* and \? allowed\), got 'not-an-arn'/],
      ['a write resource that is not an ARN', { writeActions: [{ actions: ['ec2:CreateTags'], reason: 'Tags.', resources: ['i-1234567890abcdef0'] }] },
        /writeActions\[0\]\.resources must be '\*' or an ARN .*got 'i-1234567890abcdef0'/],
      ['a grant with no resource', { additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Reads.', resources: [] }] },
        /additionalGrants\[0\]\.resources must list at least one resource \(leave it out for '\*'\), got \[\]/],
      ['a boundary that is not an ARN', { permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyArn(new Stack(), 'Boundary', 'not-an-arn') },
        /permissionsBoundary must be arn:<partition>:iam::<12-digit account or aws>:policy\/<optional path\/><name>, got 'not-an-arn'/],
      ['a tag key with the aws: prefix', { tags: { 'AWS:team': 'billing' } },
        /tags key must not start with 'aws:' \(reserved for AWS\), got 'AWS:team'/],
      ['a tag key over 128 characters', { tags: { ['k'.repeat(129)]: 'v' } },
        /tags key must be 1 to 128 letters, digits, spaces and _\.:\/=\+-@, got 'k{77}\.\.\.'/],
      ['a tag key with a character IAM refuses', { tags: { 'team#1': 'v' } }, /tags key must be 1 to 128 letters, .*got 'team#1'/],
      ['a tag value over 256 characters', { tags: { team: 'v'.repeat(257) } },
        /tags\['team'\] must be up to 256 letters, digits, spaces and _\.:\/=\+-@, got 'v{77}\.\.\.'/],
      ['a tag value with a character IAM refuses', { tags: { team: 'a&b' } }, /tags\['team'\] must be up to 256 .*got 'a&b'/],
      ['a description with a character IAM refuses', { description: 'Vendor role \u2014 read-only' },
        /description must be at most 1000 characters of printable Latin-1, tab, line feed or carriage return, got 'Vendor role \u2014 read-only'/],
      ['a description over 1000 characters', { description: 'd'.repeat(1001) }, /description must be at most 1000 characters .*got 'd{77}\.\.\.' \(1001 characters\)/],
    ])('fails with %s', (_case, overrides, expected) => {
      expect(() => stackWithRole(overrides as any)).toThrow(expected);
    });

    test('accepts tokens, wildcard ARNs and the values IAM allows, and validates no token as a literal', () => {
      // GIVEN values known only at deployment, and literals at the edge of what IAM accepts
      const stack = new Stack(new App(), 'Customer', { env: { account: '333333333333', region: 'us-east-1' } });
      const parameter = (id: string) => new CfnParameter(stack, id).valueAsString;
      // WHEN the role is built THEN nothing is refused
      new ReadOnlyRole(stack, 'VendorRole', roleProps({
        additionalGrants: [
          { actions: ['ec2:DescribeInstances'], reason: 'Reads.', sid: parameter('GrantSid'), resources: [parameter('GrantResource')] },
          { actions: ['ec2:DescribeVpcs'], reason: 'Reads.', sid: 'ReadVpcs', resources: ['*', 'arn:aws:ec2:*:333333333333:vpc/*', `arn:${Aws.PARTITION}:ec2:us-east-1:333333333333:vpc/vpc-1`] },
        ],
        writeActions: [{ actions: ['ec2:CreateTags'], reason: 'Tags.', sid: parameter('WriteSid') }],
        permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyArn(stack, 'Boundary', parameter('BoundaryArn')),
        tags: { 'team': parameter('Team'), 'cost-center': '', 'Ünïcode key 1': 'a value with spaces_.:/=+-@' },
        description: `Vendor role, \u00e9t\u00e9:\tread-only (ok)\n${'d'.repeat(950)}`,
      }));
      const template = Template.fromStack(stack);
      template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: { Ref: 'GrantSid' }, Resource: { Ref: 'GrantResource' } })]) },
      });
      template.hasResourceProperties('AWS::IAM::Role', { PermissionsBoundary: { Ref: 'BoundaryArn' } });
    });

    test('reports all problems of one set of props in one error', () => {
      expect(() => stackWithRole({ roleName: 'my role', externalId: ExternalId.of('a') }))
        .toThrow(/invalid props:\n- externalId must be .*got 'a'\n- roleName must be .*got 'my role'/);
    });
  });

  test('is the CfnRole through node.defaultChild, so that overrideLogicalId renames the role', () => {
    // GIVEN a role
    const { stack, role } = stackWithRole();
    // WHEN its logical ID is overridden through the escape hatch
    (role.node.defaultChild as CfnResource).overrideLogicalId('VendorReadOnlyRole');
    // THEN the role's resource has that logical ID, and its construct path is unchanged
    const template = Template.fromStack(stack);
    expect(logicalIdOf(template, 'AWS::IAM::Role')).toBe('VendorReadOnlyRole');
    expect(role.node.defaultChild).toBe(role.role.node.defaultChild);
    expect(role.node.findChild('Resource')).toBe(role.role);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', { Roles: [{ Ref: 'VendorReadOnlyRole' }] });
  });

  describe('partitions', () => {
    function inRegion(region: string, overrides: Partial<ReadOnlyRoleProps>): Stack {
      const stack = new Stack(new App(), 'Customer', { env: { account: '333333333333', region } });
      new ReadOnlyRole(stack, 'VendorRole', roleProps(overrides));
      return stack;
    }

    test('fails on a literal role ARN of another partition than the stack\'s, naming both and the ARN to use', () => {
      expect(() => inRegion('cn-north-1', { trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/vendor-reader') })).toThrow(
        "trustedPrincipal role ARN is in partition 'aws', the stack deploys to 'aws-cn' (cn-north-1): use arn:aws-cn:iam::111122223333:role/vendor-reader, "
        + "got 'arn:aws:iam::111122223333:role/vendor-reader'");
      expect(() => inRegion('us-east-1', { trustedPrincipal: TrustedPrincipal.role('arn:aws-us-gov:iam::111122223333:role/vendor-reader') }))
        .toThrow(/trustedPrincipal role ARN is in partition 'aws-us-gov', the stack deploys to 'aws' \(us-east-1\)/);
      expect(() => inRegion('us-gov-west-1', { trustedPrincipal: TrustedPrincipal.account('111122223333', { principalArnPatterns: ['arn:aws:iam::111122223333:role/collector-*'] }) }))
        .toThrow(/trustedPrincipal principalArnPatterns is in partition 'aws', the stack deploys to 'aws-us-gov' \(us-gov-west-1\)/);
      expect(() => inRegion('cn-northwest-1', { permissionsBoundary: iam.ManagedPolicy.fromManagedPolicyArn(new Stack(), 'B', 'arn:aws:iam::aws:policy/ReadOnlyAccess') }))
        .toThrow(/permissionsBoundary is in partition 'aws', the stack deploys to 'aws-cn' \(cn-northwest-1\): use arn:aws-cn:iam::aws:policy\/ReadOnlyAccess/);
    });

    test('accepts an ARN of the stack\'s partition, and does not compare tokens', () => {
      expect(() => inRegion('cn-north-1', { trustedPrincipal: TrustedPrincipal.role('arn:aws-cn:iam::111122223333:role/vendor-reader') })).not.toThrow();
      expect(() => inRegion('cn-north-1', { trustedPrincipal: TrustedPrincipal.roleInAccount('111122223333', 'vendor-reader') })).not.toThrow();
      // A stack without a Region deploys anywhere; a role ARN parameter is CloudFormation's to check.
      expect(() => new ReadOnlyRole(new Stack(new App(), 'Anywhere'), 'VendorRole', roleProps({ trustedPrincipal: TrustedPrincipal.role('arn:aws-cn:iam::111122223333:role/r') })))
        .not.toThrow();
      const stack = new Stack(new App(), 'Customer', { env: { region: 'cn-north-1' } });
      const arn = new CfnParameter(stack, 'VendorRoleArn', { type: 'String' }).valueAsString;
      expect(() => new ReadOnlyRole(stack, 'VendorRole', roleProps({ trustedPrincipal: TrustedPrincipal.role(arn) }))).not.toThrow();
    });
  });

  describe('additional grants of actions no classification rule covers', () => {
    const WHAT_TO_DO = /list the classified actions you need instead of the wildcard, grant the reads on named resources with readableData, or ask for the actions to be classified at https:\/\/github\.com\/cdk-account-onboarding\/cdk-account-onboarding\/issues$/;

    test('fails on an unclassified read, naming the grant, the action and what a user of the package can do', () => {
      // GIVEN a Read-level action that no rule of this release classifies
      const grant = { actions: ['ssm:GetCalendarState'], reason: 'Reads change calendars.' };
      // WHEN the role is built THEN synth fails, pointing to things the user can change
      expect(() => stackWithRole({ additionalGrants: [grant] })).toThrow(
        "additionalGrants[0].actions must hold configuration reads that this release classifies, got 'ssm:GetCalendarState' which includes ssm:GetCalendarState, "
        + 'which no classification rule covers (so the data-access guardrail could not deny what they return): leave it out, '
        + 'grant the reads on named resources with readableData, or ask for the actions to be classified at https://github.com/cdk-account-onboarding/cdk-account-onboarding/issues');
      expect(() => stackWithRole({ additionalGrants: [grant] })).not.toThrow(/src\/permissions/);
    });

    test('fails on a wildcard that matches unclassified actions, even when it also matches actions the guardrail denies', () => {
      // GIVEN ssm:Get*, which matches ssm:GetParameter (credentials, denied) and Get actions no rule classifies
      const grants = [{ actions: ['ec2:Describe*'], reason: 'Reads EC2.' }, { actions: ['ssm:Get*'], reason: 'Reads SSM.' }];
      // WHEN the role is built THEN synth fails on that grant alone, with no warning to keep it
      expect(() => stackWithRole({ additionalGrants: grants })).toThrow(/^additionalGrants\[1\]\.actions must hold configuration reads that this release classifies, got 'ssm:Get\*' which includes ssm:\w+, ssm:\w+, ssm:\w+, ssm:\w+, ssm:\w+ and \d+ more, which no classification rule covers/);
      expect(() => stackWithRole({ additionalGrants: grants })).toThrow(WHAT_TO_DO);
    });

    test('a write passed as a read grant fails with the one error that says to use writeActions', () => {
      expect(() => stackWithRole({ additionalGrants: [{ actions: ['s3:PutObject'], reason: 'Uploads.' }] })).toThrow(
        /^additionalGrants\[0\]\.actions must hold read actions only \(access level List or Read\), got 's3:PutObject' which includes s3:PutObject \(Write\); grant writes with writeActions$/);
    });
  });

  test('warns, without failing, about actions the IAM catalog does not know', () => {
    const { stack } = stackWithRole({ additionalGrants: [{ actions: ['newservice:DescribeWidgets'], reason: 'Reads widgets.' }] });
    Annotations.fromStack(stack).hasWarning('*', Match.stringLikeRegexp('newservice:DescribeWidgets'));
  });

  test.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('passes cdk-nag AwsSolutions with the %s profile', (_name, profile) => {
    const app = new App();
    const stack = new Stack(app, 'Customer');
    new ReadOnlyRole(stack, 'VendorRole', roleProps({
      profile: profile as PermissionProfile,
      readableData: [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/cur/*'], reason: 'Reads the cost report.' }],
    }));
    expect(nagFindings(app)).toBe('');
  });

  test('cdk-nag still reports a wildcard write that the customer opted into', () => {
    const app = new App();
    const stack = new Stack(app, 'Customer');
    new ReadOnlyRole(stack, 'VendorRole', roleProps({
      writeActions: [
        { actions: ['ec2:CreateTag*'], reason: 'Tags resources.' },
        { actions: ['ec2:DeleteTag*'], reason: 'Removes stale tags.', sid: 'TagCleanup' },
      ],
    }));
    const findings = nagFindings(app);
    expect(findings).toMatch(/AwsSolutions-IAM5\[Action::ec2:CreateTag\*\]/);
    expect(findings).toMatch(/AwsSolutions-IAM5\[Action::ec2:DeleteTag\*\]/);
  });

  describe('refuses misuse that would switch the guarantees off, naming the value', () => {
    test.each([
      ['readable data on every bucket', { readableData: [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::*'], reason: 'Reads all.' }] },
        /readableData\[0\]\.resources must name specific data .*got 'arn:aws:s3:::\*': it names no resource/],
      ['readable data on every ARN', { readableData: [{ actions: ['s3:GetObject'], resources: ['arn:*'], reason: 'Reads all.' }] },
        /readableData\[0\]\.resources must name specific data .*got 'arn:\*': it is not an ARN/],
      ['readable data with a wildcard service', { readableData: [{ actions: ['s3:GetObject'], resources: ['arn:aws:*:::reports/*'], reason: 'Reads all.' }] },
        /got 'arn:aws:\*:::reports\/\*': its partition or service is a wildcard/],
      ['readable data with a wildcard account', { readableData: [{ actions: ['dynamodb:GetItem'], resources: ['arn:aws:dynamodb:us-east-1:*:table/shared'], reason: 'Reads it.' }] },
        /got 'arn:aws:dynamodb:us-east-1:\*:table\/shared': its account is a wildcard/],
      ['readable data with a wildcard in the bucket name', { readableData: [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports-*/cur/*'], reason: 'Reads it.' }] },
        /got 'arn:aws:s3:::reports-\*\/cur\/\*': its bucket name has a wildcard/],
      ['iam:PassRole as an opt-in write', { writeActions: [{ actions: ['iam:PassRole'], reason: 'Passes roles.' }] },
        /writeActions\[0\]\.actions must not escalate privileges, got 'iam:PassRole' allows iam:PassRole \(hands a role/],
      ['sts:AssumeRole as an opt-in write', { writeActions: [{ actions: ['sts:AssumeRole'], reason: 'Assumes roles.', resources: ['*'] }] },
        /got 'sts:AssumeRole' allows sts:AssumeRole \(obtains credentials/],
      ['a policy write as an opt-in write', { writeActions: [{ actions: ['iam:PutRolePolicy'], reason: 'Fixes policies.' }] },
        /got 'iam:PutRolePolicy' allows iam:PutRolePolicy \(changes permissions/],
      ['a wildcard that includes escalation', { writeActions: [{ actions: ['iam:Create*'], reason: 'Creates things.' }] },
        /writeActions\[0\]\.actions must not escalate privileges, got 'iam:Create\*' allows iam:CreatePolicy \(changes permissions.*iam:CreateAccessKey/],
      ['a read that returns a client secret', { additionalGrants: [{ actions: ['cognito-idp:DescribeUserPoolClient'], reason: 'Reads clients.' }] },
        /additionalGrants\[0\]\.actions must not hold actions the data-access guardrail denies, got 'cognito-idp:DescribeUserPoolClient' which includes cognito-idp:DescribeUserPoolClient \(credentials\)/],
      ['a read that returns API keys', { additionalGrants: [{ actions: ['appsync:ListApiKeys'], reason: 'Reads keys.' }] },
        /got 'appsync:ListApiKeys' which includes appsync:ListApiKeys \(credentials\)/],
      ['a read of secret-bearing configuration in COST', { additionalGrants: [{ actions: ['ecs:DescribeTaskDefinition'], reason: 'Reads tasks.' }] },
        /got 'ecs:DescribeTaskDefinition' which includes ecs:DescribeTaskDefinition \(secret-bearing-configuration\)/],
    ])('fails with %s', (_case, overrides, message) => {
      expect(() => stackWithRole(overrides as Partial<ReadOnlyRoleProps>)).toThrow(message);
    });

    test.each([
      ['externalId', { trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111111111111:role/vendor-reader'), profile: PermissionProfile.COST },
        /externalId must be ExternalId.of\('<the ID your vendor gave you>'\) or ExternalId.none\(\), got undefined/],
      ['trustedPrincipal', { externalId: ExternalId.of('abc-123'), profile: PermissionProfile.COST }, /trustedPrincipal must be TrustedPrincipal.role\(<vendor role ARN>\), got undefined/],
      ['profile', { trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111111111111:role/vendor-reader'), externalId: ExternalId.of('abc-123') },
        /profile must be PermissionProfile.COST, SECURITY_AUDIT or INVENTORY, got undefined/],
    ])('fails with a clear error when %s is left out (from JavaScript)', (_name, props, message) => {
      const stack = new Stack(new App(), 'Customer');
      expect(() => new ReadOnlyRole(stack, 'VendorRole', props as unknown as ReadOnlyRoleProps)).toThrow(message);
    });

    test('fails on no external ID with an account trust, showing the principal as CloudFormation would, never a token', () => {
      // GIVEN an account trust, whose ARN has the stack's partition in it
      const props = { externalId: ExternalId.none(), trustedPrincipal: TrustedPrincipal.account('111122223333') };
      // WHEN the role is built THEN the error names the principal readably
      expect(() => stackWithRole(props)).toThrow(
        'externalId may be ExternalId.none() only when trustedPrincipal names one role (TrustedPrincipal.role or roleInAccount), '
        + "got ExternalId.none() with 'arn:${AWS::Partition}:iam::111122223333:root': without an external ID every principal of that account could assume the role");
      expect(() => stackWithRole(props)).not.toThrow(/Token\[/);
    });

    test('fails on no external ID with an account trust given as a parameter, naming the parameter', () => {
      const stack = new Stack(new App(), 'Customer');
      const account = new CfnParameter(stack, 'VendorAccountId', { type: 'String' }).valueAsString;
      expect(() => new ReadOnlyRole(stack, 'VendorRole', roleProps({ externalId: ExternalId.none(), trustedPrincipal: TrustedPrincipal.account(account) })))
        .toThrow(/got ExternalId.none\(\) with 'arn:\$\{AWS::Partition\}:iam::\$\{VendorAccountId\}:root'/);
    });

    test('a wildcard read that also matches denied actions is kept, with a warning naming what the guardrail denies', () => {
      const { stack } = stackWithRole({ additionalGrants: [{ actions: ['appsync:List*'], reason: 'Lists AppSync APIs.' }] });
      Annotations.fromStack(stack).hasWarning('/Customer/VendorRole', Match.stringLikeRegexp('guardrail denies.*appsync:ListApiKeys'));
    });

    test('no external ID with a named role of another account warns, naming the account; of the own account it does not', () => {
      const foreign = stackWithRole({ externalId: ExternalId.none(), trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111111111111:role/collector') });
      Annotations.fromStack(foreign.stack).hasWarning('/Customer/VendorRole', Match.stringLikeRegexp('trusted role is in account 111111111111'));
      const own = stackWithRole({ externalId: ExternalId.none(), trustedPrincipal: TrustedPrincipal.roleInAccount('333333333333', 'collector') });
      Annotations.fromStack(own.stack).hasNoWarning('/Customer/VendorRole', Match.stringLikeRegexp('trusted role is in account'));
    });
  });

  describe('pinned permissions', () => {
    test.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('replace the AWS-managed policies of %s within IAM\'s limits', (_name, profile) => {
      const { stack } = stackWithRole({
        profile: profile as PermissionProfile,
        pinnedPermissions: true,
        allowedRegions: ['eu-west-1'],
        readableData: [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::reports/cur/*'], reason: 'Reads the cost report.' }],
      });
      const template = Template.fromStack(stack);
      const role = Object.values(template.findResources('AWS::IAM::Role'))[0];
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      const statements = Object.values(template.findResources('AWS::IAM::ManagedPolicy')).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
      expect(statements.filter((statement: any) => String(statement.Sid).startsWith('PinnedReads')).length).toBeGreaterThan(1);
      expect(Object.keys(template.findResources('AWS::IAM::ManagedPolicy')).length).toBeLessThanOrEqual(10);
    });
  });
});

