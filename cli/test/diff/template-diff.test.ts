import { Template } from 'aws-cdk-lib/assertions';
import { ExternalId, PermissionProfile, ReadOnlyRoleProps, TrustedPrincipal } from '../../../src';
import { VENDOR_ROLE_ARN } from '../../../test/support/simulator';
import { EXTERNAL_ID, logicalIdOf, stackWithRole } from '../../../test/support/stacks';
import { withoutTemplateValidator } from '../../../test/support/validator';
import { allReplacements, criticalReplacements, diffTemplates, templateProblem } from '../../src/diff/template-diff';
import { formatTemplateUpdateReport } from '../../src/diff/template-diff-format';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const OTHER_VENDOR_ROLE_ARN = 'arn:aws:iam::222222222222:role/other-reader';
const REPORTS = 'arn:aws:s3:::reports/cur/*';

const texts = (changes: Array<{ text: string }>) => changes.map((change) => change.text);

/** A hand-made role trusted by a principal with an external ID. */
function handMadeRole(options: { roleName?: string; principal?: string; externalId?: string } = {}): Record<string, unknown> {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: options.roleName ?? 'OnboardingReadOnlyRole',
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Principal: { AWS: options.principal ?? VENDOR_ROLE_ARN },
          Condition: { StringEquals: { 'sts:ExternalId': options.externalId ?? EXTERNAL_ID } },
        }],
      },
    },
  };
}

/** A hand-made customer-managed policy attached to the role `Role`. */
function handMadePolicy(actions: string[]): Record<string, unknown> {
  return {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: {
      Roles: [{ Ref: 'Role' }],
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Sid: 'Reads', Effect: 'Allow', Action: actions, Resource: '*' }] },
    },
  };
}

/** A management template holding one StackSet whose member template is the given template. */
function withStackSet(member: object | undefined, properties: Record<string, unknown> = {}): Record<string, any> {
  return {
    Resources: {
      MemberAccounts: {
        Type: 'AWS::CloudFormation::StackSet',
        Properties: {
          StackSetName: 'onboarding-MemberAccounts',
          PermissionModel: 'SERVICE_MANAGED',
          ...(member !== undefined ? { TemplateBody: JSON.stringify(member) } : {}),
          ...properties,
        },
      },
    },
  };
}

function synthesize(overrides: Partial<ReadOnlyRoleProps> = {}): Record<string, any> {
  return Template.fromStack(stackWithRole(overrides).stack).toJSON();
}

