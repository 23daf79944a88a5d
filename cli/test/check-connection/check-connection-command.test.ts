import { CloudFormationClient, GetTemplateCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetAccountSummaryCommand, IAMClient, ListRolesCommand } from '@aws-sdk/client-iam';
import { AWSOrganizationsNotInUseException, DescribeOrganizationCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand, RegionDisabledException, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { ActionClass, DataAccessGuardrail, PermissionProfile } from '../../../src';
import { profileAllowedActions } from '../../../src/permissions/effective-actions';
import {
  AssumedRoleClients, checkConnection, ConnectionOptions, DATA_READ_PROBES, dataReadProbeFor, DEFAULT_SESSION_NAME, SAMPLE_READS,
} from '../../src/check-connection/connection-check';
import { CheckResult } from '../../src/core/check-results';
import { TemporaryCredentials } from '../../src/core/cli-io';
import { runCli } from '../support/run-cli';

const VENDOR = '111111111111';
const CUSTOMER = '333333333333';
const ROLE_NAME = 'OnboardingReadOnlyRole';
const ROLE_ARN = `arn:aws:iam::${CUSTOMER}:role/${ROLE_NAME}`;
const EXTERNAL_ID = 'vendor-tenant-42';
const SESSION_ARN = `arn:aws:sts::${CUSTOMER}:assumed-role/${ROLE_NAME}/${DEFAULT_SESSION_NAME}`;
const TEMPORARY = { AccessKeyId: 'ASIATEMPORARY', SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date('2030-01-01T00:15:00Z') };

const sts = mockClient(STSClient);
const iam = mockClient(IAMClient);
const cloudFormation = mockClient(CloudFormationClient);
const organizations = mockClient(OrganizationsClient);

/** An SDK error as AWS answers it: its name (the error code) and its message. */
function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: {} });
}

function notAuthorized(principal: string, action: string, why: string): Error {
  return awsError('AccessDenied', `User: ${principal} is not authorized to perform: ${action} on resource: *${why ? ` ${why}` : ''}`);
}

/** A customer whose role is deployed as this release deploys it and trusts the vendor with EXTERNAL_ID. */
function healthyCustomer(): void {
  sts.on(AssumeRoleCommand).resolves({ Credentials: TEMPORARY, AssumedRoleUser: { Arn: SESSION_ARN, AssumedRoleId: 'AROAEXAMPLE:session' } });
  sts.on(GetCallerIdentityCommand).resolves({ Account: CUSTOMER, Arn: SESSION_ARN, UserId: 'AROAEXAMPLE:session' });
  iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { Roles: 12, Users: 3 } });
  iam.on(ListRolesCommand).resolves({ Roles: [], IsTruncated: false });
  cloudFormation.on(ListStacksCommand).resolves({ StackSummaries: [] });
  organizations.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abcdefghij' } });
  cloudFormation.on(GetTemplateCommand).rejects(notAuthorized(SESSION_ARN, 'cloudformation:GetTemplate', 'with an explicit deny in an identity-based policy'));
}

/** The clients of the assumed role, recording the credentials they were created with. */
function assumedClients(received: TemporaryCredentials[]): (credentials: TemporaryCredentials) => AssumedRoleClients {
  return (credentials) => {
    received.push(credentials);
    const config = { region: 'us-east-1', credentials };
    return {
      sts: new STSClient(config),
      iam: new IAMClient(config),
      cloudFormation: new CloudFormationClient(config),
      organizations: new OrganizationsClient(config),
    };
  };
}

async function check(options: Partial<ConnectionOptions> = {}, received: TemporaryCredentials[] = []): Promise<CheckResult[]> {
  return checkConnection(
    { sts: new STSClient({ region: 'us-east-1' }), withCredentials: assumedClients(received) },
    { roleArn: ROLE_ARN, externalId: EXTERNAL_ID, ...options },
  );
}

function resultOf(results: CheckResult[], name: string): CheckResult {
  const found = results.find((result) => result.check === name);
  if (!found) {
    throw new Error(`no check '${name}' in ${results.map((result) => result.check).join(', ')}`);
  }
  return found;
}

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runCli(['check-connection', ...args], {
    clients: { sts: new STSClient({ region: 'us-east-1' }), withCredentials: assumedClients([]) },
  });
}

