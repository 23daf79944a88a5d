import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ActionClass, ActionClassification, DataAccessGuardrail, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from '../../src';
import { managedPolicyActions } from '../../src/permissions/effective-actions';
import { FIXED_SCOPE_REGION_ACTIONS } from '../../src/permissions/global-services';
import { DeployedRole, deployedRole, sampleResourceFor, simulateAssumeRole, simulateRoleAction, VENDOR_ROLE_ARN } from '../support/simulator';
import { EXTERNAL_ID, logicalIdOf, roleProps } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const REPORT_OBJECTS = 'arn:aws:s3:::acme-cost-reports/cur/*';

/** The decision on one action for a resource of its type, or on `*` where the catalog's ARN format is ambiguous. */
async function decide(role: DeployedRole, action: string) {
  try {
    return await simulateRoleAction(role, action, await sampleResourceFor(action));
  } catch {
    return simulateRoleAction(role, action, '*');
  }
}

/** Synthesizes a role (with the built-in template validator) and returns it as IAM will see it. */
function deploy(profile: PermissionProfile, overrides = {}): DeployedRole {
  const app = new App();
  const stack = new Stack(app, 'Customer', { env: { account: '333333333333', region: 'us-east-1' } });
  new ReadOnlyRole(stack, 'VendorRole', roleProps({
    profile,
    readableData: [{ actions: ['s3:GetObject'], resources: [REPORT_OBJECTS], reason: 'Reads the cost report.' }],
    ...overrides,
  }));
  const template = Template.fromStack(stack);
  return deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role'));
}

const CONFIGURATION_READS: Record<string, string[]> = {
  COST: ['ce:GetCostAndUsage', 'ce:GetSavingsPlansUtilization', 'cur:DescribeReportDefinitions', 'bcm-data-exports:ListExports',
    'organizations:ListAccounts', 'compute-optimizer:GetEC2InstanceRecommendations', 'cloudwatch:GetMetricData',
    'savingsplans:DescribeSavingsPlans', 'ec2:DescribeReservedInstances', 'ec2:DescribeInstances', 'rds:DescribeDBInstances', 'tag:GetResources'],
  SECURITY_AUDIT: ['iam:GetAccountAuthorizationDetails', 's3:GetBucketPolicy', 'ec2:DescribeSecurityGroups', 'cloudtrail:DescribeTrails',
    'kms:ListKeys', 'tag:GetTagValues', 's3:ListBucketVersions', 'account:ListRegions', 'ec2:GetEbsEncryptionByDefault', 'lambda:GetFunctionConfiguration'],
  INVENTORY: ['ec2:DescribeInstances', 's3:ListAllMyBuckets', 'lambda:ListFunctions', 'rds:DescribeDBClusters', 'tag:GetResources'],
};

const WRITES = ['iam:CreateUser', 'iam:AttachRolePolicy', 'iam:PassRole', 'sts:AssumeRole', 's3:PutObject', 's3:DeleteBucket', 's3:PutBucketPolicy',
  'ec2:RunInstances', 'ec2:TerminateInstances', 'ec2:CreateTags', 'lambda:UpdateFunctionCode', 'organizations:LeaveOrganization',
  'cloudtrail:StopLogging', 'kms:ScheduleKeyDeletion', 'dynamodb:PutItem', 'secretsmanager:PutSecretValue', 'cur:PutReportDefinition', 'ce:CreateCostCategoryDefinition'];

