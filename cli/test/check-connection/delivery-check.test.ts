import { BCMDataExportsClient, ListExportsCommand } from '@aws-sdk/client-bcm-data-exports';
import { CloudFormationClient, GetTemplateCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetAccountSummaryCommand, IAMClient, ListRolesCommand } from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { checkDelivery, parseDeliveries, ReportDelivery } from '../../src/check-connection/delivery-check';
import { runCli } from '../support/run-cli';

const s3 = mockClient(S3Client);
const bcm = mockClient(BCMDataExportsClient);
const clients = { s3: new S3Client({ region: 'us-east-1' }), bcmDataExports: new BCMDataExportsClient({ region: 'us-east-1' }) };
const CUR2: ReportDelivery = { bucket: 'customer-cost-reports', prefix: 'cur2', name: 'onboarding-cur2' };
const NOW = new Date('2026-12-07T12:00:00Z');
const EXPORT_ARN = 'arn:aws:bcm-data-exports:us-east-1:333333333333:export/onboarding-cur2-6f0a1c9e-3b7d-4e2a-9c51-0d8e7f6a5b4c';

function exportCreated(hoursAgo: number, arn = EXPORT_ARN, status: { StatusCode?: 'HEALTHY' | 'UNHEALTHY'; StatusReason?: any } = { StatusCode: 'HEALTHY' }) {
  bcm.on(ListExportsCommand).resolves({
    Exports: [{ ExportArn: arn, ExportName: 'onboarding-cur2', ExportStatus: { CreatedAt: new Date(NOW.getTime() - hoursAgo * 3_600_000), ...status } }],
  });
}

beforeEach(() => {
  s3.reset();
  bcm.reset();
});

describe('checkDelivery', () => {
  test('passes with the newest report file when one has landed, listing the export\'s own prefix', async () => {
    exportCreated(30);
    s3.on(ListObjectsV2Command).resolves({
      Contents: [
        { Key: 'cur2/onboarding-cur2/data/BILLING_PERIOD=2026-12/onboarding-cur2-00001.snappy.parquet', LastModified: new Date('2026-12-07T04:00:00Z') },
        { Key: 'cur2/onboarding-cur2/metadata/BILLING_PERIOD=2026-12/onboarding-cur2-Manifest.json', LastModified: new Date('2026-12-07T04:01:00Z') },
      ],
    });
    const results = await checkDelivery(clients, { deliveries: [CUR2], now: NOW });
    expect(s3.commandCalls(ListObjectsV2Command)[0].args[0].input).toMatchObject({ Bucket: 'customer-cost-reports', Prefix: 'cur2/onboarding-cur2/' });
    expect(results[0]).toEqual({
      check: 'delivery cur2/onboarding-cur2',
      status: 'PASS',
      detail: '2 files, the newest cur2/onboarding-cur2/metadata/BILLING_PERIOD=2026-12/onboarding-cur2-Manifest.json at 2026-12-07T04:01:00.000Z',
    });
  });

  test('passes with the time the first report is due when the export is younger than 24 hours', async () => {
    exportCreated(5);
    s3.on(ListObjectsV2Command).resolves({ Contents: [] });
    const [result] = await checkDelivery(clients, { deliveries: [CUR2], now: NOW });
    expect(result.status).toBe('PASS');
    expect(result.detail).toContain('no report yet: the export was created at 2026-12-07T07:00:00.000Z, the first report is due by 2026-12-08T07:00:00.000Z');
    expect(result.detail).toContain('cdk-account-onboarding backfill-request');
  });

  test('fails after 24 hours without a report, with what to check and the backfill for history', async () => {
    exportCreated(30);
    s3.on(ListObjectsV2Command).resolves({});
    const [result] = await checkDelivery(clients, { deliveries: [CUR2], now: NOW });
    expect(result).toMatchObject({ status: 'FAIL', detail: 'no report under s3://customer-cost-reports/cur2/onboarding-cur2/, 30 hours after the export was created; the export is HEALTHY' });
    expect(result.fix).toMatch(/more than 24 hours without a report: .*backfill-request/);
  });

  test('an unhealthy export without permission points to the bucket policy', async () => {
    exportCreated(2, EXPORT_ARN, { StatusCode: 'UNHEALTHY', StatusReason: 'INSUFFICIENT_PERMISSION' });
    s3.on(ListObjectsV2Command).resolves({});
    const [result] = await checkDelivery(clients, { deliveries: [CUR2], now: NOW });
    expect(result).toMatchObject({ status: 'FAIL', detail: expect.stringContaining('the export is UNHEALTHY (INSUFFICIENT_PERMISSION)') });
    expect(result.fix).toContain('compare its ARN with the bucket policy\'s aws:SourceArn');
  });

  test('the export ARN check passes for export/<name>-<UUID> and names a mismatch with its fix', async () => {
    exportCreated(30);
    s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'cur2/onboarding-cur2/x', LastModified: NOW }] });
    expect((await checkDelivery(clients, { deliveries: [CUR2], now: NOW }))[1]).toMatchObject({ check: 'export ARN onboarding-cur2', status: 'PASS' });

    for (const other of ['arn:aws:bcm-data-exports:us-east-1:333333333333:export/onboarding-cur2', 'arn:aws:bcm-data-exports:us-east-1:333333333333:export/onboarding-cur2-1234']) {
      exportCreated(30, other);
      const result = (await checkDelivery(clients, { deliveries: [CUR2], now: NOW }))[1];
      expect(result).toMatchObject({ status: 'FAIL', detail: `${other} does not have the form the bucket policy admits (aws:SourceArn ArnLike ...:export/onboarding-cur2-<UUID>): the export cannot write, so no report will arrive` });
      expect(result.fix).toContain(`the customer adds ${other} to the aws:SourceArn condition`);
    }
  });

  test('names a failed listing and a failed ListExports, without throwing', async () => {
    bcm.on(ListExportsCommand).rejects(Object.assign(new Error('not authorized to perform: bcm-data-exports:ListExports'), { name: 'AccessDeniedException', $metadata: {} }));
    s3.on(ListObjectsV2Command).rejects(Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: {} }));
    const results = await checkDelivery(clients, { deliveries: [CUR2], now: NOW });
    expect(results.map((result) => [result.check, result.status])).toEqual([['delivery cur2/onboarding-cur2', 'FAIL'], ['export ARNs', 'FAIL']]);
  });

  test('reads the CostReportDeliveries output', () => {
    expect(parseDeliveries('s3://b/cur2/onboarding-cur2/,s3://b/a/b/focus/'))
      .toEqual([{ bucket: 'b', prefix: 'cur2', name: 'onboarding-cur2' }, { bucket: 'b', prefix: 'a/b', name: 'focus' }]);
    expect(() => parseDeliveries('b/cur2')).toThrow("a delivery must be s3://<bucket>/<prefix>/<name>/ (the CostReportDeliveries output), got 'b/cur2'");
  });
});

