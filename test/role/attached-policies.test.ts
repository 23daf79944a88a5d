import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { HubRole, HubTrust, OnboardingStack, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from '../../src';
import { roleProps, stackWithRole } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

function warnings(stack: Stack): string[] {
  return Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('.*')).map((entry) => String(entry.entry.data));
}

function synthError(stack: Stack): string {
  try {
    Template.fromStack(stack);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('ReadOnlyRole: policies attached through iam.IRole', () => {
  test('fails when addToPrincipalPolicy allows iam:PassRole, naming the policy, the action and what to do', () => {
    // GIVEN
    const { stack, role } = stackWithRole();

    // WHEN
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] }));

    // THEN
    const message = synthError(stack);
    expect(message).toMatch(/Customer\/VendorRole\/Resource\/DefaultPolicy statement 1 allows iam:PassRole/);
    expect(message).toMatch(/escalates privileges/);
    expect(message).toMatch(/not even in writeActions: remove the statement/);
  });

  test('fails when an iam.Policy attached with roles: [role] allows iam:CreateAccessKey', () => {
    // GIVEN
    const { stack, role } = stackWithRole();

    // WHEN
    new iam.Policy(stack, 'Keys', { roles: [role], statements: [new iam.PolicyStatement({ sid: 'MakeKeys', actions: ['iam:CreateAccessKey'], resources: ['*'] })] });

    // THEN
    expect(synthError(stack)).toMatch(/Customer\/Keys statement MakeKeys allows iam:CreateAccessKey/);
  });

  test('fails when a customer-managed policy given to addManagedPolicy allows every action', () => {
    // GIVEN
    const { stack, role } = stackWithRole();

    // WHEN
    role.addManagedPolicy(new iam.ManagedPolicy(stack, 'Admin', { statements: [new iam.PolicyStatement({ actions: ['*'], resources: ['*'] })] }));

    // THEN
    expect(synthError(stack)).toMatch(/Customer\/Admin statement 1 allows cloudformation:CreateChangeSet, .* and more .*escalates privileges/);
  });

  test('fails when an Allow with NotAction leaves escalation in', () => {
    // GIVEN
    const { stack, role } = stackWithRole();

    // WHEN
    role.addToPrincipalPolicy(new iam.PolicyStatement({ notActions: ['s3:*'], resources: ['*'] }));

    // THEN
    expect(synthError(stack)).toMatch(/DefaultPolicy statement 1 allows .*escalates privileges/);
  });

  test('warns when bucket.grantWrite and table.grantWriteData give the role writes that writeActions does not declare', () => {
    // GIVEN
    const { stack, role } = stackWithRole();
    const bucket = new s3.Bucket(stack, 'Uploads');
    const table = new dynamodb.Table(stack, 'Table', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });

    // WHEN
    bucket.grantWrite(role);
    table.grantWriteData(role);

    // THEN: synth passes, with one warning naming the writes and writeActions
    const found = warnings(stack).filter((text) => text.includes('cdk-account-onboarding:undeclaredWrite'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/dynamodb:PutItem/);
    expect(found[0]).toMatch(/s3:AbortMultipartUpload and 11 more/);
    expect(found[0]).toMatch(/declare them in writeActions/);
  });

  test('does not warn for a write that writeActions declares', () => {
    // GIVEN
    const { stack, role } = stackWithRole({ writeActions: [{ actions: ['dynamodb:PutItem'], reason: 'Records the last scan.' }] });

    // WHEN
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: ['*'] }));

    // THEN
    expect(warnings(stack).filter((text) => text.includes('undeclaredWrite'))).toEqual([]);
  });

  test('warns about an AWS-managed policy it cannot read', () => {
    // GIVEN
    const { stack, role } = stackWithRole();

    // WHEN
    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonS3FullAccess'));

    // THEN
    const found = warnings(stack).filter((text) => text.includes('cdk-account-onboarding:uncheckedManagedPolicy'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/AmazonS3FullAccess/);
  });

  test('checks policies of other stacks of the app', () => {
    // GIVEN
    const { stack, role } = stackWithRole();
    const other = new Stack(stack.node.root as App, 'Other', { env: { account: '333333333333', region: 'us-east-1' } });

    // WHEN
    new iam.Policy(other, 'Reads', {
      roles: [role],
      statements: [new iam.PolicyStatement({ actions: ['s3:GetObject', 'secretsmanager:GetSecretValue'], resources: ['*'] })],
    });

    // THEN
    const found = warnings(other).filter((text) => text.includes('which its data-access guardrail denies'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/s3:GetObject/);
    expect(found[0]).toMatch(/secretsmanager:GetSecretValue/);
  });

  test('fails when a policy of another stack gives the role an escalation', () => {
    // GIVEN
    const { stack, role } = stackWithRole();
    const other = new Stack(stack.node.root as App, 'Other', { env: { account: '333333333333', region: 'us-east-1' } });

    // WHEN
    new iam.ManagedPolicy(other, 'Pass', { roles: [role], statements: [new iam.PolicyStatement({ actions: ['iam:PassRole'], resources: ['*'] })] });

    // THEN
    expect(synthError(other)).toMatch(/Other\/Pass statement 1 allows iam:PassRole/);
  });

  test('leaves a role of the same construct path in another stack alone', () => {
    // GIVEN: two stacks with a role at the same path, so the same logical ID
    const { stack } = stackWithRole();
    const other = new Stack(stack.node.root as App, 'Other', { env: { account: '333333333333', region: 'us-east-1' } });
    const otherRole = new ReadOnlyRole(other, 'VendorRole', roleProps({ roleName: 'OtherReader' }));

    // WHEN: a write is attached to the other role only
    otherRole.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['dynamodb:PutItem'], resources: ['*'] }));

    // THEN: one warning, from the other role
    expect(warnings(stack).filter((text) => text.includes('undeclaredWrite'))).toEqual([]);
    expect(warnings(other).filter((text) => text.includes('undeclaredWrite'))).toHaveLength(1);
  });
});