describe('ReadOnlyRole, evaluated by the IAM simulator', () => {
  describe('trust', () => {
    let role: DeployedRole;
    beforeAll(() => { role = deploy(PermissionProfile.COST); });

    test('the vendor role with the right external ID may assume the role', async () => {
      expect(await simulateAssumeRole(role, VENDOR_ROLE_ARN, EXTERNAL_ID)).toBe('Allowed');
    });

    test.each([
      ['a wrong external ID', VENDOR_ROLE_ARN, 'someone-elses-external-id'],
      ['no external ID', VENDOR_ROLE_ARN, undefined],
      ['an external ID differing only in case', VENDOR_ROLE_ARN, EXTERNAL_ID.toUpperCase()],
      ['another role of the vendor account', 'arn:aws:iam::111111111111:role/other', EXTERNAL_ID],
      ['the same role name in another account', 'arn:aws:iam::999999999999:role/vendor-reader', EXTERNAL_ID],
    ])('denies %s', async (_case, principal, externalId) => {
      expect(await simulateAssumeRole(role, principal, externalId)).toBe('ImplicitlyDenied');
    });

    test('an account trust narrowed by principal ARN patterns admits only matching roles', async () => {
      const accountRole = deploy(PermissionProfile.COST, {
        trustedPrincipal: TrustedPrincipal.account('111111111111', { principalArnPatterns: ['arn:aws:iam::111111111111:role/collector-*'] }),
      });
      expect(await simulateAssumeRole(accountRole, 'arn:aws:iam::111111111111:role/collector-eu', EXTERNAL_ID)).toBe('Allowed');
      expect(await simulateAssumeRole(accountRole, 'arn:aws:iam::111111111111:role/admin', EXTERNAL_ID)).toBe('ImplicitlyDenied');
      expect(await simulateAssumeRole(accountRole, 'arn:aws:iam::111111111111:role/collector-eu', 'wrong')).toBe('ImplicitlyDenied');
    });
  });

  describe.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('the %s profile', (name, profile) => {
    let role: DeployedRole;
    beforeAll(() => { role = deploy(profile as PermissionProfile); });

    test('allows its sample of configuration reads', async () => {
      for (const action of CONFIGURATION_READS[name as string]) {
        expect({ action, decision: await simulateRoleAction(role, action, await sampleResourceFor(action)) }).toEqual({ action, decision: 'Allowed' });
      }
    });

    test('explicitly denies every fifth action of the guardrail', async () => {
      const actions = DataAccessGuardrail.actions(profile as PermissionProfile);
      expect(actions.length).toBeGreaterThan(300);
      // The always-denied part is the same in every profile, and the Deny's patterns expand to exactly the
      // denied set (test/permissions/classification.test.ts).
      const sample = actions.filter((_action, index) => index % 5 === 0);
      const decisions = await Promise.all(sample.map(async (action) => [action, await decide(role, action)]));
      expect(decisions.filter(([, decision]) => decision !== 'ExplicitlyDenied')).toEqual([]);
    });

    test('allows data reads inside readableData only', async () => {
      expect(await simulateRoleAction(role, 's3:GetObject', 'arn:aws:s3:::acme-cost-reports/cur/2026-10/part-0.parquet')).toBe('Allowed');
      expect(await simulateRoleAction(role, 's3:GetObject', 'arn:aws:s3:::acme-cost-reports/private/payroll.csv')).toBe('ExplicitlyDenied');
      expect(await simulateRoleAction(role, 's3:GetObject', 'arn:aws:s3:::another-bucket/cur/x.parquet')).toBe('ExplicitlyDenied');
      expect(await simulateRoleAction(role, 's3:GetObjectVersion', 'arn:aws:s3:::another-bucket/cur/x.parquet')).toBe('ExplicitlyDenied');
    });

    test('allows no write', async () => {
      for (const action of WRITES) {
        expect({ action, decision: await simulateRoleAction(role, action, await sampleResourceFor(action)) }).not.toEqual({ action, decision: 'Allowed' });
      }
    });
  });

  describe.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('the %s profile, pinned and with secret-bearing configuration denied', (_name, profile) => {
    let role: DeployedRole;
    beforeAll(() => { role = deploy(profile as PermissionProfile, { pinnedPermissions: true, denySecretBearingConfiguration: true }); });

    test('decides the classified metadata reads of the AWS-managed policies as those policies do, without them', async () => {
      expect(role.identityPolicies.filter((policy) => policy.name.startsWith('aws-managed:'))).toEqual([]);
      const managed = deploy(profile as PermissionProfile, { denySecretBearingConfiguration: true });
      const classification = new ActionClassification();
      const metadata = [...new Set((profile as PermissionProfile).awsManagedPolicyNames.flatMap(managedPolicyActions))]
        .filter((action) => classification.classify(action).actionClass === ActionClass.METADATA);
      expect(metadata.length).toBeGreaterThan(1000);
      // That the pinned patterns match exactly these actions is proven for all of them by expansion
      // (test/permissions/classification.test.ts); the simulator checks every fortieth, and apigateway:GET,
      // whose AWS-managed grant is scoped to API paths.
      const sample = metadata.filter((action, index) => index % 40 === 0 || action === 'apigateway:GET');
      const differences: unknown[] = [];
      let allowed = 0;
      for (const action of sample) {
        const [pinned, aws] = [await decide(role, action), await decide(managed, action)];
        allowed += pinned === 'Allowed' ? 1 : 0;
        if (pinned !== aws) differences.push({ action, pinned, aws });
      }
      expect(differences).toEqual([]);
      // A few reads also need a resource policy (a KMS key policy), which the simulator does not grant.
      expect(allowed).toBeGreaterThan(sample.length * 0.9);
    });

    test('explicitly denies every denied class, secret-bearing configuration included (every tenth action, every other secret-bearing one)', async () => {
      const groups = DataAccessGuardrail.groups(profile as PermissionProfile, { denySecretBearingConfiguration: true });
      const isSecretBearing = (group: { actionClass: ActionClass }) => group.actionClass === ActionClass.SECRET_BEARING_CONFIGURATION;
      const secretBearing = groups.filter(isSecretBearing).flatMap((group) => group.actions);
      expect(secretBearing).toEqual(expect.arrayContaining(['lambda:ListFunctions', 'ecs:DescribeTaskDefinition', 'cloudformation:DescribeStacks']));
      const others = groups.filter((group) => group.actionClass !== ActionClass.SECRET_BEARING_CONFIGURATION).flatMap((group) => group.actions);
      const actions = [...secretBearing.filter((_action, index) => index % 2 === 0), ...others.filter((_action, index) => index % 10 === 0)];
      const decisions = await Promise.all(actions.map(async (action) => [action, await decide(role, action)]));
      expect(decisions.filter(([, decision]) => decision !== 'ExplicitlyDenied')).toEqual([]);
    });
  });

  describe('with a region scope', () => {
    let role: DeployedRole;
    beforeAll(() => { role = deploy(PermissionProfile.COST, { allowedRegions: ['eu-west-1', 'eu-central-1'] }); });
    const inRegion = (region: string) => ({ 'aws:RequestedRegion': region });

    test('allows regional reads in an allowed Region and explicitly denies them in another', async () => {
      for (const action of ['ec2:DescribeInstances', 'rds:DescribeDBInstances', 'compute-optimizer:GetEC2InstanceRecommendations', 'cloudwatch:GetMetricData']) {
        const resource = await sampleResourceFor(action);
        expect([action, await simulateRoleAction(role, action, resource, inRegion('eu-west-1'))]).toEqual([action, 'Allowed']);
        expect([action, await simulateRoleAction(role, action, resource, inRegion('us-west-2'))]).toEqual([action, 'ExplicitlyDenied']);
      }
    });

    test('keeps global services and the cost profile\'s billing reads working', async () => {
      for (const action of ['iam:ListRoles', 'organizations:ListAccounts', 'ce:GetCostAndUsage', 'cur:DescribeReportDefinitions',
        'bcm-data-exports:ListExports', 'billing:ListBillingViews', 'savingsplans:DescribeSavingsPlans', 's3:ListAllMyBuckets', 'ec2:DescribeRegions', 'pricing:GetProducts']) {
        expect([action, await simulateRoleAction(role, action, await sampleResourceFor(action), inRegion('us-east-1'))]).toEqual([action, 'Allowed']);
      }
      expect(await simulateRoleAction(role, 's3:GetObject', 'arn:aws:s3:::acme-cost-reports/cur/2026-10/part-0.parquet', inRegion('us-east-1'))).toBe('Allowed');
    });

    test('limits S3 reads to the allowed Regions, and in the role\'s own Region to the report bucket', async () => {
      expect(await simulateRoleAction(role, 's3:ListBucket', 'arn:aws:s3:::acme-cost-reports', inRegion('us-east-1'))).toBe('Allowed');
      expect(await simulateRoleAction(role, 's3:ListBucket', 'arn:aws:s3:::tokyo-bucket', inRegion('ap-northeast-1'))).toBe('ExplicitlyDenied');
      // In the role's own Region, outside the allowed ones, only the named data: another bucket stays out.
      expect(await simulateRoleAction(role, 's3:ListBucket', 'arn:aws:s3:::another-team-bucket', inRegion('us-east-1'))).toBe('ExplicitlyDenied');
      // A bucket's Region is an account-level read of the global endpoint: the region scope does not deny it.
      expect(await simulateRoleAction(role, 's3:GetBucketLocation', 'arn:aws:s3:::another-team-bucket', inRegion('us-east-1'))).not.toBe('ExplicitlyDenied');
      expect(await simulateRoleAction(role, 's3:GetObject', 'arn:aws:s3:::acme-cost-reports/cur/2026-10/part-0.parquet', inRegion('ap-northeast-1')))
        .toBe('ExplicitlyDenied');
    });

    test('a bucket\'s own settings are read in the bucket\'s Region, which the scope holds to; the account\'s in the global endpoint', async () => {
      for (const action of ['s3:GetBucketPolicyStatus', 's3:GetBucketPublicAccessBlock']) {
        expect([action, await simulateRoleAction(role, action, 'arn:aws:s3:::tokyo-bucket', inRegion('ap-northeast-1'))]).toEqual([action, 'ExplicitlyDenied']);
        // The profile decides in an allowed Region; the scope denies nothing there.
        expect([action, await simulateRoleAction(role, action, 'arn:aws:s3:::dublin-bucket', inRegion('eu-west-1'))]).not.toEqual([action, 'ExplicitlyDenied']);
      }
      expect(await simulateRoleAction(role, 's3:GetAccountPublicAccessBlock', '*', inRegion('us-east-1'))).not.toBe('ExplicitlyDenied');
    });

    test('WAFv2 in us-east-1: the CLOUDFRONT scope is read, a REGIONAL web ACL is not, and the List calls that name no resource list both', async () => {
      const webAcl = (scope: string) => `arn:aws:wafv2:us-east-1:333333333333:${scope}/webacl/acl/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d`;
      // The scope denies nothing of the CLOUDFRONT scope in us-east-1 (the profile decides), and a REGIONAL web ACL there.
      expect(await simulateRoleAction(role, 'wafv2:GetWebACL', webAcl('global'), inRegion('us-east-1'))).not.toBe('ExplicitlyDenied');
      expect(await simulateRoleAction(role, 'wafv2:GetWebACL', webAcl('regional'), inRegion('us-east-1'))).toBe('ExplicitlyDenied');
      for (const action of FIXED_SCOPE_REGION_ACTIONS[0].unscopedReads) {
        expect([action, await simulateRoleAction(role, action, '*', inRegion('us-east-1'))]).not.toEqual([action, 'ExplicitlyDenied']);
        expect([action, await simulateRoleAction(role, action, '*', inRegion('us-west-2'))]).toEqual([action, 'ExplicitlyDenied']);
      }
    });

    test('the data-access guardrail still holds inside the allowed Regions', async () => {
      for (const action of ['dynamodb:GetItem', 'secretsmanager:GetSecretValue', 'logs:GetLogEvents', 's3:GetObject']) {
        const resource = action === 's3:GetObject' ? 'arn:aws:s3:::customer-data/x.csv' : await sampleResourceFor(action, { accountId: '333333333333', region: 'eu-west-1' });
        expect([action, await simulateRoleAction(role, action, resource, inRegion('eu-west-1'))]).toEqual([action, 'ExplicitlyDenied']);
      }
    });
  });
});
