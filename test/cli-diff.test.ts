import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { diffCommand as diff } from '../src/cli/diff';
import { main } from '../src/cli/main';

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
  let log: jest.SpyInstance;
  let error: jest.SpyInstance;
  const file = (name: string, content: unknown) => {
    const at = path.join(directory, name);
    fs.writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content, undefined, 1));
    return at;
  };
  const printed = () => log.mock.calls.map((call) => call.join(' ')).join('\n');

  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-account-onboarding-diff-'));
  });
  afterAll(() => {
    fs.rmSync(directory, { recursive: true, force: true });
  });
  beforeEach(() => {
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  test('prints the added permission and exits 0 when nothing critical is replaced', async () => {
    // WHEN
    const code = await diff([file('v1.json', V1), file('v2.json', V2_GRANT)]);

    // THEN
    expect(error).not.toHaveBeenCalled();
    expect(code).toBe(0);
    expect(printed()).toContain('Permissions\n  Role (AWS::IAM::Role)\n    + Allow ec2:DescribeInstances on *\nTrust\n  no changes\nReplaced or removed resources\n  no changes');
  });

  test('exits 1 and names the role when the update replaces it', async () => {
    const code = await diff([file('v1.json', V1), file('v2-renamed.json', V2_RENAMED)]);

    expect(code).toBe(1);
    expect(printed()).toContain('Replaced or removed resources\n  Role (AWS::IAM::Role) will be replaced: RoleName changed');
    expect(printed()).toMatch(/\nthe update replaces or removes a role, bucket or StackSet: Role \(AWS::IAM::Role\)$/);
  });

  test('exits 1 when a member account role would be replaced, and shows the member template diff', async () => {
    const code = await diff([file('s1.json', stackSet(V1)), file('s2.json', stackSet(V2_RENAMED))]);

    expect(code).toBe(1);
    expect(printed()).toContain('Member accounts (StackSet MemberAccounts)\n  Permissions\n    no changes\n  Trust\n    no changes\n'
      + '  Replaced or removed resources\n    Role (AWS::IAM::Role) will be replaced: RoleName changed');
    expect(printed()).toMatch(/: Role \(AWS::IAM::Role, member accounts of StackSet MemberAccounts\)$/);
  });

  test('runs through the command dispatcher, which lists it', async () => {
    expect(await main(['diff', file('v1.json', V1), file('v1-copy.json', V1)])).toBe(0);
    expect(printed()).toContain('Permissions\n  no changes');

    expect(await main(['--help'])).toBe(0);
    expect(printed()).toMatch(/\n {2}diff {15}explain an update of the template/);
  });

  test.each([
    ['is missing', () => path.join(directory, 'missing.json'), /^cdk-account-onboarding diff: cannot read .*missing\.json: no such file$/],
    ['is a directory', () => directory, /^cdk-account-onboarding diff: cannot read .*cdk-account-onboarding-diff-\w+: it is a directory$/],
    ['is not JSON', () => file('broken.json', '{"Resources": {'), /^cdk-account-onboarding diff: .*broken\.json is not valid JSON: /],
    ['is YAML', () => file('template.yaml', 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n'), /^cdk-account-onboarding diff: .*template\.yaml is not valid JSON: /],
    ['has no Resources', () => file('package.json', { name: 'not-a-template' }), /^cdk-account-onboarding diff: .*package\.json is not a CloudFormation template: it has no Resources object$/],
    ['is a JSON array', () => file('array.json', []), /^cdk-account-onboarding diff: .*array\.json is not a CloudFormation template: it is an array, not an object$/],
  ])('exits 2 with a one-line error when the new template %s', async (_name, newFile, message) => {
    // WHEN
    const code = await diff([file('v1.json', V1), newFile()]);

    // THEN
    expect(code).toBe(2);
    expect(error).toHaveBeenCalledTimes(1);
    const line = error.mock.calls[0][0] as string;
    expect(line).not.toContain('\n');
    expect(line).toMatch(message);
    expect(log).not.toHaveBeenCalled();
  });

  test('names the old template when it is the one that cannot be read', async () => {
    const code = await diff([path.join(directory, 'old-missing.json'), file('v1.json', V1)]);

    expect(code).toBe(2);
    expect(error.mock.calls).toEqual([[expect.stringMatching(/^cdk-account-onboarding diff: cannot read .*old-missing\.json: no such file$/)]]);
  });

  test.each([
    ['no file', []],
    ['one file', ['old.json']],
    ['three files', ['a.json', 'b.json', 'c.json']],
    ['an unknown option', ['--fail', 'a.json', 'b.json']],
  ])('exits 2 with the usage when given %s', async (_name, args) => {
    expect(await diff(args)).toBe(2);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toMatch(/^cdk-account-onboarding diff: .*\nusage: cdk-account-onboarding diff <old\.json> <new\.json>/);
  });

  test('prints the usage and the exit codes for --help', async () => {
    expect(await diff(['--help'])).toBe(0);
    expect(printed()).toMatch(/^usage: cdk-account-onboarding diff <old\.json> <new\.json>/);
    expect(printed()).toMatch(/Exit code: 0 when no role, bucket or StackSet would be replaced or removed; 1 when one would/);
  });
});
