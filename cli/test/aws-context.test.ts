import { CloudFormationClient, DescribeOrganizationsAccessCommand } from '@aws-sdk/client-cloudformation';
import { GetRoleCommand, IAMClient, NoSuchEntityException } from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { FAKE_CREDENTIALS, withAwsEnvironment } from './support/aws-environment';
import { runCli } from './support/run-cli';
import { openAwsSession } from '../src/core/aws-clients';
import { CheckResult, failureSummary } from '../src/core/check-results';

/**
 * The command line needs no AWS knowledge to fail well: each command that calls AWS names what is
 * missing (credentials, Region, profile) and how to give it, in one line, before its first call.
 * No test here reaches the network: the shared files are empty temporary files, instance metadata is
 * off, and the clients that get as far as a call are mocked.
 */
const iam = mockClient(IAMClient);
const sts = mockClient(STSClient);
const organizations = mockClient(OrganizationsClient);
const cloudFormation = mockClient(CloudFormationClient);
const ROLE_ARN = 'arn:aws:iam::444455556666:role/OnboardingReadOnlyRole';
const SDK_WORDING = /Region is missing|CredentialsProviderError|Could not load credentials|\n\s+at /;

beforeEach(() => {
  [iam, sts, organizations, cloudFormation].forEach((stub: AwsClientStub<any>) => stub.reset());
});

/** The Region the first call of a mocked client went to. */
async function regionOfFirstCall(stub: AwsClientStub<any>): Promise<string> {
  return stub.call(0).thisValue.config.region();
}

/** Every AWS command, with what it needs besides the caller's context. */
const COMMANDS: Record<string, string[]> = {
  'verify': ['verify', '--role-name', 'OnboardingReadOnlyRole'],
  'check-connection': ['check-connection', '--role-arn', ROLE_ARN, '--external-id', 'example-external-id-0001'],
  'doctor': ['doctor', '--ou', 'ou-ab12-cd34ef56', '--region', 'eu-west-1'],
  'profiles': ['profiles', '--from-organizations', '--region', 'eu-west-1', '--config', '/dev/null/never-written'],
};

describe('without credentials', () => {
  test.each(Object.keys(COMMANDS))('%s says in one line that there are none and how to give them, before any call', async (name) => {
    const { code, err } = await withAwsEnvironment({}, () => runCli(COMMANDS[name]));
    expect(code).toBe(1);
    const last = err.split('\n').pop()!;
    expect(last).toMatch(new RegExp(`^cdk-account-onboarding: ${name}( --from-organizations)? needs .*credentials.*, and none were found: `
      + 'set AWS_PROFILE to a profile of .*config \\(aws configure sso creates one, aws sso login signs in\\), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY$'));
    expect(err).not.toMatch(SDK_WORDING);
    expect([iam, sts, organizations, cloudFormation].map((stub) => stub.calls().length)).toEqual([0, 0, 0, 0]);
  });

  test.each([
    ['--accounts', 'accounts.csv'],
    ['--only-failed', 'previous-run.jsonl'],
  ])('check-connection --organization %s names a missing file first, before asking for credentials', async (option, file) => {
    const missing = `/nonexistent/${file}`;
    const { code, err } = await withAwsEnvironment({}, () => runCli([...COMMANDS['check-connection'], option, missing]));
    expect(code).toBe(1);
    expect(err).toContain(missing);
    expect(err).not.toMatch(/credentials/);
  });

  test('check-connection asks for the vendor\'s credentials, the principal the customer\'s role trusts', async () => {
    const { err } = await withAwsEnvironment({}, () => runCli(COMMANDS['check-connection']));
    expect(err).toContain('check-connection needs the vendor\'s AWS credentials (of the principal the customer\'s role trusts)');
  });

  test('a profile that exists but gives no credentials is named, with the command that signs in', async () => {
    const { code, err } = await withAwsEnvironment({ AWS_PROFILE: 'vendor' }, () => runCli(COMMANDS.verify),
      { config: '[profile vendor]\nregion = eu-west-1\n' });
    expect(code).toBe(1);
    expect(err).toMatch(/^cdk-account-onboarding: verify needs your AWS credentials, and the profile vendor \(AWS_PROFILE\) gave none \(.*\): sign in with aws sso login --profile vendor, or check the profile in .*config$/);
  });

  test('an access key without its secret is named', async () => {
    const { code, err } = await withAwsEnvironment({ AWS_ACCESS_KEY_ID: FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID }, () => runCli(COMMANDS.verify));
    expect(code).toBe(1);
    expect(err).toMatch(/AWS_ACCESS_KEY_ID is set without a usable key .*: set AWS_SECRET_ACCESS_KEY \(and AWS_SESSION_TOKEN for temporary keys\) too/);
  });

  test('an unknown profile is refused by name first', async () => {
    const { code, err } = await withAwsEnvironment({ AWS_PROFILE: 'no-such-profile', ...FAKE_CREDENTIALS }, () => runCli(COMMANDS.doctor));
    expect(code).toBe(1);
    expect(err).toMatch(/AWS_PROFILE names the profile 'no-such-profile', which neither .*config nor .*credentials defines/);
  });
});