describe('ReadOnlyRole: the 10 managed policies IAM allows', () => {
  test('fails when managed policies attached from outside bring the role over 10, naming where they come from', () => {
    // GIVEN: a role with six managed policies of its own (ViewOnlyAccess, Permissions1, three guardrail policies, RegionScope)
    const { stack, role } = stackWithRole({ allowedRegions: ['us-east-1'] });

    // WHEN: three AWS-managed policies and two customer-managed ones with roles: [role]
    for (const name of ['AWSHealthFullAccess', 'AmazonInspector2ReadOnlyAccess', 'AWSSupportAccess']) {
      role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName(name));
    }
    for (const id of ['Extra1', 'Extra2']) {
      new iam.ManagedPolicy(stack, id, { roles: [role], statements: [new iam.PolicyStatement({ actions: ['ec2:DescribeInstances'], resources: ['*'] })] });
    }

    // THEN
    const message = synthError(stack);
    expect(message).toMatch(/the role must have at most 10 managed policies, got 11 \(4 AWS-managed, 7 customer-managed\)/);
    expect(message).toMatch(/AWS-managed job-function\/ViewOnlyAccess, AWSHealthFullAccess, AmazonInspector2ReadOnlyAccess, AWSSupportAccess/);
    expect(message).toMatch(/attached by Customer\/Extra1, Customer\/Extra2/);
  });
});

describe('ReadOnlyRole: the default description', () => {
  function description(stack: Stack): string {
    return Object.values(Template.fromStack(stack).findResources('AWS::IAM::Role'))[0].Properties.Description;
  }

  test('says that data reads are denied only when the guardrail is on', () => {
    expect(description(stackWithRole().stack)).toBe('Read-only access (COST profile) for a vendor; data reads are denied.');
    expect(description(stackWithRole({ dataAccessGuardrail: false }).stack)).toBe(
      'Read-only access (COST profile) for a vendor; no data-access guardrail, so data reads are not denied.');
  });

  test('does not call a role with write actions read-only', () => {
    const { stack } = stackWithRole({ writeActions: [{ actions: ['dynamodb:PutItem'], reason: 'Records the last scan.' }] });
    expect(description(stack)).toBe('Read access (COST profile) and write actions the customer agreed to, for a vendor; data reads are denied.');
  });

  test("OnboardingStack's and the hub's spoke descriptions follow the same choices", () => {
    const onboarding = new OnboardingStack(new App(), 'Onboarding', {
      vendorName: 'Acme',
      trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/acme'),
      profile: PermissionProfile.COST,
      customerParameters: true,
      dataAccessGuardrail: false,
    });
    expect(description(onboarding)).toBe('Acme read-only access (COST profile); no data-access guardrail, so data reads are not denied.');

    const hub = new HubRole(new Stack(new App(), 'Hub', { env: { account: '111122223333', region: 'us-east-1' } }), 'Hub', { trust: HubTrust.ec2() });
    const spoke = hub.spokeRoleProps({ profile: PermissionProfile.INVENTORY, writeActions: [{ actions: ['ssm:PutParameter'], reason: 'Records a marker.' }] });
    expect(spoke.description).toMatch(/^Read access \(INVENTORY profile\) and write actions the customer agreed to, for the collector role .*; data reads are denied\.$/);
  });
});