describe('check-connection --deliveries', () => {
  const sts = mockClient(STSClient);
  const iam = mockClient(IAMClient);
  const cloudFormation = mockClient(CloudFormationClient);
  const organizations = mockClient(OrganizationsClient);
  const SESSION = 'arn:aws:sts::333333333333:assumed-role/Reader/cdk-account-onboarding-check-connection';

  test('runs the delivery checks with the role\'s credentials after the connection checks', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: { AccessKeyId: 'ASIA', SecretAccessKey: 's', SessionToken: 't', Expiration: NOW }, AssumedRoleUser: { Arn: SESSION, AssumedRoleId: 'AROA:s' } });
    sts.on(GetCallerIdentityCommand).resolves({ Account: '333333333333', Arn: SESSION });
    iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: {} });
    iam.on(ListRolesCommand).resolves({ Roles: [] });
    cloudFormation.on(ListStacksCommand).resolves({});
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abcdefghij' } });
    cloudFormation.on(GetTemplateCommand).rejects(Object.assign(new Error(`User: ${SESSION} is not authorized to perform: cloudformation:GetTemplate with an explicit deny in an identity-based policy`), { name: 'AccessDenied', $metadata: {} }));
    exportCreated(30);
    s3.on(ListObjectsV2Command).resolves({});
    const config = { region: 'us-east-1' };
    const run = await runCli(['check-connection', '--role-arn', 'arn:aws:iam::333333333333:role/Reader', '--external-id', 'tenant-42',
      '--deliveries', 's3://customer-cost-reports/cur2/onboarding-cur2/'], {
      now: NOW,
      clients: {
        sts: new STSClient(config),
        withCredentials: () => ({
          sts: new STSClient(config),
          iam: new IAMClient(config),
          cloudFormation: new CloudFormationClient(config),
          organizations: new OrganizationsClient(config),
          s3: new S3Client(config),
          bcmDataExports: new BCMDataExportsClient(config),
        }),
      },
    });
    expect(run.out).toMatch(/delivery cur2\/onboarding-cur2 .*FAIL|FAIL.*delivery cur2\/onboarding-cur2/);
    expect(run.out).toContain('backfill-request');
    expect(run.out).toMatch(/export ARN onboarding-cur2/);
    expect(run.code).not.toBe(0);
  });

  test('refuses a malformed --deliveries before calling AWS', async () => {
    sts.reset();
    const run = await runCli(['check-connection', '--role-arn', 'arn:aws:iam::333333333333:role/Reader', '--external-id', 'tenant-42', '--deliveries', 'cur2'],
      { clients: { sts: new STSClient({ region: 'us-east-1' }), withCredentials: () => ({}) } });
    expect(run.err).toContain("--deliveries: a delivery must be s3://<bucket>/<prefix>/<name>/ (the CostReportDeliveries output), got 'cur2'");
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0);
  });
});