describe('without a Region', () => {
  test('verify needs none: IAM is called in the home Region of the partition, us-east-1 in aws', async () => {
    iam.on(GetRoleCommand).rejects(new NoSuchEntityException({ message: 'The role with name OnboardingReadOnlyRole cannot be found.', $metadata: {} }));
    const { code, err } = await withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(COMMANDS.verify));
    expect(code).toBe(1);
    expect(err).toContain('NoSuchEntity');
    expect(err).not.toMatch(SDK_WORDING);
    expect(await regionOfFirstCall(iam)).toBe('us-east-1');
  });

  test.each([
    ['eu-west-1', 'us-east-1'],
    ['cn-northwest-1', 'cn-north-1'],
    ['us-gov-east-1', 'us-gov-west-1'],
  ])('with AWS_REGION=%s, IAM is called in %s, the home Region of its partition', async (region, home) => {
    iam.on(GetRoleCommand).rejects(new NoSuchEntityException({ message: 'no such role', $metadata: {} }));
    await withAwsEnvironment({ ...FAKE_CREDENTIALS, AWS_REGION: region }, () => runCli(COMMANDS.verify));
    expect(await regionOfFirstCall(iam)).toBe(home);
  });

  test('check-connection calls STS in the home Region of the role\'s partition, and says so', async () => {
    sts.on(AssumeRoleCommand).rejects(Object.assign(new Error('not authorized to perform: sts:AssumeRole'), { name: 'AccessDenied' }));
    const { code, err } = await withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(COMMANDS['check-connection']));
    expect(code).toBe(1);
    expect(err).toContain('calling STS and CloudFormation in us-east-1 (no Region is configured: the default of check-connection)');
    expect(await regionOfFirstCall(sts)).toBe('us-east-1');
  });

  test('check-connection with a role of aws-cn calls STS in cn-north-1', async () => {
    sts.on(AssumeRoleCommand).rejects(Object.assign(new Error('not authorized to perform: sts:AssumeRole'), { name: 'AccessDenied' }));
    await withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(['check-connection', '--role-arn', 'arn:aws-cn:iam::444455556666:role/R', '--external-id', 'example-external-id-0001']));
    expect(await regionOfFirstCall(sts)).toBe('cn-north-1');
  });

  test('doctor, whose Region is the StackSet\'s, names the three ways to give one (exit 2)', async () => {
    const { code, err } = await withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(['doctor', '--ou', 'ou-ab12-cd34ef56']));
    expect(code).toBe(2);
    expect(err).toMatch(/^cdk-account-onboarding: doctor needs an AWS Region: pass --region <region> \(e\.g\. us-east-1\), set AWS_REGION, or add 'region = <region>' to the profile default in .*config$/);
    expect(sts.calls()).toHaveLength(0);
  });

  test('doctor takes the Region of the profile in the config file, as the SDK does', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111111111111', Arn: 'arn:aws:iam::111111111111:user/me' });
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abcdefghij', FeatureSet: 'ALL', MasterAccountId: '111111111111' } });
    cloudFormation.on(DescribeOrganizationsAccessCommand).resolves({ Status: 'ENABLED' });
    await withAwsEnvironment({ AWS_PROFILE: 'admin' }, () => runCli(['doctor']), {
      config: '[profile admin]\nregion = eu-central-1\n',
      credentials: `[admin]\naws_access_key_id = ${FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${FAKE_CREDENTIALS.AWS_SECRET_ACCESS_KEY}\n`,
    });
    expect(await regionOfFirstCall(sts)).toBe('eu-central-1');
    expect(await regionOfFirstCall(cloudFormation)).toBe('eu-central-1');
    // Organizations is global: its home Region.
    expect(await regionOfFirstCall(organizations)).toBe('us-east-1');
  });

  test('profiles --from-organizations calls Organizations in the home Region of the profiles\' partition', async () => {
    organizations.on(ListAccountsCommand).resolves({ Accounts: [] });
    await withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(['profiles', '--from-organizations', '--region', 'cn-north-1', '--config', '/dev/null/never-written']));
    expect(await regionOfFirstCall(organizations)).toBe('cn-north-1');
  });
});