beforeEach(() => {
  sts.reset();
  iam.reset();
  cloudFormation.reset();
  organizations.reset();
});

describe('the reads and the data read it calls', () => {
  test.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('every sample read is allowed and not denied by %s', (_name, profile) => {
    const denied = new Set(DataAccessGuardrail.actions(profile).map((action) => action.toLowerCase()));
    const allowed = new Set(profileAllowedActions(profile).map((action) => action.toLowerCase()).filter((action) => !denied.has(action)));
    expect(SAMPLE_READS.map((read) => read.action).filter((action) => !allowed.has(action.toLowerCase()))).toEqual([]);
  });

  test.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('the data read of %s is one its guardrail denies, if any is', (_name, profile) => {
    const denied = new Set(DataAccessGuardrail.actions(profile).map((action) => action.toLowerCase()));
    const candidates = DATA_READ_PROBES.filter((probe) => denied.has(probe.action.toLowerCase()));
    const probe = dataReadProbeFor(profile);
    expect(probe?.action).toBe(candidates[0]?.action);
    if (probe) {
      expect(denied.has(probe.action.toLowerCase())).toBe(true);
    }
  });

  test('the profiles that deny secret-bearing configuration get a data read', () => {
    const secretBearingDenied = PermissionProfile.all()
      .filter((profile) => DataAccessGuardrail.deniedClasses(profile).includes(ActionClass.SECRET_BEARING_CONFIGURATION));
    expect(secretBearingDenied.length).toBeGreaterThan(0);
    for (const profile of secretBearingDenied) {
      expect(dataReadProbeFor(profile)).toBeDefined();
    }
  });
});

