import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { publishExample } from '../../../test/support/published';
import { withoutTemplateValidator } from '../../../test/support/validator';
import { runCli } from '../support/run-cli';

withoutTemplateValidator();

const NOW = new Date('2026-11-25T12:00:00Z');

describe('cdk-account-onboarding backfill-request', () => {
  let work: string;
  let templateFile: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'backfill-'));
    templateFile = path.join(work, 'template.json');
    fs.writeFileSync(templateFile, JSON.stringify(publishExample().publication.template));
  });
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
    return runCli(['backfill-request', ...args], { now: NOW });
  }


  test('names every report, its prefix and the period from the published template', async () => {
    const { code, out } = await run(['--template', templateFile, '--from', '2026-01', '--to', '2026-10']);
    expect(code).toBe(0);
    expect(out).toContain('for the billing periods 2026-01 to 2026-10 (10 months)');
    expect(out).toContain('"example-cloud-costs-cur2", delivered to s3://<your report bucket: the CostReportBucketName output>/cur2/example-cloud-costs-cur2/');
    expect(out).toContain('"example-cloud-costs-focus"');
    expect(out).toContain('cur2/example-cloud-costs-cur2/data/BILLING_PERIOD=YYYY-MM/');
  });

  test('fills in the bucket and the account from a deployed stack\'s outputs', async () => {
    const outputsFile = path.join(work, 'outputs.json');
    fs.writeFileSync(outputsFile, JSON.stringify({
      Stacks: [{
        Outputs: [
          { OutputKey: 'RoleArn', OutputValue: 'arn:aws:iam::444455556666:role/ExampleCloudCostsReadOnlyRole' },
          { OutputKey: 'CostReportBucketName', OutputValue: 'acme-reports-bucket' },
          { OutputKey: 'CostReportDeliveries', OutputValue: 's3://acme-reports-bucket/cur2/example-cloud-costs-cur2/,s3://acme-reports-bucket/focus/example-cloud-costs-focus/' },
        ],
      }],
    }));
    const withTemplate = await run(['--template', templateFile, '--outputs', outputsFile, '--from', '2025-11', '--to', '2026-10']);
    expect(withTemplate.out).toContain('of account 444455556666');
    expect(withTemplate.out).toContain('delivered to s3://acme-reports-bucket/cur2/example-cloud-costs-cur2/');
    const outputsOnly = await run(['--outputs', outputsFile, '--from', '2026-10', '--to', '2026-10']);
    expect(outputsOnly.code).toBe(0);
    expect(outputsOnly.out).toContain('(1 month)');
    expect(outputsOnly.out).toContain('"example-cloud-costs-focus", delivered to s3://acme-reports-bucket/focus/example-cloud-costs-focus/');
  });

  test.each([
    ['an unknown period', ['--from', '2026-13', '--to', '2026-10'], /--from must be a billing period YYYY-MM such as 2026-01, got '2026-13'/],
    ['a reversed period', ['--from', '2026-10', '--to', '2026-01'], /--from must not be after --to, got 2026-10 after 2026-01/],
    ['a future period', ['--from', '2026-01', '--to', '2027-01'], /--to must not be after the current billing period 2026-11, got '2027-01'/],
  ])('refuses %s as a usage error, in one line', async (_case, period, expected) => {
    const { code, err } = await run(['--template', templateFile, ...period]);
    expect(code).toBe(2);
    expect(err).toMatch(expected);
    expect(err).not.toContain('\n');
  });

  test('fails on a template without a cost report, and on a file that is not a template', async () => {
    const noReport = path.join(work, 'no-report.json');
    fs.writeFileSync(noReport, JSON.stringify({ Resources: { Role: { Type: 'AWS::IAM::Role', Properties: {} } } }));
    const a = await run(['--template', noReport, '--from', '2026-01', '--to', '2026-02']);
    expect([a.code, a.err]).toEqual([1, expect.stringMatching(/the template has no cost report/)]);
    const notTemplate = path.join(work, 'list.json');
    fs.writeFileSync(notTemplate, '[1, 2]');
    const b = await run(['--template', notTemplate, '--from', '2026-01', '--to', '2026-02']);
    expect([b.code, b.err]).toEqual([1, expect.stringMatching(/is not a CloudFormation template/)]);
    const c = await run(['--from', '2026-01', '--to', '2026-02']);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/give --template or --outputs/);
  });
});