describe('a Region this release does not know', () => {
  const TYPO = /^cdk-account-onboarding: --region must be a known Region of partition aws, got 'eu-wst-1' \(did you mean 'eu-west-1'\?\); for a Region newer than this release, set CDK_ACCOUNT_ONBOARDING_ADDITIONAL_REGIONS=eu-wst-1$/;
  const withRegion = (args: string[]) => args.includes('--region') ? args.map((arg, index) => (args[index - 1] === '--region' ? 'eu-wst-1' : arg)) : [...args, '--region', 'eu-wst-1'];

  test.each(['check-connection', 'doctor', 'profiles'])('%s refuses --region eu-wst-1 in one line, with the closest Region and how to name a newer one (exit 2), before any call', async (name) => {
    const { code, err } = await withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(withRegion(COMMANDS[name])));
    expect(code).toBe(2);
    expect(err).toMatch(TYPO);
    expect([iam, sts, organizations, cloudFormation].map((stub) => stub.calls().length)).toEqual([0, 0, 0, 0]);
  });

  test('a Region that is no Region code is refused with the form a Region has', async () => {
    const { code, err } = await withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(['doctor', '--ou', 'ou-ab12-cd34ef56', '--region', 'euwest1']));
    expect(code).toBe(2);
    expect(err).toMatch(/^cdk-account-onboarding: --region must be .*, got 'euwest1'/);
  });

  test('a configured Region is named by where it came from: AWS_REGION, or the profile in the config file', async () => {
    const fromVariable = await withAwsEnvironment({ ...FAKE_CREDENTIALS, AWS_REGION: 'eu-wst-1' }, () => runCli(['doctor', '--ou', 'ou-ab12-cd34ef56']));
    expect(fromVariable.code).toBe(1);
    expect(fromVariable.err).toMatch(/^cdk-account-onboarding: AWS_REGION must be a known Region of partition aws, got 'eu-wst-1' \(did you mean 'eu-west-1'\?\)/);
    const fromProfile = await withAwsEnvironment({ AWS_PROFILE: 'admin' }, () => runCli(['doctor', '--ou', 'ou-ab12-cd34ef56']), {
      config: '[profile admin]\nregion = us-est-1\n',
      credentials: `[admin]\naws_access_key_id = ${FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${FAKE_CREDENTIALS.AWS_SECRET_ACCESS_KEY}\n`,
    });
    expect(fromProfile.code).toBe(1);
    expect(fromProfile.err).toMatch(/^cdk-account-onboarding: the region of the profile admin in .*config must be a known Region of partition aws, got 'us-est-1' \(did you mean 'us-east-1'\?\)/);
    expect(sts.calls()).toHaveLength(0);
  });

  test('verify, which calls only IAM, is not stopped by a configured Region it never uses', async () => {
    iam.on(GetRoleCommand).rejects(new NoSuchEntityException({ message: 'The role with name OnboardingReadOnlyRole cannot be found.', $metadata: {} }));
    await withAwsEnvironment({ ...FAKE_CREDENTIALS, AWS_REGION: 'eu-wst-1' }, () => runCli(COMMANDS.verify));
    expect(await regionOfFirstCall(iam)).toBe('us-east-1');
  });

  test('a Region named in CDK_ACCOUNT_ONBOARDING_ADDITIONAL_REGIONS is used as it is', async () => {
    sts.on(AssumeRoleCommand).rejects(Object.assign(new Error('not authorized to perform: sts:AssumeRole'), { name: 'AccessDenied' }));
    const { err } = await withAwsEnvironment({ ...FAKE_CREDENTIALS, CDK_ACCOUNT_ONBOARDING_ADDITIONAL_REGIONS: 'eu-north-9, ap-east-9' },
      () => runCli([...COMMANDS['check-connection'], '--region', 'ap-east-9']));
    expect(err).not.toContain('must be a known Region');
    expect(await regionOfFirstCall(sts)).toBe('ap-east-9');
  });
});

