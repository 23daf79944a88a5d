import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { DataAccessGuardrail, OnboardingStack, PermissionProfile } from '../../../src';
import { responseShapeReview } from '../../../src/permissions/response-shape-review';
import { OnboardingPublication } from '../../../src/publication/onboarding-publication';
import { resolveIntrinsics } from '../../../src/publication/resolve-intrinsics';
import { terraformAddresses } from '../../../src/publication/terraform-rendering';
import { EXAMPLE_CONFIG, fileOf, hostedFile, publishConfig, publishExample } from '../../../test/support/published';
import { criticalReplacements, diffTemplates } from '../../src/diff/template-diff';
import { parseVendorConfig } from '../../src/vendor-config/vendor-config';
import { runCli } from '../support/run-cli';

const ROLE_TYPE = 'AWS::IAM::Role';

/**
 * The template's role and its unconditional policies, resolved as the manual path's first section gives
 * them: with the cost report (its bucket as the placeholder), so that the guardrail lets the role read it.
 */
function templateRole(template: any) {
  const [roleId, role] = Object.entries<any>(template.Resources).find(([, resource]) => resource.Type === ROLE_TYPE)!;
  const bucketId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::S3::Bucket')!;
  const deployment = { accountId: '<YOUR_ACCOUNT_ID>', region: 'us-east-1', parameters: { ExternalId: '<EXTERNAL_ID>', CreateCostReport: 'true', OrganizationalUnitIds: '' } };
  const resolve = (value: unknown) => JSON.parse(JSON.stringify(resolveIntrinsics(value, template, deployment)).split(bucketId.toLowerCase()).join('<REPORT_BUCKET>'));
  const policies = Object.values<any>(template.Resources)
    .filter((resource) => resource.Type === 'AWS::IAM::ManagedPolicy' && !resource.Condition)
    .filter((resource) => JSON.stringify(resource.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
    .map((resource) => resolve(resource.Properties.PolicyDocument));
  return { trust: resolve(role.Properties.AssumeRolePolicyDocument), managed: resolve(role.Properties.ManagedPolicyArns), policies };
}


/** The example vendor config with the member template embedded in the StackSet, published once. */
let embeddedPublication: OnboardingPublication | undefined;
function publishEmbedded(): OnboardingPublication {
  if (!embeddedPublication) {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-embedded-'));
    try {
      const file = path.join(directory, 'onboarding.json');
      const example = JSON.parse(fs.readFileSync(EXAMPLE_CONFIG, 'utf8'));
      fs.writeFileSync(file, JSON.stringify({ ...example, memberAccounts: { embedTemplate: true } }));
      embeddedPublication = publishConfig(file);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  }
  return embeddedPublication;
}

describe('publication of the example vendor config', () => {
  let publication: OnboardingPublication;
  let template: any;
  beforeAll(() => {
    publication = publishExample().publication;
    template = publication.template;
  });

  test('writes the template (versioned and latest), its member template and the companions', () => {
    expect(publication.files.map((file) => file.path).sort()).toEqual([
      'PERMISSIONS.md',
      'example-cloud-costs-onboarding-1.1.0.json',
      'example-cloud-costs-onboarding-latest.json',
      'example-cloud-costs-onboarding-member-1.1.0.json',
      'manual/README.md',
      'manual/cost-report/bucket-encryption.json',
      'manual/cost-report/bucket-lifecycle.json',
      'manual/cost-report/bucket-notification.json',
      'manual/cost-report/bucket-policy.json',
      'manual/cost-report/export-example-cloud-costs-cur2.json',
      'manual/cost-report/export-example-cloud-costs-focus.json',
      'manual/cost-report/list-reports-cost-report-policy.json',
      'manual/cost-report/readable-data-cost-report-enabled-policy.json',
      'manual/data-access-guardrail-policy.json',
      'manual/data-access-guardrail2-policy.json',
      'manual/data-access-guardrail2-without-cost-report-policy.json',
      'manual/data-access-guardrail3-policy.json',
      'manual/opt-in-cost-allocation-tags-policy.json',
      'manual/permissions-policy.json',
      'manual/region-scope-policy.json',
      'manual/region-scope-without-cost-report-policy.json',
      'manual/trust-policy.json',
      'quick-create-url.txt',
      'terraform/main.tf.json',
      'update-url.txt',
      'vendor/README.md',
      'vendor/delivery-notification-policy.json',
    ]);
    expect(fileOf(publication, 'example-cloud-costs-onboarding-latest.json')).toBe(fileOf(publication, 'example-cloud-costs-onboarding-1.1.0.json'));
    expect(JSON.parse(fileOf(publication, 'example-cloud-costs-onboarding-1.1.0.json'))).toEqual(template);
    // Deployed from the vendor's S3 URL (quick-create link or --template-url), where CloudFormation takes up to 1 MB.
    expect(Buffer.byteLength(fileOf(publication, 'example-cloud-costs-onboarding-1.1.0.json'))).toBeLessThanOrEqual(1024 * 1024);
    expect(fileOf(publication, 'example-cloud-costs-onboarding-1.1.0.json').split('\n').length).toBeGreaterThan(300);
  });

  test('the published template is the reviewed snapshot', () => {
    expect(template).toMatchSnapshot();
  });

  test('the upgrade check catches a replacement: a renamed role in this account and in every member account', () => {
    const rename = (text: string) => JSON.parse(text.split('ExampleCloudCostsReadOnlyRole').join('RenamedReadOnlyRole'));
    const renamed = rename(JSON.stringify(template));
    // The member template as the StackSet's TemplateURL names it, before and after the rename.
    const member = (url: string) => hostedFile(publication, url);
    const critical = criticalReplacements(diffTemplates(template, renamed, {
      old: (url) => JSON.parse(member(url)!),
      new: (url) => rename(member(url)!),
    }));
    expect(critical.map((change) => [change.type, change.stackSetLogicalId ?? 'this account'])).toEqual(expect.arrayContaining([
      ['AWS::IAM::Role', 'this account'],
      ['AWS::IAM::Role', expect.stringMatching(/^MemberAccounts/)],
    ]));
  });

  test('the StackSet deploys the published member template from its URL beside the template: the template the StackSet would embed', () => {
    const stackSet = Object.values<any>(template.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    expect(stackSet.Properties.TemplateBody).toBeUndefined();
    // The versioned member file, at the base URL where the template itself is hosted.
    expect(stackSet.Properties.TemplateURL).toBe('https://example-cloud-costs-templates.s3.amazonaws.com/aws/example-cloud-costs-onboarding-member-1.1.0.json');
    expect(stackSet.Properties.TemplateURL).toBe(publication.templateUrl.replace(/[^/]*$/, 'example-cloud-costs-onboarding-member-1.1.0.json'));
    const hosted = JSON.parse(fileOf(publication, 'example-cloud-costs-onboarding-member-1.1.0.json'));
    expect(hosted).toEqual(JSON.parse(publishExample().stack.memberAccounts!.memberTemplateBody));
    // The same config with the member template embedded: the same member template, from the same definition.
    const embedded = publishEmbedded();
    const embeddedStackSet = Object.values<any>(embedded.template.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    expect(embeddedStackSet.Properties.TemplateURL).toBeUndefined();
    expect(JSON.parse(embeddedStackSet.Properties.TemplateBody)).toEqual(hosted);
    expect(fileOf(embedded, 'example-cloud-costs-onboarding-member-1.1.0.json')).toBe(fileOf(publication, 'example-cloud-costs-onboarding-member-1.1.0.json'));
    // Apart from the StackSet's template, the two templates are the same.
    const withoutMemberTemplate = (published: any) => JSON.parse(JSON.stringify(published, (key, value) => (key === 'TemplateBody' || key === 'TemplateURL' ? undefined : value)));
    expect(withoutMemberTemplate(embedded.template)).toEqual(withoutMemberTemplate(template));
  });

  test('the template file as written fits --template-body (51,200 bytes) with room to grow; embedded, it deploys from its S3 URL, and says so', () => {
    expect(publication.templateFileBytes).toBe(Buffer.byteLength(fileOf(publication, 'example-cloud-costs-onboarding-1.1.0.json')));
    const { TEMPLATE_BODY_MAX_BYTES, TEMPLATE_SIZE_WARNING_RATIO } = OnboardingPublication;
    expect(publication.templateFileBytes).toBeLessThanOrEqual(TEMPLATE_BODY_MAX_BYTES * TEMPLATE_SIZE_WARNING_RATIO);
    expect(publication.templateBytes).toBeLessThanOrEqual(publication.templateFileBytes);
    expect(publication.warnings).toEqual([]);
    const embedded = publishEmbedded();
    expect(embedded.templateFileBytes).toBeGreaterThan(OnboardingPublication.TEMPLATE_BODY_MAX_BYTES);
    expect(embedded.warnings).toEqual([expect.stringMatching(
      /^the published template is \d{5} bytes as written, over the 51200 bytes of --template-body: customers deploy it from its S3 URL only .*hosting the member template \(memberAccounts templateUrl\) takes its \d{5} bytes out of the file$/)]);
  });

  test('the manual JSON has the same trust and the same policies as the template', () => {
    const role = templateRole(template);
    expect(JSON.parse(fileOf(publication, 'manual/trust-policy.json'))).toEqual(role.trust);
    const policyFiles = publication.files.map((file) => file.path)
      .filter((filePath) => /^manual\/[^/]*-policy\.json$/.test(filePath) && filePath !== 'manual/trust-policy.json' && !filePath.startsWith('manual/region-scope') && !filePath.startsWith('manual/opt-in')
        // The forms without the cost report, which the README names as the files to use instead.
        && !filePath.endsWith('-without-cost-report-policy.json'));
    expect(policyFiles).toContain('manual/data-access-guardrail-policy.json');
    const manualPolicies = policyFiles.map((file) => JSON.parse(fileOf(publication, file)));
    const asText = (policies: unknown[]) => policies.map((policy) => JSON.stringify(policy)).sort();
    expect(asText(manualPolicies)).toEqual(asText(role.policies));
    const readme = fileOf(publication, 'manual/README.md');
    for (const arn of role.managed) {
      expect(readme).toContain(`--policy-arn ${arn}`);
    }
  });

  test('the manual path covers every part: Region scope, label tags, cost report bucket, its policy and the exports, as the template has them', () => {
    const readme = fileOf(publication, 'manual/README.md');
    // Every file the commands read exists, and every file is read by a command.
    const files = publication.files.map((file) => file.path).filter((filePath) => filePath.startsWith('manual/') && filePath !== 'manual/README.md');
    for (const filePath of files) {
      // Paths are relative to manual/, where the commands run; a file's form without the cost report stands in for its file.
      const read = filePath.slice('manual/'.length).replace('-without-cost-report-policy.json', '-policy.json');
      expect(readme).toContain(`file://${read}`);
    }
    for (const heading of ['## 1. The role, its trust and its policies', '## 2. Region scope (optional)', '## 3. The cost report (optional)',
      '## 4. Optional features (off unless you switch them on)', '## 5. Member accounts (optional)']) {
      expect(readme).toContain(heading);
    }
    expect(readme).toContain('--tags Key=onboarding:account-label,Value=<ACCOUNT_LABEL>');
    const placeholders = {
      accountId: '<YOUR_ACCOUNT_ID>',
      region: 'us-east-1',
      parameters: {
        ExternalId: '<EXTERNAL_ID>', AllowedRegions: '<ALLOWED_REGION_1>,<ALLOWED_REGION_2>', AccountLabel: '<ACCOUNT_LABEL>', CreateCostReport: 'true', OrganizationalUnitIds: '<OU_ID>',
      },
    };
    const bucketId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::S3::Bucket')!;
    const resolve = (value: unknown) => JSON.parse(JSON.stringify(resolveIntrinsics(value, template, placeholders)).split(bucketId.toLowerCase()).join('<REPORT_BUCKET>'));
    const resource = (type: string, like = '') => Object.entries<any>(template.Resources).find(([id, r]) => r.Type === type && id.includes(like))![1];
    expect(JSON.parse(fileOf(publication, 'manual/region-scope-policy.json'))).toEqual(resolve(resource('AWS::IAM::ManagedPolicy', 'RegionScope').Properties.PolicyDocument));
    expect(fileOf(publication, 'manual/region-scope-policy.json')).toContain('"<ALLOWED_REGION_1>"');
    expect(JSON.parse(fileOf(publication, 'manual/cost-report/bucket-policy.json'))).toEqual(resolve(resource('AWS::S3::BucketPolicy').Properties.PolicyDocument));
    expect(JSON.parse(fileOf(publication, 'manual/cost-report/export-example-cloud-costs-cur2.json'))).toEqual(resolve(resource('AWS::BCMDataExports::Export', 'cur2').Properties.Export));
    expect(JSON.parse(fileOf(publication, 'manual/cost-report/readable-data-cost-report-enabled-policy.json')))
      .toEqual(resolve(resource('AWS::IAM::ManagedPolicy', 'ReadableData').Properties.PolicyDocument));
    expect(readme).toContain('aws bcm-data-exports create-export --region us-east-1 --export file://cost-report/export-example-cloud-costs-cur2.json');
    expect(readme).toContain('--template-body file://../example-cloud-costs-onboarding-member-1.1.0.json');
  });

  test('Terraform: every parameter is a variable with the same checks, every resource is there, switched by its condition', () => {
    const terraform = JSON.parse(fileOf(publication, 'terraform/main.tf.json'));
    expect(Object.keys(terraform.variable)).toEqual(expect.arrayContaining(['external_id', 'allowed_regions', 'account_label', 'create_cost_report', 'organizational_unit_ids']));
    expect(terraform.variable.create_cost_report).toMatchObject({ type: 'bool', default: true });
    expect(terraform.variable.allowed_regions).toMatchObject({ type: 'list(string)', default: [] });
    // The template's rule over the known Regions is the variable's second check, naming the values it refuses.
    const known = template.Rules.AllowedRegionsKnown.Assertions[0].Assert['Fn::EachMemberIn'][1];
    expect(terraform.variable.allowed_regions.validation[1]).toEqual({
      condition: `\${alltrue([for value in var.allowed_regions : contains(${JSON.stringify(known)}, value)])}`,
      error_message: `allowed_regions must be Regions this template knows, such as eu-west-1; ask Example Cloud Costs for newer ones, got \${join(", ", [for value in var.allowed_regions : value if !contains(${JSON.stringify(known)}, value)])}.`,
    });
    // The external ID's check: STS's characters, the length on its own (RE2 refuses repetition counts over 1000).
    const checks = terraform.variable.external_id.validation.map((validation: any) => validation.condition);
    expect(checks).toEqual(['${can(regex("^(?:[\\\\w+=,.@:/-]*)$", var.external_id))}', '${length(var.external_id) >= 2 && length(var.external_id) <= 1224}']);
    const hclLiteral = /regex\("((?:[^"\\]|\\.)*)"/.exec(checks[0])![1];
    const regex = new RegExp(JSON.parse(`"${hclLiteral}"`));
    for (const good of ['ab', 'customer-42', 'a+b=c,d.e@f:g/h_i']) expect([good, regex.test(good)]).toEqual([good, true]);
    for (const bad of ['a b', 'id!', 'naïve']) expect([bad, regex.test(bad)]).toEqual([bad, false]);

    const addresses = terraformAddresses(template);
    for (const [logicalId, resource] of Object.entries<any>(template.Resources)) {
      const [type, name] = addresses.get(logicalId)!.split('.');
      const rendered = terraform.resource[type][name];
      expect([logicalId, rendered === undefined]).toEqual([logicalId, false]);
      expect([logicalId, rendered.count]).toEqual([logicalId, resource.Condition ? expect.stringMatching(/^\$\{local\.\w+ \? 1 : 0\}$/) : undefined]);
    }
    // The exports on the us-east-1 alias, the bucket retained, the StackSet service-managed with its instances.
    for (const exported of Object.values<any>(terraform.resource.aws_bcmdataexports_export)) expect(exported.provider).toBe('aws.us_east_1');
    expect(Object.values<any>(terraform.resource.aws_s3_bucket)[0].lifecycle).toEqual([{ prevent_destroy: true }]);
    expect(Object.values<any>(terraform.resource.aws_cloudformation_stack_set)[0]).toMatchObject({ permission_model: 'SERVICE_MANAGED', auto_deployment: [{ enabled: true }] });
    expect(Object.values<any>(terraform.resource.aws_cloudformation_stack_set_instance)[0].deployment_targets)
      .toEqual([{ organizational_unit_ids: '${var.organizational_unit_ids}' }]);
    expect(Object.keys(terraform.output)).toEqual(expect.arrayContaining(['role_arn', 'cost_report_bucket_name', 'cost_report_deliveries', 'template_version']));
  });

  test('PERMISSIONS.md documents every statement and every denied action with its reason', () => {
    const permissions = fileOf(publication, 'PERMISSIONS.md');
    for (const grant of PermissionProfile.COST.grants) {
      expect(permissions).toContain(`| ${grant.sid} |`);
      expect(permissions).toContain(grant.reason);
    }
    expect(permissions).toContain('Attributes container costs to ECS services.');
    for (const action of DataAccessGuardrail.actions(PermissionProfile.COST)) {
      expect(permissions).toContain(`\`${action}\``);
    }
    expect(permissions).toContain('Template version 1.1.0');
    expect(permissions).toMatch(/Reads the cost and usage reports/);
    // The report reads name the bucket as the customer finds it, the stack's output, and the prefixes.
    expect(permissions).toContain('| `s3:GetObject` | `arn:aws:s3:::<bucket in output CostReportBucketName>/cur2/*`, `arn:aws:s3:::<bucket in output CostReportBucketName>/focus/*` |');
    expect(permissions).toContain('the Regions you enter at deployment (AllowedRegions, each a Region the template knows; empty: every Region)');
    expect(permissions).toContain('`organizations:*`');
  });

  test('PERMISSIONS.md gives every flagged field of every allowed action with its decision, and every action no model has', () => {
    const permissions = fileOf(publication, 'PERMISSIONS.md');
    const review = responseShapeReview(PermissionProfile.COST);
    expect(review.fields.length).toBeGreaterThan(200);
    expect(permissions).toContain(review.modelsVersion);
    expect(permissions).toContain(`| ${review.allowed} | ${review.withModel} | ${review.withFlaggedFields} | ${review.withoutModel.length} |`);
    const rows = new Set(permissions.split('\n'));
    const missing = [
      ...review.fields.filter((field) => ![...rows].some((row) => row.startsWith(`| \`${field.action}\` | \`${field.field}\` | ${field.flags.join(', ')} | ${field.fieldClass} |`) && row.endsWith(`| \`${field.ruleId}\` |`)))
        .map((field) => `${field.action} ${field.field}`),
      ...review.withoutModel.filter((action) => ![...rows].some((row) => row.startsWith(`| \`${action.action}\` | ${action.actionClass} |`))).map((action) => action.action),
    ];
    expect(missing).toEqual([]);
  });

  test('the quick-create link opens the console with the template, the stack name and the external ID', () => {
    const url = new URL(publication.quickCreateUrl('customer-42'));
    expect(url.origin + url.pathname).toBe('https://console.aws.amazon.com/cloudformation/home');
    expect(url.searchParams.get('region')).toBe('us-east-1');
    const hash = new URLSearchParams(url.hash.replace('#/stacks/quickcreate?', ''));
    expect(hash.get('templateURL')).toBe('https://example-cloud-costs-templates.s3.amazonaws.com/aws/example-cloud-costs-onboarding-1.1.0.json');
    expect(hash.get('stackName')).toBe('ExampleCloudCostsReadOnly');
    expect(hash.get('param_ExternalId')).toBe('customer-42');
    expect(fileOf(publication, 'quick-create-url.txt')).toContain('param_ExternalId=EXTERNAL_ID');
  });
});

describe('cdk-account-onboarding publish', () => {
  let work: string;
  // The command's behaviour (files, errors, exit codes); the template it writes is validated above.
  const validation = process.env.CDK_VALIDATION;
  beforeAll(() => { process.env.CDK_VALIDATION = 'false'; });
  afterAll(() => {
    if (validation === undefined) delete process.env.CDK_VALIDATION; else process.env.CDK_VALIDATION = validation;
  });
  beforeEach(() => { work = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-test-')); });
  afterEach(() => { fs.rmSync(work, { recursive: true, force: true }); });

  function config(overrides: Record<string, unknown>): string {
    const file = path.join(work, 'onboarding.json');
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(EXAMPLE_CONFIG, 'utf8')), ...overrides }));
    return file;
  }

  test('writes every file and keeps earlier versions in the output folder', async () => {
    const out = path.join(work, 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'example-cloud-costs-onboarding-0.9.0.json'), '{}');
    const { code, out: printed, err } = await runCli(['publish', '--config', EXAMPLE_CONFIG, '--out', out]);
    expect(code).toBe(0);
    // Progress goes to stderr, results to stdout.
    expect(err).toMatch(/^synthesizing the onboarding stack of Example Cloud Costs\nrendering the template and its companions$/);
    expect(fs.existsSync(path.join(out, 'example-cloud-costs-onboarding-1.1.0.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'terraform', 'main.tf.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'example-cloud-costs-onboarding-0.9.0.json'))).toBe(true);
    expect(printed).toMatch(/quick-create link: https:\/\/console\.aws\.amazon\.com/);
    expect(fs.readdirSync(work).filter((name) => name.includes('staging'))).toEqual([]);
  });

  test('prints the quick-create and update links as the files hold them, with placeholders the parameters accept', async () => {
    // GIVEN a publication of the example config
    const out = path.join(work, 'dist');
    // WHEN publish runs
    const { code, out: printed } = await runCli(['publish', '--config', EXAMPLE_CONFIG, '--out', out]);
    // THEN a link pasted from stdout is the link of the file, whose EXTERNAL_ID passes the parameter's AllowedPattern
    expect(code).toBe(0);
    const quickCreateFile = fs.readFileSync(path.join(out, 'quick-create-url.txt'), 'utf8').trim();
    const updateFile = fs.readFileSync(path.join(out, 'update-url.txt'), 'utf8').split('\n')[0];
    expect(printed.split('\n').filter((line) => line.includes(' link: '))).toEqual([
      `quick-create link: ${quickCreateFile}`,
      `update link: ${updateFile}`,
    ]);
    const published = JSON.parse(fs.readFileSync(path.join(out, 'example-cloud-costs-onboarding-1.1.0.json'), 'utf8'));
    const externalId = new URLSearchParams(new URL(quickCreateFile).hash.replace('#/stacks/quickcreate?', '')).get('param_ExternalId')!;
    expect(externalId).toMatch(new RegExp(`^(?:${published.Parameters.ExternalId.AllowedPattern})$`));
  });

  test.each([
    ['a missing config file', () => ['--config', path.join(os.tmpdir(), 'no-such-onboarding.json'), '--out', 'x'], /cannot read the vendor config .*no-such-onboarding\.json: no such file/, 1],
    ['a missing option value', () => ['--config'], /option '--config <file>' argument missing/, 2],
    ['a missing option', () => ['--config', 'a'], /required option '--out <folder>' not specified/, 2],
    ['an unknown option', () => ['--config', 'a', '--out', 'b', '--force'], /unknown option '--force'/, 2],
  ])('fails on %s with a one-line error', async (_case, args, expected, code) => {
    const result = await runCli(['publish', ...args()]);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(expected);
  });

  test.each([
    ['invalid JSON', '{ "vendorName": ', /is not valid JSON/],
    ['an unknown key', { colour: 'blue' }, /config\.colour is not a known key/],
    ['a wrong type', { profile: 42 }, /config\.profile must be a string, got 42/],
    ['an unknown profile', { profile: 'ADMIN' }, /config\.profile must be one of COST, SECURITY_AUDIT, INVENTORY, got "ADMIN"/],
    ['both principal forms', { trustedPrincipal: { roleArn: 'arn:aws:iam::111122223333:role/r', accountId: '111122223333' } }, /exactly one of roleArn \(recommended\) and accountId/],
    ['a malformed role ARN', { trustedPrincipal: { roleArn: 'arn:aws:iam::1:role/r' } }, /config\.trustedPrincipal\.roleArn must be arn:<partition>:iam::<12-digit account>:role\/<optional path\/><name>, got 'arn:aws:iam::1:role\/r'$/],
    ['a malformed account ID', { trustedPrincipal: { accountId: '1234' } }, /config\.trustedPrincipal\.accountId must be a 12-digit AWS account ID, got '1234'$/],
    ['a malformed StackSet name', { memberAccounts: { stackSetName: '1-members' } }, /config\.memberAccounts\.stackSetName must be a letter followed by .*, got '1-members'$/],
    ['an http base URL', { baseUrl: 'http://example-templates.s3.amazonaws.com/' }, /baseUrl must be an https:\/\/ URL of an S3 bucket .*got 'http:\/\/example-templates\.s3\.amazonaws\.com\/'/],
    ['a CDN base URL', { baseUrl: 'https://cdn.example.com/aws/' }, /baseUrl must be an https:\/\/ URL of an S3 bucket \(CloudFormation takes template URLs from S3 only\)/],
    ['an export format that does not exist', { costReport: { exports: [{ kind: 'CUR2', format: 'XML' }] } }, /config\.costReport\.exports\[0\]\.format must be one of PARQUET, CSV, got "XML"/],
    ['a granularity that does not exist', { costReport: { exports: [{ kind: 'CUR2', timeGranularity: 'WEEKLY' }] } }, /timeGranularity must be one of HOURLY, DAILY, MONTHLY, got "WEEKLY"/],
    ['a boolean option given as a string', { costReport: { exports: [{ kind: 'CUR2', includeResourceIds: 'false' }] } }, /includeResourceIds must be true or false, got "false"/],
    ['an unknown caller for the StackSet', { memberAccounts: { callAs: 'ROOT' } }, /config\.memberAccounts\.callAs must be one of SELF, DELEGATED_ADMIN, got "ROOT"/],
    ['an unknown legacy artifact', { costReport: { exports: [{ kind: 'LEGACY_CUR', artifacts: ['TABLEAU'] }] } }, /artifacts\[0\] must be one of ATHENA, REDSHIFT, QUICKSIGHT, got "TABLEAU"/],
    ['a session longer than IAM allows', { maxSessionDurationHours: 24 }, /config\.maxSessionDurationHours must be <= 12, got 24/],
    ['an option of another export kind', { costReport: { exports: [{ kind: 'FOCUS', includeResourceIds: true }] } }, /config\.costReport\.exports\[0\]\.includeResourceIds is not a known key \(known: name, prefix, format, versioning, kind, version, timeGranularity, description\)/],
    ['a bad export kind', { costReport: { exports: [{ kind: 'CUR3' }] } }, /config\.costReport\.exports\[0\]\.kind must be one of CUR2, FOCUS, LEGACY_CUR, got "CUR3"/],
    ['a Region where the cost report does not exist', { region: 'eu-west-1' }, /region must be us-east-1, got 'eu-west-1': a CostReport with CUR 2.0 or FOCUS exports deploys in us-east-1 only/],
    ['a Data Export in the China partition', { region: 'cn-northwest-1', trustedPrincipal: { roleArn: 'arn:aws-cn:iam::111122223333:role/r' } }, /region must be a Region where AWS::BCMDataExports::Export exists, got 'cn-northwest-1': .*legacy CUR exports in cn-northwest-1/],
    ['a Region that AWS does not offer', { region: 'us-est-1' }, /region must be a known Region of partition aws, got 'us-est-1' \(did you mean 'us-east-1'\?\); name a Region newer than this release in additionalKnownRegions/],
    ['a malformed Region named as newer', { additionalKnownRegions: ['mars'] }, /config\.additionalKnownRegions|additionalKnownRegions\[0\] must be an AWS Region code such as eu-west-1, got 'mars'/],
    ['a trusted role of another partition', { region: 'cn-northwest-1', costReport: false }, /trustedPrincipal role ARN is in partition 'aws', the template is published for 'aws-cn' \(cn-northwest-1\): use arn:aws-cn:iam::111122223333:role\/example-cloud-costs-reader/],
    ['a member Region of another partition', { memberAccounts: { region: 'cn-north-1' } }, /memberAccounts region must be a Region of partition 'aws', where the template is published \(us-east-1\), such as us-east-1, got 'cn-north-1'/],
    ['a member Region that AWS does not offer', { memberAccounts: { region: 'eu-wst-1' } }, /: config\.memberAccounts\.region must be a known Region of partition aws, got 'eu-wst-1' \(did you mean 'eu-west-1'\?\); name a Region newer than this release in additionalKnownRegions$/],
    ['a permissions boundary that is not a policy ARN', { permissionsBoundaryArn: 'arn:aws:iam::aws:role/Boundary' }, /config\.permissionsBoundaryArn must match pattern/],
    ['a boundary of one account for every member account', { permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/Boundary' }, /rolePermissionsBoundaryArn must name the account 'aws' .*got 'arn:aws:iam::111122223333:policy\/Boundary' of account 111122223333/],
  ])('fails on a config with %s, writing nothing', async (_case, content, expected) => {
    const file = typeof content === 'string' ? path.join(work, 'broken.json') : config(content);
    if (typeof content === 'string') fs.writeFileSync(file, content);
    const out = path.join(work, 'dist');
    const { code, err } = await runCli(['publish', '--config', file, '--out', out]);
    expect(code).toBe(1);
    // Progress lines come first on stderr; the error is the last line, in one line.
    const last = err.split('\n').pop()!;
    expect(last).toMatch(/^cdk-account-onboarding: /);
    expect(last).toMatch(expected);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
  });

  test('warns on stderr when the template file nears the 51,200 bytes of --template-body, and refuses one over it, naming its size', async () => {
    // GIVEN the SECURITY_AUDIT variant, whose pinned policies make its template file the largest, with an
    // opt-in feature whose long reason (a parameter description) takes it to 90 to 100% of the limit
    const variant = JSON.parse(fs.readFileSync(path.join(path.dirname(EXAMPLE_CONFIG), 'variants', 'security-audit.json'), 'utf8'));
    const feature = (name: string, repeat: number) => ({ name, reason: `Remediates findings. ${'It explains at length. '.repeat(repeat)}`, actions: ['securityhub:BatchUpdateFindings'] });
    const near = path.join(work, 'near.json');
    fs.writeFileSync(near, JSON.stringify({ ...variant, $schema: undefined, optInFeatures: [feature('Remediation', 110)] }));
    const out = path.join(work, 'dist');
    const warned = await runCli(['publish', '--config', near, '--out', out]);
    expect(warned.code).toBe(0);
    expect(warned.err).toMatch(/\nwarning: the published template is \d{5} bytes as written, within 10% of the 51200 bytes of --template-body: a few more grants will not fit$/);
    expect(warned.out).toMatch(/^template: \d{5} bytes as written, \d{5} without white space/m);

    // WHEN more such features take it over the limit
    const over = path.join(work, 'over.json');
    fs.writeFileSync(over, JSON.stringify({
      ...variant,
      $schema: undefined,
      optInFeatures: [feature('Remediation', 150), feature('Suppression', 150), feature('Notes', 150)],
    }));
    const refused = await runCli(['publish', '--config', over, '--out', path.join(work, 'refused')]);

    // THEN nothing is written, and the one-line error names the size and the limit
    expect(refused.code).toBe(1);
    expect(refused.err.split('\n').pop()).toMatch(
      /^cdk-account-onboarding: the published template must be at most 51200 bytes as written, so that customers can deploy the file with --template-body or deploy --template-file, got 5\d{4} bytes: /);
    expect(fs.existsSync(path.join(work, 'refused'))).toBe(false);
  });

  test('refuses a StackSet templateUrl other than where the publication hosts its member template', () => {
    const stack = new OnboardingStack(new App(), 'OnboardingTemplate', {
      ...parseVendorConfig(fs.readFileSync(EXAMPLE_CONFIG, 'utf8'), EXAMPLE_CONFIG).stackProps,
      memberAccounts: { templateUrl: 'https://elsewhere.s3.amazonaws.com/member.json' },
    });
    expect(() => OnboardingPublication.of(stack, { templateName: 'example-cloud-costs-onboarding', baseUrl: 'https://example-cloud-costs-templates.s3.amazonaws.com/aws' }))
      .toThrow('memberAccounts templateUrl must be https://example-cloud-costs-templates.s3.amazonaws.com/aws/example-cloud-costs-onboarding-member-1.1.0.json, '
        + 'where this publication\'s member template is hosted (OnboardingPublication.memberTemplateUrl), got \'https://elsewhere.s3.amazonaws.com/member.json\'');
  });

  test('puts the member Region and the permissions boundary into the template, in this account and every member account', async () => {
    const out = path.join(work, 'dist');
    const file = config({ memberAccounts: { region: 'eu-west-1' }, permissionsBoundaryArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/VendorBoundary' });
    const { code, err } = await runCli(['publish', '--config', file, '--out', out]);
    expect([code, err.split('\n').pop()]).toEqual([0, 'rendering the template and its companions']);
    const published = JSON.parse(fs.readFileSync(path.join(out, 'example-cloud-costs-onboarding-1.1.0.json'), 'utf8'));
    const boundary = { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':policy/VendorBoundary']] };
    const roleOf = (template: any) => Object.values<any>(template.Resources).find((resource) => resource.Type === ROLE_TYPE);
    expect(roleOf(published).Properties.PermissionsBoundary).toEqual(boundary);
    const stackSet = Object.values<any>(published.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    expect(stackSet.Properties.StackInstancesGroup[0].Regions).toEqual(['eu-west-1']);
    const member = JSON.parse(fs.readFileSync(path.join(out, 'example-cloud-costs-onboarding-member-1.1.0.json'), 'utf8'));
    expect(roleOf(member).Properties.PermissionsBoundary).toEqual(boundary);
  });

  test('takes Regions newer than this release from the config: the member Region, and the AllowedRegions rule and Terraform check', async () => {
    const out = path.join(work, 'dist');
    const { code, err } = await runCli(['publish', '--config', config({ additionalKnownRegions: ['eu-west-4'], memberAccounts: { region: 'eu-west-4' } }), '--out', out]);
    expect([code, err.split('\n').pop()]).toEqual([0, 'rendering the template and its companions']);
    const published = JSON.parse(fs.readFileSync(path.join(out, 'example-cloud-costs-onboarding-1.1.0.json'), 'utf8'));
    expect(published.Rules.AllowedRegionsKnown.Assertions[0].Assert['Fn::EachMemberIn'][1]).toEqual(expect.arrayContaining(['eu-west-1', 'eu-west-4', '']));
    const stackSet = Object.values<any>(published.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    expect(stackSet.Properties.StackInstancesGroup[0].Regions).toEqual(['eu-west-4']);
    const terraform = JSON.parse(fs.readFileSync(path.join(out, 'terraform', 'main.tf.json'), 'utf8'));
    expect(terraform.variable.allowed_regions.validation[1].condition).toContain('"eu-west-4"');
  });

  test('publishes for the China partition: its console, its default member Region, its partition in the manual files, and the report in its Region in the manual commands and Terraform', async () => {
    const out = path.join(work, 'dist');
    const file = config({
      region: 'cn-northwest-1',
      baseUrl: 'https://example-cloud-costs-templates.s3.cn-northwest-1.amazonaws.com.cn/aws/',
      trustedPrincipal: { roleArn: 'arn:aws-cn:iam::111122223333:role/example-cloud-costs-reader' },
      costReport: { exports: [{ kind: 'LEGACY_CUR', name: 'example-cloud-costs-cur', prefix: 'cur' }] },
    });
    const { code, out: printed } = await runCli(['publish', '--config', file, '--out', out]);
    expect(code).toBe(0);
    expect(printed).toMatch(/quick-create link: https:\/\/console\.amazonaws\.cn\/cloudformation\/home\?region=cn-northwest-1#/);
    const published = JSON.parse(fs.readFileSync(path.join(out, 'example-cloud-costs-onboarding-1.1.0.json'), 'utf8'));
    const stackSet = Object.values<any>(published.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    expect(stackSet.Properties.StackInstancesGroup[0].Regions).toEqual(['cn-north-1']);
    const manual = fs.readFileSync(path.join(out, 'manual', 'README.md'), 'utf8');
    expect(manual).toContain('arn:aws-cn:iam::aws:policy/');
    // The report is created where the template deploys, in the manual commands and in Terraform alike.
    expect(manual).toContain('aws s3api create-bucket --bucket <REPORT_BUCKET> --region cn-northwest-1 --create-bucket-configuration LocationConstraint=cn-northwest-1');
    expect(manual).toMatch(/aws cur put-report-definition --region cn-northwest-1 /);
    expect(manual).not.toContain('us-east-1');
    const terraform = JSON.parse(fs.readFileSync(path.join(out, 'terraform', 'main.tf.json'), 'utf8'));
    expect(terraform.provider.aws).toContainEqual({ alias: 'cn_northwest_1', region: 'cn-northwest-1' });
    const buckets = Object.values<any>(terraform.resource.aws_s3_bucket);
    expect(buckets.map((bucket) => bucket.provider)).toEqual(buckets.map(() => 'aws.cn_northwest_1'));
  });

  test('fails when the output folder cannot be written, leaving nothing behind', async () => {
    const blocker = path.join(work, 'dist');
    fs.writeFileSync(blocker, 'a file where the folder should be');
    const { code, err } = await runCli(['publish', '--config', EXAMPLE_CONFIG, '--out', blocker]);
    expect(code).toBe(1);
    expect(err.split('\n').pop()).toMatch(/^cdk-account-onboarding: .*(EEXIST|ENOTDIR)/);
    expect(fs.readdirSync(work).sort()).toEqual(['dist']);
  });
});