describe('check-connection checks', () => {
  test('all pass for a healthy customer, assuming with the role ARN, the external ID and the session name', async () => {
    healthyCustomer();
    const received: TemporaryCredentials[] = [];
    const results = await check({}, received);
    expect(results.filter((result) => result.status !== 'PASS')).toEqual([]);
    expect(results.map((result) => result.check)).toEqual([
      'assume role', 'identity', ...SAMPLE_READS.map((read) => `read ${read.action}`), 'data read denied',
    ]);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toMatchObject({
      RoleArn: ROLE_ARN, ExternalId: EXTERNAL_ID, RoleSessionName: DEFAULT_SESSION_NAME,
    });
    // The later calls use the role's temporary credentials.
    expect(received).toEqual([{ accessKeyId: 'ASIATEMPORARY', secretAccessKey: 'secret', sessionToken: 'token', expiration: TEMPORARY.Expiration }]);
    expect(resultOf(results, 'identity').detail).toContain(SESSION_ARN);
    expect(resultOf(results, 'data read denied').detail).toMatch(/cloudformation:GetTemplate is denied with an explicit deny in an identity-based policy/);
  });

  test('a session name given is the one assumed with', async () => {
    healthyCustomer();
    await check({ sessionName: 'vendor-onboarding' });
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input.RoleSessionName).toBe('vendor-onboarding');
  });

  test('a wrong external ID fails the assumption with its fix, and the rest is skipped without calls', async () => {
    healthyCustomer();
    sts.on(AssumeRoleCommand).rejects(notAuthorized(`arn:aws:sts::${VENDOR}:assumed-role/Collector/app`, 'sts:AssumeRole', ''));
    const results = await check({ externalId: 'not-the-customers' });
    const assume = resultOf(results, 'assume role');
    expect(assume.status).toBe('FAIL');
    expect(assume.detail).toContain('is not authorized to perform: sts:AssumeRole');
    expect(assume.fix).toMatch(/the role does not trust this principal or the external ID differs: check the role ARN and the external ID the customer used/);
    expect(results.filter((result) => result !== assume).every((result) => result.status === 'SKIP')).toBe(true);
    expect(results).toHaveLength(3 + SAMPLE_READS.length);
    expect(sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(0);
    expect(iam.calls()).toHaveLength(0);
    expect(cloudFormation.calls()).toHaveLength(0);
  });

  test('a disabled Region fails the assumption with the Region fix', async () => {
    healthyCustomer();
    sts.on(AssumeRoleCommand).rejects(new RegionDisabledException({
      message: 'STS is not activated in this region for account:333333333333. Your account administrator can activate STS in this region using the IAM Console.',
      $metadata: {},
    }));
    const assume = resultOf(await check({ region: 'ap-east-1' }), 'assume role');
    expect(assume).toMatchObject({ status: 'FAIL', fix: expect.stringMatching(/STS is not activated in the Region ap-east-1 .* --region/) });
  });

  test('an external ID that STS refuses names the external ID', async () => {
    healthyCustomer();
    sts.on(AssumeRoleCommand).rejects(awsError('ValidationError', "1 validation error detected: Value 'a b' at 'externalId' failed to satisfy constraint"));
    expect(resultOf(await check({ externalId: 'a b' }), 'assume role').fix).toMatch(/the external ID is malformed/);
  });

  test('credentials of another role fail the identity check', async () => {
    healthyCustomer();
    sts.on(GetCallerIdentityCommand).resolves({ Account: VENDOR, Arn: `arn:aws:sts::${VENDOR}:assumed-role/Collector/app` });
    const identity = resultOf(await check(), 'identity');
    expect(identity.status).toBe('FAIL');
    expect(identity.detail).toContain(`expected arn:aws:sts::${CUSTOMER}:assumed-role/${ROLE_NAME}/`);
  });

  test('a read denied by a service control policy fails, naming the SCP; the other reads still run', async () => {
    healthyCustomer();
    cloudFormation.on(ListStacksCommand).rejects(notAuthorized(SESSION_ARN, 'cloudformation:ListStacks', 'with an explicit deny in a service control policy'));
    const results = await check();
    const read = resultOf(results, 'read cloudformation:ListStacks');
    expect(read.status).toBe('FAIL');
    expect(read.fix).toMatch(/service control policy/);
    expect(results.filter((result) => result.status === 'FAIL')).toEqual([read]);
  });

  test('a read the role lacks fails with the redeploy fix', async () => {
    healthyCustomer();
    iam.on(ListRolesCommand).rejects(notAuthorized(SESSION_ARN, 'iam:ListRoles', 'because no identity-based policy allows the iam:ListRoles action'));
    const read = resultOf(await check({ profile: PermissionProfile.INVENTORY }), 'read iam:ListRoles');
    expect(read).toMatchObject({ status: 'FAIL', fix: expect.stringMatching(/^the role lacks the read of the INVENTORY profile: redeploy/) });
  });

  test('an account outside an organization passes the Organizations read', async () => {
    healthyCustomer();
    organizations.on(DescribeOrganizationCommand).rejects(new AWSOrganizationsNotInUseException({ message: 'not in an organization', $metadata: {} }));
    expect(resultOf(await check(), 'read organizations:DescribeOrganization')).toMatchObject({ status: 'PASS', detail: expect.stringContaining('not in an organization') });
  });

  test('a data read that succeeds fails: the guardrail is missing', async () => {
    healthyCustomer();
    cloudFormation.on(GetTemplateCommand).resolves({ TemplateBody: '{}' });
    const data = resultOf(await check(), 'data read denied');
    expect(data).toMatchObject({ status: 'FAIL', fix: expect.stringMatching(/^the data-access guardrail is missing: redeploy/) });
  });

  test('a data read that reaches CloudFormation fails: the probe stack does not exist, but the call was authorized', async () => {
    healthyCustomer();
    cloudFormation.on(GetTemplateCommand).rejects(awsError('ValidationError', 'Stack with id cdk-account-onboarding-check-connection-probe does not exist'));
    expect(resultOf(await check(), 'data read denied')).toMatchObject({ status: 'FAIL', fix: expect.stringMatching(/guardrail is missing/) });
  });

  test('a data read denied only because nothing allows it fails: the explicit deny is missing', async () => {
    healthyCustomer();
    cloudFormation.on(GetTemplateCommand).rejects(notAuthorized(SESSION_ARN, 'cloudformation:GetTemplate', 'because no identity-based policy allows the cloudformation:GetTemplate action'));
    expect(resultOf(await check(), 'data read denied')).toMatchObject({ status: 'FAIL', fix: expect.stringMatching(/explicit deny\) is missing/) });
  });

  test.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('%s: the data read is called when the guardrail denies one, else skipped', async (_name, profile) => {
    healthyCustomer();
    const probe = dataReadProbeFor(profile);
    const data = resultOf(await check({ profile }), 'data read denied');
    if (probe) {
      expect(data).toMatchObject({ status: 'PASS', detail: expect.stringContaining(probe.action) });
      expect(cloudFormation.commandCalls(GetTemplateCommand)).toHaveLength(1);
    } else {
      expect(data).toMatchObject({ status: 'SKIP', detail: expect.stringContaining('cdk-account-onboarding verify') });
      expect(cloudFormation.commandCalls(GetTemplateCommand)).toHaveLength(0);
    }
  });
});