describe('openAwsSession', () => {
  test('a Region given by --region wins over AWS_REGION, and is said to', async () => {
    const session = await withAwsEnvironment({ ...FAKE_CREDENTIALS, AWS_REGION: 'eu-west-1' }, () => openAwsSession({ command: 'doctor', services: ['sts'], region: 'ap-southeast-2' }));
    expect([session.region, session.regionSource, session.partition]).toEqual(['ap-southeast-2', '--region', 'aws']);
    expect(await session.client('sts').config.region()).toBe('ap-southeast-2');
    expect(await session.client('iam').config.region()).toBe('us-east-1');
  });

  test('the clients of given credentials use them', async () => {
    const session = await withAwsEnvironment(FAKE_CREDENTIALS, () => openAwsSession({ command: 'verify', services: ['iam'] }));
    const client = session.client('iam', { accessKeyId: 'ASIAASSUMED', secretAccessKey: 'secret', sessionToken: 'token' });
    expect((await client.config.credentials()).accessKeyId).toBe('ASIAASSUMED');
  });
});

describe('the closing line of a check', () => {
  const pass: CheckResult = { check: 'a', status: 'PASS', detail: 'ok' };
  const skip: CheckResult = { check: 'b', status: 'SKIP', detail: 'needs a' };
  const fail: CheckResult = { check: 'c', status: 'FAIL', detail: 'broken', fix: 'mend it' };

  test('says "apply the fix above" only with a fix above, counting them', () => {
    expect(failureSummary([pass, fail], 'run it again')).toBe('1 of 2 checks failed: apply the fix above and run it again');
    expect(failureSummary([fail, fail, skip], '')).toBe('2 of 3 checks failed: apply the fixes above');
    expect(failureSummary([pass, skip], 'run the doctor again', ['FAIL', 'SKIP'])).toBe('1 of 2 checks did not pass: the details above say what each waits for and run the doctor again');
  });

  test('check-connection\'s failures each print their fix above the closing line', async () => {
    sts.on(AssumeRoleCommand).rejects(Object.assign(new Error('something unexpected'), { name: 'InternalFailure' }));
    const { code, out } = await withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(COMMANDS['check-connection']));
    expect(code).toBe(1);
    const lines = out.split('\n');
    const failed = lines.filter((line) => line.startsWith('FAIL'));
    const fixes = lines.filter((line) => /^\s+fix: \S/.test(line));
    expect(failed.length).toBeGreaterThan(0);
    expect(fixes).toHaveLength(failed.length);
    expect(lines[lines.length - 1]).toBe(`${failed.length} of ${lines.filter((line) => /^(PASS|FAIL|SKIP)/.test(line)).length} checks failed: apply the fix above and run check-connection again`);
  });
});
