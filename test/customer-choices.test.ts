import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { ExternalId, OnboardingStack, PermissionProfile, TrustedPrincipal } from '../src';
import { fileOf, publishExample } from './support/published';
import { deployedRole, simulateRoleAction } from './support/simulator';
import { withoutTemplateValidator } from './support/validator';
import { backfillRequestCommand } from '../src/cli/backfill-request';
import { resolveIntrinsics } from '../src/private/resolve-intrinsics';
import { OnboardingPublication } from '../src/publish/onboarding-publication';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

const NOW = new Date('2026-11-25T12:00:00Z');

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

  test('writes the update link next to the quick-create link, with the CLI equivalent keeping every parameter', () => {
    const url = new URL(publication.updateUrl('ExampleCloudCostsReadOnly'));
    expect(url.hash).toMatch(/^#\/stacks\/update\/template\?/);
    const hash = new URLSearchParams(url.hash.replace('#/stacks/update/template?', ''));
    expect(hash.get('stackId')).toBe('ExampleCloudCostsReadOnly');
    expect(hash.get('templateURL')).toBe(publication.templateUrl);
    const file = fileOf(publication, 'update-url.txt');
    expect(file).toContain('stackId=STACK_NAME');
    for (const parameter of Object.keys(json.Parameters)) {
      expect(file).toContain(`ParameterKey=${parameter},UsePreviousValue=true`);
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
    const out: string[] = [];
    const err: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((...a) => { out.push(a.join(' ')); });
    const error = jest.spyOn(console, 'error').mockImplementation((...a) => { err.push(a.join(' ')); });
    try {
      const code = await backfillRequestCommand(args, NOW);
      return { code, out: out.join('\n'), err: err.join('\n') };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
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
  ])('fails on %s with a one-line error', async (_case, period, expected) => {
    const { code, err } = await run(['--template', templateFile, ...period]);
    expect(code).toBe(1);
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
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/--template or --outputs, --from and --to are required/);
  });
});
