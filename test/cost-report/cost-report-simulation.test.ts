import { App, CfnParameter, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CostExport } from '../../src/cost-report/cost-export';
import { CostReport } from '../../src/cost-report/cost-report';
import { ReadOnlyRole } from '../../src/role/read-only-role';
import {
  CUSTOMER, DeployedRole, deployedBucketPolicy, deployedRole, simulate, simulateRoleActionWithResourcePolicy, simulateServiceAction, statementsFor,
} from '../support/simulator';
import { logicalIdOf, roleProps } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const ACCOUNT = CUSTOMER.accountId;
const OTHER_ACCOUNT = '444444444444';
const DATA_EXPORTS = 'bcm-data-exports.amazonaws.com';
const BILLING_REPORTS = 'billingreports.amazonaws.com';
const EXPORT_ARN = `arn:aws:bcm-data-exports:us-east-1:${ACCOUNT}:export/onboarding-cur2-6f0a1c9e-3b7d-4e2a-9c51-0d8e7f6a5b4c`;
const REPORT_ARN = `arn:aws:cur:us-east-1:${ACCOUNT}:definition/onboarding-cur`;
const TLS = { 'aws:SecureTransport': 'true' };

/** What a delivering service sends along with its request. */
function source(account: string, arn: string): Record<string, string> {
  return { 'aws:SourceAccount': account, 'aws:SourceArn': arn, ...TLS };
}

function synthesize(exports: CostExport[]): { template: any; bucket: string; role: DeployedRole } {
  const app = new App();
  const stack = new Stack(app, 'Customer', { env: { account: ACCOUNT, region: 'us-east-1' } });
  const report = new CostReport(stack, 'CostReport', { exports, bucketName: 'customer-cost-reports' });
  const role = new ReadOnlyRole(stack, 'VendorRole', roleProps());
  report.grantRead(role);
  const template = Template.fromStack(stack);
  return {
    template: template.toJSON(),
    bucket: logicalIdOf(template, 'AWS::S3::Bucket'),
    role: deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role')),
  };
}