describe('cdk-account-onboarding check-connection', () => {
  test('exits 0 and prints every check and the summary when all pass, with progress on stderr', async () => {
    healthyCustomer();
    const { code, out, err } = await run(['--role-arn', ROLE_ARN, '--external-id', EXTERNAL_ID, '--region', 'us-east-1']);
    expect(code).toBe(0);
    expect(out).toMatch(/^PASS {2}assume role/m);
    expect(out).toMatch(/^PASS {2}data read denied/m);
    expect(out).not.toMatch(/^(FAIL|SKIP)/m);
    expect(out).toMatch(/connected: .* COST profile/);
    expect(err).toContain(`assuming ${ROLE_ARN}`);
    expect(sts.commandCalls(AssumeRoleCommand)[0].args[0].input).toMatchObject({ RoleArn: ROLE_ARN, ExternalId: EXTERNAL_ID });
  });

  test('exits 1 with the fix when the external ID is wrong', async () => {
    healthyCustomer();
    sts.on(AssumeRoleCommand).rejects(notAuthorized(`arn:aws:sts::${VENDOR}:assumed-role/Collector/app`, 'sts:AssumeRole', ''));
    const { code, out } = await run(['--role-arn', ROLE_ARN, '--external-id', 'wrong-id']);
    expect(code).toBe(1);
    expect(out).toMatch(/^FAIL {2}assume role/m);
    expect(out).toMatch(/fix: the role does not trust this principal or the external ID differs/);
    expect(out).toMatch(/^SKIP {2}identity/m);
    expect(out).toMatch(/1 of \d+ checks failed/);
  });

  // Every profile's guardrail denies one of the probes, so the data-read check runs for each; the check's
  // SKIP is for a profile without one, which a new profile would show here first.
  test('every profile has a data-read probe that its guardrail denies', () => {
    expect(PermissionProfile.all().filter((profile) => !dataReadProbeFor(profile)).map((profile) => profile.name)).toEqual([]);
  });

  test.each([
    ['a malformed role ARN', ['--role-arn', 'arn:aws:iam::12345:role/x', '--external-id', EXTERNAL_ID], /--role-arn must be arn:<partition>:iam::/],
    ['a user ARN', ['--role-arn', `arn:aws:iam::${CUSTOMER}:user/alice`, '--external-id', EXTERNAL_ID], /--role-arn must be/],
    ['a missing --external-id', ['--role-arn', ROLE_ARN], /required option '--external-id <id>' not specified/],
    ['a missing --role-arn', ['--external-id', EXTERNAL_ID], /required option '--role-arn <arn>' not specified/],
    ['a malformed external ID', ['--role-arn', ROLE_ARN, '--external-id', 'x'], /--external-id must be 2 to 1224 characters/],
    ['an unknown profile', ['--role-arn', ROLE_ARN, '--external-id', EXTERNAL_ID, '--profile', 'ADMIN'], /argument 'ADMIN' is invalid/],
    ['a malformed Region', ['--role-arn', ROLE_ARN, '--external-id', EXTERNAL_ID, '--region', 'mars'], /--region must be an AWS Region code/],
  ])('exits 2 without calling AWS for %s', async (_name, args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(sts.calls()).toHaveLength(0);
  });

  test('prints the usage for --help and is listed in the help of the command line', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: cdk-account-onboarding check-connection \[options\]/);
    expect(help.out).toContain('--external-id <id>');
    const root = await runCli(['--help']);
    expect(root.out).toMatch(/\n {2}check-connection \[options\] +assume a customer's role/);
  });
});
