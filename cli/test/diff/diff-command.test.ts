import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../support/run-cli';

const VENDOR = 'arn:aws:iam::111111111111:role/vendor-reader';

function role(roleName = 'OnboardingReadOnlyRole'): Record<string, unknown> {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: roleName,
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: VENDOR }, Condition: { StringEquals: { 'sts:ExternalId': 'customer-external-id' } } }],
      },
    },
  };
}

function policy(actions: string[]): Record<string, unknown> {
  return {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: { Roles: [{ Ref: 'Role' }], PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] } },
  };
}

const V1 = { Resources: { Role: role(), Policy: policy(['ce:GetCostAndUsage']) } };
const V2_GRANT = { Resources: { Role: role(), Policy: policy(['ce:GetCostAndUsage']), Extra: policy(['ec2:DescribeInstances']) } };
const V2_RENAMED = { Resources: { Role: role('Renamed'), Policy: policy(['ce:GetCostAndUsage']) } };
const stackSet = (member: object) => ({
  Resources: { MemberAccounts: { Type: 'AWS::CloudFormation::StackSet', Properties: { PermissionModel: 'SERVICE_MANAGED', TemplateBody: JSON.stringify(member) } } },
});

describe('cdk-account-onboarding diff', () => {
  let directory: string;
  const file = (name: string, content: unknown) => {
    const at = path.join(directory, name);
    fs.writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content, undefined, 1));
    return at;
  };
  const diff = (args: string[]) => runCli(['diff', ...args]);

  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-account-onboarding-diff-'));
  });
  afterAll(() => {
    fs.rmSync(directory, { recursive: true, force: true });
  });

  test('prints the added permission and exits 0 when nothing critical is replaced', async () => {
    // WHEN
    const { code, out, err } = await diff([file('v1.json', V1), file('v2.json', V2_GRANT)]);

    // THEN
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Permissions\n  Role (AWS::IAM::Role)\n    + Allow ec2:DescribeInstances on *\nTrust\n  no changes\nReplaced or removed resources\n  no changes');
  });

  test('exits 1 and names the role when the update replaces it', async () => {
    const { code, out } = await diff([file('v1.json', V1), file('v2-renamed.json', V2_RENAMED)]);

    expect(code).toBe(1);
    expect(out).toContain('Replaced or removed resources\n  Role (AWS::IAM::Role) will be replaced: RoleName changed');
    expect(out).toMatch(/\nthe update replaces or removes a role, bucket or StackSet: Role \(AWS::IAM::Role\)$/);
  });

  test('exits 1 when a member account role would be replaced, and shows the member template diff', async () => {
    const { code, out } = await diff([file('s1.json', stackSet(V1)), file('s2.json', stackSet(V2_RENAMED))]);

    expect(code).toBe(1);
    expect(out).toContain('Member accounts (StackSet MemberAccounts)\n  Permissions\n    no changes\n  Trust\n    no changes\n'
      + '  Replaced or removed resources\n    Role (AWS::IAM::Role) will be replaced: RoleName changed');
    expect(out).toMatch(/: Role \(AWS::IAM::Role, member accounts of StackSet MemberAccounts\)$/);
  });

  test('reads a member template taken from a TemplateURL from the file of that name beside each template, as publish writes them', async () => {
    // GIVEN the old version embedding its member template, the new one taking it from its URL
    const hosted = {
      Resources: {
        MemberAccounts: {
          Type: 'AWS::CloudFormation::StackSet',
          Properties: { PermissionModel: 'SERVICE_MANAGED', TemplateURL: 'https://vendor-templates.s3.amazonaws.com/aws/onboarding-member-2.0.0.json' },
        },
      },
    };
    const newFile = file('onboarding-2.0.0.json', hosted);

    // WHEN the member template file is not there, THEN the diff says so
    const missing = await diff([file('s1.json', stackSet(V1)), newFile]);
    expect(missing.out).toContain('not compared: in the new template, the StackSet takes its member template from '
      + 'https://vendor-templates.s3.amazonaws.com/aws/onboarding-member-2.0.0.json, which is not beside the template file');

    // WHEN it is beside the new template, THEN the member role's replacement is found
    file('onboarding-member-2.0.0.json', V2_RENAMED);
    const { code, out } = await diff([file('s1.json', stackSet(V1)), newFile]);
    expect(code).toBe(1);
    expect(out).toContain('  Replaced or removed resources\n    Role (AWS::IAM::Role) will be replaced: RoleName changed');
    expect(out).toMatch(/: Role \(AWS::IAM::Role, member accounts of StackSet MemberAccounts\)$/);
  });

  test('is listed in the help of the command line', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/\n {2}diff <old> <new> +explain an update of the template/);
  });

  test.each([
    ['is missing', () => path.join(directory, 'missing.json'), /^cdk-account-onboarding: cannot read template .*missing\.json: no such file$/],
    ['is a directory', () => directory, /^cdk-account-onboarding: cannot read template .*cdk-account-onboarding-diff-\w+: it is a directory$/],
    ['is not JSON', () => file('broken.json', '{"Resources": {'), /^cdk-account-onboarding: .*broken\.json is not valid JSON: /],
    ['is YAML', () => file('template.yaml', 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n'), /^cdk-account-onboarding: .*template\.yaml is not valid JSON: /],
    ['has no Resources', () => file('package.json', { name: 'not-a-template' }), /^cdk-account-onboarding: .*package\.json is not a CloudFormation template: it has no Resources object$/],
    ['is a JSON array', () => file('array.json', []), /^cdk-account-onboarding: .*array\.json is not a CloudFormation template: it is an array, not an object$/],
  ])('exits 1 with a one-line error when the new template %s', async (_name, newFile, message) => {
    // WHEN
    const { code, out, err } = await diff([file('v1.json', V1), newFile()]);

    // THEN: an input that cannot be used is a failed input (1), as in every command
    expect(code).toBe(1);
    expect(err).not.toContain('\n');
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  test('names the old template when it is the one that cannot be read', async () => {
    const { code, err } = await diff([path.join(directory, 'old-missing.json'), file('v1.json', V1)]);

    expect(code).toBe(1);
    expect(err).toMatch(/^cdk-account-onboarding: cannot read template .*old-missing\.json: no such file$/);
  });

  test.each([
    ['no file', [], /missing required argument 'old'/],
    ['one file', ['old.json'], /missing required argument 'new'/],
    ['three files', ['a.json', 'b.json', 'c.json'], /too many arguments/],
    ['an unknown option', ['--fail', 'a.json', 'b.json'], /unknown option '--fail'/],
  ])('exits 2 naming the problem when given %s', async (_name, args, message) => {
    const { code, err } = await diff(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain('(see --help)');
  });

  test('prints the usage and the exit codes for --help', async () => {
    const { code, out } = await diff(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: cdk-account-onboarding diff \[options\] <old> <new>/);
    expect(out).toMatch(/Exit code 1 also when a role, bucket or StackSet would be replaced or removed/);
  });
});