describe('CostReport under the IAM simulator', () => {
  const BUCKET_ARN = 'arn:aws:s3:::customer-cost-reports';
  const OBJECT = `${BUCKET_ARN}/cur2/onboarding-cur2/data/BILLING_PERIOD=2026-01/onboarding-cur2-00001.snappy.parquet`;

  describe('the bucket policy, with CUR 2.0, FOCUS and the legacy report', () => {
    let policy: any;
    beforeAll(() => {
      const { template, bucket } = synthesize([CostExport.cur2(), CostExport.focus(), CostExport.legacyCur()]);
      policy = deployedBucketPolicy(template, bucket);
    });

    test('lets Data Exports check the bucket and write objects for this account\'s exports', async () => {
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy, source(ACCOUNT, EXPORT_ARN))).toBe('Allowed');
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:GetBucketPolicy', BUCKET_ARN, policy, source(ACCOUNT, EXPORT_ARN))).toBe('Allowed');
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:GetBucketAcl', BUCKET_ARN, policy, source(ACCOUNT, EXPORT_ARN))).toBe('Allowed');
    });

    test('lets the legacy report service write for this account\'s report definitions', async () => {
      expect(await simulateServiceAction(BILLING_REPORTS, 's3:PutObject', `${BUCKET_ARN}/cur/onboarding-cur/20260101-20260201/x.parquet`, policy, source(ACCOUNT, REPORT_ARN))).toBe('Allowed');
      expect(await simulateServiceAction(BILLING_REPORTS, 's3:GetBucketAcl', BUCKET_ARN, policy, source(ACCOUNT, REPORT_ARN))).toBe('Allowed');
    });

    test('denies delivery on behalf of another account', async () => {
      const otherExport = EXPORT_ARN.replace(ACCOUNT, OTHER_ACCOUNT);
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy, source(OTHER_ACCOUNT, otherExport))).toBe('ImplicitlyDenied');
      // A confused deputy: the right account claimed, but an export of another account.
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy, source(ACCOUNT, otherExport))).toBe('ImplicitlyDenied');
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy, { 'aws:SourceArn': EXPORT_ARN, ...TLS })).toBe('ImplicitlyDenied');
    });

    test('denies delivery by another export of the same account, and by an export outside its own prefix', async () => {
      const otherExport = `arn:aws:bcm-data-exports:us-east-1:${ACCOUNT}:export/team-finance-export-0d8e7f6a`;
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy, source(ACCOUNT, otherExport))).toBe('ImplicitlyDenied');
      // An export whose name only starts with the report's.
      const lookalike = `arn:aws:bcm-data-exports:us-east-1:${ACCOUNT}:export/onboarding-cur2-copy-6f0a1c9e-3b7d-4e2a-9c51-0d8e7f6a5b4c`;
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy, source(ACCOUNT, lookalike))).toBe('ImplicitlyDenied');
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', `${BUCKET_ARN}/focus/onboarding-cur2/x.parquet`, policy, source(ACCOUNT, EXPORT_ARN))).toBe('ImplicitlyDenied');
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', `${BUCKET_ARN}/elsewhere.txt`, policy, source(ACCOUNT, EXPORT_ARN))).toBe('ImplicitlyDenied');
      expect(await simulateServiceAction(BILLING_REPORTS, 's3:PutObject', `${BUCKET_ARN}/cur2/x.parquet`, policy, source(ACCOUNT, REPORT_ARN))).toBe('ImplicitlyDenied');
    });

    test('denies delivery for a source that is neither an export nor a report definition', async () => {
      const other = `arn:aws:s3:us-east-1:${ACCOUNT}:accesspoint/export/x`;
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy, source(ACCOUNT, other))).toBe('ImplicitlyDenied');
    });

    test('gives the billing services nothing beyond delivery', async () => {
      for (const action of ['s3:GetObject', 's3:DeleteObject', 's3:PutBucketPolicy', 's3:ListBucket']) {
        const resource = action === 's3:PutBucketPolicy' || action === 's3:ListBucket' ? BUCKET_ARN : OBJECT;
        expect([action, await simulateServiceAction(DATA_EXPORTS, action, resource, policy, source(ACCOUNT, EXPORT_ARN))])
          .toEqual([action, 'ImplicitlyDenied']);
      }
      expect(await simulateServiceAction('logging.s3.amazonaws.com', 's3:PutObject', OBJECT, policy, source(ACCOUNT, EXPORT_ARN))).toBe('ImplicitlyDenied');
    });

    test('denies delivery without TLS', async () => {
      expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy,
        { ...source(ACCOUNT, EXPORT_ARN), 'aws:SecureTransport': 'false' })).toBe('ExplicitlyDenied');
    });
  });

  test('trusts only the Data Exports service when there is no legacy report', async () => {
    const { template, bucket } = synthesize([CostExport.cur2()]);
    const policy = deployedBucketPolicy(template, bucket);
    expect(await simulateServiceAction(DATA_EXPORTS, 's3:PutObject', OBJECT, policy, source(ACCOUNT, EXPORT_ARN))).toBe('Allowed');
    expect(await simulateServiceAction(BILLING_REPORTS, 's3:PutObject', OBJECT, policy, source(ACCOUNT, REPORT_ARN))).toBe('ImplicitlyDenied');
  });

  describe('the vendor role, wired with grantRead', () => {
    let role: DeployedRole;
    let policy: any;
    let ownGrants: DeployedRole;
    beforeAll(() => {
      const synthesized = synthesize([CostExport.cur2(), CostExport.focus()]);
      role = synthesized.role;
      policy = deployedBucketPolicy(synthesized.template, synthesized.bucket);
      // The role without its AWS-managed policies: what grantRead and the guardrail decide alone.
      ownGrants = { ...role, identityPolicies: role.identityPolicies.filter((p) => !p.name.startsWith('aws-managed:')) };
    });

    const read = (r: DeployedRole, action: string, resource: string, context: Record<string, string> = {}) =>
      simulateRoleActionWithResourcePolicy(r, action, resource, policy, { ...TLS, ...context });

    test('reads objects under every report prefix', async () => {
      expect(await read(role, 's3:GetObject', OBJECT)).toBe('Allowed');
      expect(await read(role, 's3:GetObject', `${BUCKET_ARN}/focus/onboarding-focus/metadata/BILLING_PERIOD=2026-01/onboarding-focus-Manifest.json`)).toBe('Allowed');
    });

    test('is denied objects outside the report prefixes, even ones that share their start', async () => {
      for (const key of ['other/file.csv', 'cur2', 'cur2-old/x.parquet', 'focusx/y.parquet', 'x/cur2/y.parquet']) {
        expect([key, await read(role, 's3:GetObject', `${BUCKET_ARN}/${key}`)]).toEqual([key, 'ExplicitlyDenied']);
      }
    });

    test('reads current objects only: no earlier versions, even under the prefixes', async () => {
      expect(await read(role, 's3:GetObjectVersion', OBJECT)).toBe('ImplicitlyDenied');
    });

    test('is denied objects in other buckets, under the same prefixes', async () => {
      expect(await simulateRoleActionWithResourcePolicy(role, 's3:GetObject', 'arn:aws:s3:::other-bucket/cur2/onboarding-cur2/data/x.parquet', undefined, TLS))
        .toBe('ExplicitlyDenied');
    });

    test('is denied without TLS by the bucket policy', async () => {
      expect(await read(role, 's3:GetObject', OBJECT, { 'aws:SecureTransport': 'false' })).toBe('ExplicitlyDenied');
    });

    test('the grant lists the bucket only under the report prefixes, and finds the bucket\'s region', async () => {
      expect(await read(ownGrants, 's3:ListBucket', BUCKET_ARN, { 's3:prefix': 'cur2/' })).toBe('Allowed');
      expect(await read(ownGrants, 's3:ListBucket', BUCKET_ARN, { 's3:prefix': 'focus/onboarding-focus/data/' })).toBe('Allowed');
      expect(await read(ownGrants, 's3:ListBucket', BUCKET_ARN, { 's3:prefix': 'other/' })).toBe('ExplicitlyDenied');
      expect(await read(ownGrants, 's3:ListBucket', BUCKET_ARN, { 's3:prefix': 'cur2' })).toBe('ExplicitlyDenied');
      expect(await read(ownGrants, 's3:ListBucket', BUCKET_ARN)).toBe('ExplicitlyDenied');
      expect(await simulateRoleActionWithResourcePolicy(ownGrants, 's3:ListBucket', 'arn:aws:s3:::other-bucket', undefined, { ...TLS, 's3:prefix': 'cur2/' }))
        .toBe('ImplicitlyDenied');
      expect(await read(ownGrants, 's3:GetBucketLocation', BUCKET_ARN)).toBe('Allowed');
    });

    test('the whole role, AWS-managed listing included, lists the report bucket only under the report prefixes', async () => {
      expect(await read(role, 's3:ListBucket', BUCKET_ARN, { 's3:prefix': 'cur2/onboarding-cur2/' })).toBe('Allowed');
      for (const action of ['s3:ListBucket', 's3:ListBucketVersions']) {
        expect([action, await read(role, action, BUCKET_ARN, { 's3:prefix': 'other/' })]).toEqual([action, 'ExplicitlyDenied']);
        expect([action, await read(role, action, BUCKET_ARN)]).toEqual([action, 'ExplicitlyDenied']);
      }
    });

    test('the grant writes nothing', async () => {
      for (const action of ['s3:PutObject', 's3:DeleteObject', 's3:PutBucketPolicy']) {
        const resource = action === 's3:PutBucketPolicy' ? BUCKET_ARN : OBJECT;
        expect([action, await read(ownGrants, action, resource)]).toEqual([action, 'ImplicitlyDenied']);
      }
    });
  });
});