describe('diffTemplates', () => {
  // One synthesis per variant, shared by the tests; diffs are cheap once the differ has loaded its resource specification.
  let base: Record<string, any>;
  let withGrant: Record<string, any>;
  let otherTrust: Record<string, any>;
  let renamed: Record<string, any>;
  let securityAudit: Record<string, any>;
  let readableData: Record<string, any>;
  let noGuardrail: Record<string, any>;
  let roleId: string;
  let guardrailIds: string[];
  let permissionsId: string;
  beforeAll(() => {
    base = synthesize();
    withGrant = synthesize({ additionalGrants: [{ actions: ['ec2:DescribeInstances'], reason: 'Inventories instances.' }] });
    otherTrust = synthesize({ trustedPrincipal: TrustedPrincipal.role(OTHER_VENDOR_ROLE_ARN), externalId: ExternalId.of('another-external-id') });
    renamed = synthesize({ roleName: 'VendorReadOnly' });
    securityAudit = synthesize({ profile: PermissionProfile.SECURITY_AUDIT });
    readableData = synthesize({ readableData: [{ actions: ['s3:GetObject'], resources: [REPORTS], reason: 'Reads the cost report.' }] });
    noGuardrail = synthesize({ dataAccessGuardrail: false });
    const template = Template.fromJSON(base);
    roleId = logicalIdOf(template, 'AWS::IAM::Role');
    guardrailIds = Object.keys(template.findResources('AWS::IAM::ManagedPolicy')).filter((id) => id.startsWith('VendorRoleDataAccessGuardrail'));
    permissionsId = logicalIdOf(template, 'AWS::IAM::ManagedPolicy', 'VendorRolePermissions1');
  });

  test('reports no changes between a template and itself', () => {
    // WHEN
    const report = diffTemplates(base, JSON.parse(JSON.stringify(base)));

    // THEN
    expect(report).toEqual({
      permissions: [],
      managedPolicies: [],
      trust: [],
      replacements: [],
      otherResourceChanges: [],
      templateChanges: [],
      memberTemplates: [],
      warnings: [],
    });
    expect(formatTemplateUpdateReport(report)).toBe([
      'Permissions', '  no changes',
      'Trust', '  no changes',
      'Replaced or removed resources', '  no changes',
      'Other changes', '  no changes',
    ].join('\n'));
  });

  test('an additional grant is one added statement on the role, and nothing else', () => {
    // WHEN
    const report = diffTemplates(base, withGrant);

    // THEN
    expect(report.permissions).toEqual([{
      change: 'added',
      subject: roleId,
      subjectType: 'AWS::IAM::Role',
      before: undefined,
      after: { sid: 'AdditionalGrant1', effect: 'Allow', actions: ['ec2:DescribeInstances'], resources: ['*'], principals: [`AWS:\${${roleId}}`], conditions: [] },
      text: '+ Allow ec2:DescribeInstances on * (Sid AdditionalGrant1)',
    }]);
    expect(report.managedPolicies).toEqual([]);
    expect(report.trust).toEqual([]);
    expect(report.replacements).toEqual([]);
    expect(texts(report.otherResourceChanges)).toEqual([`~ ${permissionsId} (AWS::IAM::ManagedPolicy): PolicyDocument`]);
    expect(formatTemplateUpdateReport(report)).toContain([
      'Permissions',
      `  ${roleId} (AWS::IAM::Role)`,
      '    + Allow ec2:DescribeInstances on * (Sid AdditionalGrant1)',
      'Trust',
      '  no changes',
    ].join('\n'));
  });

  test('taking the grant back is a removed statement', () => {
    const report = diffTemplates(withGrant, base);

    expect(texts(report.permissions)).toEqual(['- Allow ec2:DescribeInstances on * (Sid AdditionalGrant1)']);
    expect(report.permissions[0].change).toBe('removed');
  });

  test('a new trusted principal and external ID are trust changes, not permission changes', () => {
    // WHEN
    const report = diffTemplates(base, otherTrust);

    // THEN
    expect(report.permissions).toEqual([]);
    expect(report.trust.map((change) => [change.change, change.subject, change.text])).toEqual([
      ['removed', roleId, `- Allow sts:AssumeRole by AWS:${VENDOR_ROLE_ARN} when StringEquals sts:ExternalId = ${EXTERNAL_ID}`],
      ['added', roleId, `+ Allow sts:AssumeRole by AWS:${OTHER_VENDOR_ROLE_ARN} when StringEquals sts:ExternalId = another-external-id`],
    ]);
    expect(report.trust[1].after).toMatchObject({ principals: [`AWS:${OTHER_VENDOR_ROLE_ARN}`], conditions: ['StringEquals sts:ExternalId = another-external-id'] });
    expect(report.replacements).toEqual([]);
    const text = formatTemplateUpdateReport(report);
    expect(text).toContain(`Trust\n  ${roleId} (AWS::IAM::Role)\n    - Allow sts:AssumeRole by AWS:${VENDOR_ROLE_ARN}`);
    expect(text).not.toMatch(/\u001b\[/); // plain text, no terminal colors
  });

  test('a new role name replaces the role, which is critical', () => {
    // WHEN
    const report = diffTemplates(base, renamed);

    // THEN
    expect(report.replacements).toEqual([{
      logicalId: roleId,
      type: 'AWS::IAM::Role',
      impact: 'WILL_REPLACE',
      properties: ['RoleName'],
      text: `${roleId} (AWS::IAM::Role) will be replaced: RoleName changed`,
    }]);
    expect(criticalReplacements(report).map((change) => change.logicalId)).toEqual([roleId]);
    expect(report.permissions).toEqual([]);
    expect(report.trust).toEqual([]);
    expect(formatTemplateUpdateReport(report)).toContain(`Replaced or removed resources\n  ${roleId} (AWS::IAM::Role) will be replaced: RoleName changed`);
  });

  test('another profile swaps the AWS-managed policy and the profile statements', () => {
    // WHEN
    const report = diffTemplates(base, securityAudit);

    // THEN
    expect(report.managedPolicies.map((change) => [change.change, change.subject, change.managedPolicyArn])).toEqual([
      ['removed', roleId, 'arn:${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccess'],
      ['added', roleId, 'arn:${AWS::Partition}:iam::aws:policy/SecurityAudit'],
    ]);
    // The guardrail's statements differ too (COST denies secret-bearing configuration, SECURITY_AUDIT does not).
    const sids = (change: 'added' | 'removed') => report.permissions.filter((p) => p.change === change)
      .map((p) => (p.after ?? p.before)!.sid).filter((sid) => !sid?.startsWith('Deny'));
    expect(report.permissions.filter((p) => p.change === 'removed').map((p) => p.before!.sid)).toContainEqual(expect.stringMatching(/^DenySecretBearingConfiguration/));
    const costSids = PermissionProfile.COST.grants.map((grant) => grant.sid);
    const auditSids = PermissionProfile.SECURITY_AUDIT.grants.map((grant) => grant.sid);
    // A statement both profiles hold (TagReads) is no change.
    expect(sids('removed').sort()).toEqual(costSids.filter((sid) => !auditSids.includes(sid)).sort());
    expect(sids('added').sort()).toEqual(auditSids.filter((sid) => !costSids.includes(sid)).sort());
    // The policies' descriptions do not name the profile: a description change would replace them.
    // Only a guardrail policy the smaller guardrail no longer needs is deleted.
    expect(report.replacements.every((replacement) => replacement.logicalId.startsWith('VendorRoleDataAccessGuardrail') && replacement.impact === 'WILL_DESTROY')).toBe(true);
    expect(report.otherResourceChanges.map((change) => change.logicalId)).toContain(permissionsId);
    expect(criticalReplacements(report)).toEqual([]);
    expect(formatTemplateUpdateReport(report)).toContain('    + managed policy arn:${AWS::Partition}:iam::aws:policy/SecurityAudit');
  });

  test('readable data adds its statement and narrows the guardrail: the grant\'s service\'s reads move to a Deny outside the data', () => {
    // WHEN
    const report = diffTemplates(base, readableData);

    // THEN the s3 reads leave the guardrail's Deny everywhere ...
    const narrowed = report.permissions.filter((change) => change.change === 'changed' && change.before?.sid?.startsWith('DenyDataPlaneReads'));
    expect(narrowed).toHaveLength(1);
    const moved = narrowed[0].before!.actions.filter((action) => !narrowed[0].after!.actions.includes(action));
    expect(moved).toContain('s3:GetObject');
    expect(moved.filter((action) => !action.startsWith('s3:'))).toEqual([]);
    expect(narrowed[0].after!.actions.filter((action) => action.startsWith('s3:'))).toEqual([]);
    // ... into a Deny of the same reads everywhere except on the data
    const exempting = report.permissions.filter((change) => change.change === 'added' && change.after?.sid?.startsWith('DenyDataPlaneReads'));
    expect(exempting.map((change) => [change.after!.sid, change.after!.actions, change.text]))
      .toEqual([[`${narrowed[0].before!.sid}OutsideNamedData`, moved, expect.stringContaining(`on every resource except ${REPORTS}`)]]);
    expect(texts(report.permissions)).toContain(`+ Allow s3:GetObject on ${REPORTS} (Sid ReadableData1)`);
    expect(report.permissions).toHaveLength(3);
  });

  test('removing the guardrail removes its Deny and deletes its policy', () => {
    // WHEN
    const report = diffTemplates(base, noGuardrail);

    // THEN
    expect(report.permissions.length).toBeGreaterThan(1);
    expect(report.permissions.every((change) => change.change === 'removed')).toBe(true);
    expect(texts(report.permissions)).toContainEqual(expect.stringMatching(/^- Deny .*\bs3:GetObject\b.* on \* \(Sid DenyDataPlaneReads\w*\)$/));
    expect(guardrailIds.length).toBeGreaterThan(1);
    expect(report.replacements.map((replacement) => [replacement.logicalId, replacement.impact]).sort()).toEqual(guardrailIds.map((logicalId) => [logicalId, 'WILL_DESTROY']).sort());
    expect(texts(report.replacements).sort()).toEqual(guardrailIds.map((id) => `${id} (AWS::IAM::ManagedPolicy) will be deleted: it is no longer in the template`).sort());
  });

  describe('StackSet member templates', () => {
    test('diffs the embedded member template on its own, which the StackSet only shows as a changed string', () => {
      // WHEN
      const report = diffTemplates(withStackSet(base), withStackSet(withGrant));

      // THEN
      expect(report.permissions).toEqual([]);
      expect(texts(report.otherResourceChanges)).toEqual(['~ MemberAccounts (AWS::CloudFormation::StackSet): TemplateBody']);
      expect(report.memberTemplates).toHaveLength(1);
      const member = report.memberTemplates[0];
      expect(member.stackSetLogicalId).toBe('MemberAccounts');
      expect(member.problem).toBeUndefined();
      expect(texts(member.report!.permissions)).toEqual(['+ Allow ec2:DescribeInstances on * (Sid AdditionalGrant1)']);
      expect(formatTemplateUpdateReport(report)).toContain([
        'Member accounts (StackSet MemberAccounts)',
        '  Permissions',
        `    ${roleId} (AWS::IAM::Role)`,
        '      + Allow ec2:DescribeInstances on * (Sid AdditionalGrant1)',
        '  Trust',
        '    no changes',
      ].join('\n'));
    });

    test('reports trust changes and replacements in the member accounts', () => {
      // GIVEN
      const before = { Resources: { Role: handMadeRole(), Policy: handMadePolicy(['ce:GetCostAndUsage']) } };
      const after = {
        Resources: {
          Role: handMadeRole({ roleName: 'Renamed', externalId: 'rotated-external-id' }),
          Policy: handMadePolicy(['ce:GetCostAndUsage', 'ce:GetCostForecast']),
        },
      };

      // WHEN
      const report = diffTemplates(withStackSet(before), withStackSet(after));

      // THEN
      expect(report.replacements).toEqual([]);
      const member = report.memberTemplates[0].report!;
      expect(texts(member.trust)).toEqual([
        `- Allow sts:AssumeRole by AWS:${VENDOR_ROLE_ARN} when StringEquals sts:ExternalId = ${EXTERNAL_ID}`,
        `+ Allow sts:AssumeRole by AWS:${VENDOR_ROLE_ARN} when StringEquals sts:ExternalId = rotated-external-id`,
      ]);
      expect(texts(member.permissions)).toEqual(['~ Allow (Sid Reads): actions + ce:GetCostForecast']);
      expect(allReplacements(report)).toEqual([expect.objectContaining({ logicalId: 'Role', impact: 'WILL_REPLACE', stackSetLogicalId: 'MemberAccounts' })]);
      expect(criticalReplacements(report)).toHaveLength(1);
    });

    test('a new StackSet is compared with an empty member template', () => {
      const report = diffTemplates({ Resources: {} }, withStackSet({ Resources: { Role: handMadeRole() } }));

      expect(texts(report.otherResourceChanges)).toEqual(['+ MemberAccounts (AWS::CloudFormation::StackSet) added']);
      const member = report.memberTemplates[0].report!;
      expect(texts(member.trust)).toEqual([`+ Allow sts:AssumeRole by AWS:${VENDOR_ROLE_ARN} when StringEquals sts:ExternalId = ${EXTERNAL_ID}`]);
      expect(texts(member.otherResourceChanges)).toEqual(['+ Role (AWS::IAM::Role) added']);
    });

    test('replacing the StackSet is critical', () => {
      const report = diffTemplates(withStackSet(base), withStackSet(base, { PermissionModel: 'SELF_MANAGED' }));

      expect(criticalReplacements(report)).toEqual([expect.objectContaining({ logicalId: 'MemberAccounts', impact: 'WILL_REPLACE', properties: ['PermissionModel'] })]);
      expect(report.memberTemplates[0].report!.otherResourceChanges).toEqual([]);
    });

    test.each([
      ['a TemplateURL not beside the template', withStackSet(undefined, { TemplateURL: 'https://example.com/member.json' }),
        /in the new template, the StackSet takes its member template from https:\/\/example\.com\/member\.json, which is not beside the template file/],
      ['an intrinsic TemplateURL', withStackSet(undefined, { TemplateURL: { 'Fn::Sub': 'https://example.com/${AWS::Region}/member.json' } }),
        /in the new template, the StackSet's TemplateURL is not a literal string/],
      ['an intrinsic TemplateBody', withStackSet(undefined, { TemplateBody: { 'Fn::Join': ['', ['{', '}']] } }), /in the new template, the StackSet's TemplateBody is not a literal string/],
      ['a YAML TemplateBody', withStackSet(undefined, { TemplateBody: 'Resources:\n  Role: {}' }), /in the new template, the StackSet's TemplateBody is not JSON/],
      ['a TemplateBody without Resources', withStackSet({ Description: 'nothing' }), /in the new template, the StackSet's TemplateBody is not a CloudFormation template: it has no Resources object/],
    ])('says why a member template with %s is not compared', (_name, after, problem) => {
      const report = diffTemplates(withStackSet(base), after);

      expect(report.memberTemplates).toEqual([{ stackSetLogicalId: 'MemberAccounts', problem: expect.stringMatching(problem) }]);
      expect(formatTemplateUpdateReport(report)).toMatch(/Member accounts \(StackSet MemberAccounts\)\n {2}not compared: in the new template/);
    });
  });

  describe('resources and template sections', () => {
    const bucket = (properties: Record<string, unknown>, deletionPolicy = 'Delete') =>
      ({ Type: 'AWS::S3::Bucket', DeletionPolicy: deletionPolicy, Properties: properties });

    test('a bucket replaced is critical, a bucket kept by its DeletionPolicy is removed from the stack', () => {
      const replaced = diffTemplates({ Resources: { Reports: bucket({ BucketName: 'a' }) } }, { Resources: { Reports: bucket({ BucketName: 'b' }) } });
      expect(criticalReplacements(replaced)).toEqual([expect.objectContaining({ logicalId: 'Reports', type: 'AWS::S3::Bucket', impact: 'WILL_REPLACE' })]);

      const orphaned = diffTemplates({ Resources: { Reports: bucket({}, 'Retain') } }, { Resources: {} });
      expect(orphaned.replacements).toEqual([{
        logicalId: 'Reports',
        type: 'AWS::S3::Bucket',
        impact: 'WILL_ORPHAN',
        properties: [],
        text: 'Reports (AWS::S3::Bucket) will be removed from the stack and kept (DeletionPolicy Retain)',
      }]);
    });

    test('lists changed parameters, conditions and outputs', () => {
      const before = { Parameters: { Old: { Type: 'String' } }, Resources: { Role: handMadeRole() }, Outputs: { RoleArn: { Value: 'a' } } };
      const after = {
        Parameters: { ExternalId: { Type: 'String' } },
        Conditions: { HasExternalId: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'ExternalId' }, ''] }] } },
        Resources: { Role: handMadeRole() },
        Outputs: { RoleArn: { Value: 'b' } },
      };

      expect(diffTemplates(before, after).templateChanges).toEqual([
        '+ Parameter ExternalId', '- Parameter Old', '+ Condition HasExternalId', '~ Output RoleArn',
      ]);
    });

    test('warns about a trust policy chosen by an intrinsic function, which the differ cannot read', () => {
      const chosen = handMadeRole() as any;
      chosen.Properties.AssumeRolePolicyDocument = { 'Fn::If': ['HasExternalId', chosen.Properties.AssumeRolePolicyDocument, { Ref: 'AWS::NoValue' }] };

      const report = diffTemplates({ Resources: { Role: handMadeRole() } }, { Resources: { Role: chosen } });

      expect(report.warnings).toEqual([expect.stringMatching(/^the AssumeRolePolicyDocument of Role \(AWS::IAM::Role\) changed, but it is built by Fn::If, which the differ cannot read/)]);
      expect(formatTemplateUpdateReport(report)).toMatch(/^Warnings\n {2}the AssumeRolePolicyDocument of Role/);
    });
  });

  test.each([
    ['an array', [], /it is an array, not an object/],
    ['no Resources', { Description: 'x' }, /it has no Resources object/],
    ['Resources that is a list', { Resources: [] }, /its Resources is an array, not an object/],
  ])('fails when a template has %s', (_name, template, message) => {
    expect(templateProblem(template)).toMatch(message);
    expect(() => diffTemplates({ Resources: {} }, template as object)).toThrow(/^the new template is not a CloudFormation template: /);
  });
});