describe('a vendor role in another stack of another Region or account, wired with grantRead', () => {
  /** The report in us-east-1 of the customer's account, the role where the test puts it; both synthesized. */
  function synthesizeApart(roleEnv: { account: string; region: string }, roleOverrides = {}) {
    const app = new App();
    const billing = new Stack(app, 'Billing', { env: { account: ACCOUNT, region: 'us-east-1' } });
    const security = new Stack(app, 'Security', { env: roleEnv });
    // No bucket name: CDK names the bucket because a role elsewhere refers to it.
    const report = new CostReport(billing, 'CostReport', { exports: [CostExport.cur2({ name: 'reports', prefix: 'cur2' })] });
    const role = new ReadOnlyRole(security, 'VendorRole', roleProps(roleOverrides));
    report.grantRead(role);
    const billingTemplate = Template.fromStack(billing);
    const securityTemplate = Template.fromStack(security);
    const bucketName = Object.values<any>(billingTemplate.findResources('AWS::S3::Bucket'))[0].Properties.BucketName;
    return {
      bucketName,
      bucketPolicy: deployedBucketPolicy(billingTemplate.toJSON(), logicalIdOf(billingTemplate, 'AWS::S3::Bucket')),
      role: deployedRole(securityTemplate.toJSON(), logicalIdOf(securityTemplate, 'AWS::IAM::Role'), { accountId: roleEnv.account, region: roleEnv.region }),
    };
  }

  test('a role scoped to its own Region reads the report in the bucket\'s Region, and no other bucket there', async () => {
    const { bucketName, bucketPolicy, role } = synthesizeApart({ account: ACCOUNT, region: 'eu-west-1' }, { allowedRegions: ['eu-west-1'] });
    expect(typeof bucketName).toBe('string');
    const inUsEast1 = { 'aws:RequestedRegion': 'us-east-1', ...TLS };
    const read = (action: string, resource: string) => simulateRoleActionWithResourcePolicy(role, action, resource, bucketPolicy, inUsEast1);
    expect(await read('s3:GetObject', `arn:aws:s3:::${bucketName}/cur2/reports/data/part-0.parquet`)).toBe('Allowed');
    expect(await simulateRoleActionWithResourcePolicy(role, 's3:ListBucket', `arn:aws:s3:::${bucketName}`, bucketPolicy,
      { ...inUsEast1, 's3:prefix': 'cur2/reports/' })).toBe('Allowed');
    // The bucket's Region is the role's home Region for the named data only.
    expect(await simulateRoleActionWithResourcePolicy(role, 's3:ListBucket', 'arn:aws:s3:::another-team-bucket', undefined, inUsEast1)).toBe('ExplicitlyDenied');
    expect(await simulateRoleActionWithResourcePolicy(role, 'ec2:DescribeInstances', '*', undefined, inUsEast1)).toBe('ExplicitlyDenied');
  });

  test('a role of another account reads the report prefixes, which the bucket policy allows it, and nothing else in the bucket', async () => {
    const { bucketName, bucketPolicy, role } = synthesizeApart({ account: OTHER_ACCOUNT, region: 'us-east-1' });
    const read = (resource: string) => simulate({
      principal: `arn:aws:sts::${OTHER_ACCOUNT}:assumed-role/${role.arn.split('/').pop()}/vendor-session`,
      action: 's3:GetObject',
      resource,
      resourceAccount: ACCOUNT,
      identityPolicies: statementsFor(role.identityPolicies, 's3:GetObject'),
      resourcePolicy: bucketPolicy,
      context: { 'aws:RequestedRegion': 'us-east-1', ...TLS },
    });
    expect(await read(`arn:aws:s3:::${bucketName}/cur2/reports/data/part-0.parquet`)).toBe('Allowed');
    expect(await read(`arn:aws:s3:::${bucketName}/elsewhere/object`)).not.toBe('Allowed');
  });

  test('a role of another account and a bucket passed in, whose policy the stack does not manage, fail synthesis', () => {
    const app = new App();
    const billing = new Stack(app, 'Billing', { env: { account: ACCOUNT, region: 'us-east-1' } });
    const security = new Stack(app, 'Security', { env: { account: OTHER_ACCOUNT, region: 'us-east-1' } });
    const bucket = s3.Bucket.fromBucketName(billing, 'Existing', 'customer-billing');
    const report = new CostReport(billing, 'CostReport', { exports: [CostExport.cur2({ name: 'reports', prefix: 'cur2' })], bucket });
    const role = new ReadOnlyRole(security, 'VendorRole', roleProps());
    expect(() => report.grantRead(role)).toThrow(/grantRead role must be in the report bucket's account 333333333333, got a role of account 444444444444/);
  });
});

test('grantRead warns when the report\'s Region is unknown at synth time (a stack without env), as a role with a Region scope does for its data', () => {
  const app = new App();
  const billing = new Stack(app, 'Billing');
  const security = new Stack(app, 'Security');
  const report = new CostReport(billing, 'CostReport', { exports: [CostExport.cur2({ name: 'reports', prefix: 'cur2' })], bucketName: 'customer-billing' });
  const role = new ReadOnlyRole(security, 'VendorRole', roleProps({ allowedRegions: ['eu-west-1'] }));
  report.grantRead(role);
  const warnings = Annotations.fromStack(billing).findWarning('*', Match.stringLikeRegexp('report bucket\'s Region is not known at synth time'));
  expect(warnings).toHaveLength(1);
  // The role, given a data Region it cannot know, says the same for its own grants.
  const region = new CfnParameter(security, 'DataRegion');
  role.addReadableData({ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::customer-data/shared/*'], reason: 'Shared data.' }, { dataRegion: region.valueAsString });
  expect(Annotations.fromStack(security).findWarning('*', Match.stringLikeRegexp('Region of the readable data .* is not known at synth time'))).toHaveLength(1);
});
