import { CloudFormationClient, DescribeOrganizationsAccessCommand } from '@aws-sdk/client-cloudformation';
import {
  AccessDeniedException, AWSOrganizationsNotInUseException, DescribeOrganizationalUnitCommand, DescribeOrganizationCommand,
  ListAWSServiceAccessForOrganizationCommand, ListDelegatedAdministratorsCommand, ListRootsCommand, OrganizationalUnitNotFoundException,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { CheckResult } from '../../src/core/check-results';
import { checkStackSetPrerequisites, PrerequisiteOptions } from '../../src/doctor/stack-set-prerequisites';
import { FAKE_CREDENTIALS, withAwsEnvironment } from '../support/aws-environment';
import { runCli } from '../support/run-cli';

const MANAGEMENT = '111111111111';
const ADMIN = '222222222222';
const OTHER = '333333333333';
const OU = 'ou-ab12-cd34ef56';
const ROOT = 'r-ab12';
const PRINCIPAL = 'member.org.stacksets.cloudformation.amazonaws.com';

const sts = mockClient(STSClient);
const organizations = mockClient(OrganizationsClient);
const cloudFormation = mockClient(CloudFormationClient);

const accessDenied = () => new AccessDeniedException({ message: 'not authorized', $metadata: {} });
const cloudFormationAccessDenied = () => Object.assign(new Error('User is not authorized to perform: cloudformation:DescribeOrganizationsAccess'), { name: 'AccessDenied' });

/** A healthy organization, called from `account`. */
function organizationAs(account: string): void {
  sts.on(GetCallerIdentityCommand).resolves({ Account: account, Arn: `arn:aws:sts::${account}:assumed-role/Admin/me` });
  organizations.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abcdefghij', FeatureSet: 'ALL', MasterAccountId: MANAGEMENT } });
  organizations.on(ListDelegatedAdministratorsCommand).resolves({ DelegatedAdministrators: [{ Id: ADMIN }] });
  organizations.on(DescribeOrganizationalUnitCommand, { OrganizationalUnitId: OU }).resolves({ OrganizationalUnit: { Id: OU, Name: 'Workloads' } });
  organizations.on(ListRootsCommand).resolves({ Roots: [{ Id: ROOT }] });
  cloudFormation.on(DescribeOrganizationsAccessCommand).resolves({ Status: 'ENABLED' });
}

function check(options: Partial<PrerequisiteOptions> = {}): Promise<CheckResult[]> {
  return checkStackSetPrerequisites({
    sts: new STSClient({ region: 'us-east-1' }),
    organizations: new OrganizationsClient({ region: 'us-east-1' }),
    cloudFormation: new CloudFormationClient({ region: 'us-east-1' }),
  }, { organizationalUnitIds: [OU], ...options });
}

function resultOf(results: CheckResult[], name: string): CheckResult {
  const found = results.find((result) => result.check === name);
  if (!found) {
    throw new Error(`no check '${name}' in ${results.map((result) => result.check).join(', ')}`);
  }
  return found;
}

/** Runs the command line and returns its exit code and everything it printed. */
/** Runs the command with its own clients, which the class mocks answer, and credentials that are only for them. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  return withAwsEnvironment(FAKE_CREDENTIALS, () => runCli(args));
}

beforeEach(() => {
  sts.reset();
  organizations.reset();
  cloudFormation.reset();
});

describe('doctor checks', () => {
  test('all pass for the management account with activated trusted access and existing targets', async () => {
    organizationAs(MANAGEMENT);
    const results = await check({ organizationalUnitIds: [OU, ROOT], callAs: 'SELF' });
    expect(results.map((result) => [result.check, result.status])).toEqual([
      ['credentials', 'PASS'], ['organization', 'PASS'], ['caller', 'PASS'], ['trusted access', 'PASS'], [`target ${OU}`, 'PASS'], [`target ${ROOT}`, 'PASS'],
    ]);
    expect(resultOf(results, 'caller').detail).toContain('use CallAs.SELF');
    expect(cloudFormation.commandCalls(DescribeOrganizationsAccessCommand)[0].args[0].input).toEqual({ CallAs: 'SELF' });
    // The management account needs no delegated administrator lookup.
    expect(organizations.commandCalls(ListDelegatedAdministratorsCommand)).toHaveLength(0);
  });

  test('all pass for a registered delegated administrator, found on a later page', async () => {
    organizationAs(ADMIN);
    organizations.on(ListDelegatedAdministratorsCommand)
      .resolvesOnce({ DelegatedAdministrators: [{ Id: OTHER }], NextToken: 'page-2' })
      .resolvesOnce({ DelegatedAdministrators: [{ Id: ADMIN }] });
    const results = await check();
    expect(results.every((result) => result.status === 'PASS')).toBe(true);
    expect(resultOf(results, 'caller').detail).toContain('use CallAs.DELEGATED_ADMIN');
    const lists = organizations.commandCalls(ListDelegatedAdministratorsCommand).map((call) => call.args[0].input);
    expect(lists).toEqual([{ ServicePrincipal: PRINCIPAL, NextToken: undefined }, { ServicePrincipal: PRINCIPAL, NextToken: 'page-2' }]);
    expect(cloudFormation.commandCalls(DescribeOrganizationsAccessCommand)[0].args[0].input).toEqual({ CallAs: 'DELEGATED_ADMIN' });
  });

  test('fails when trusted access is not activated, with the command that activates it', async () => {
    organizationAs(MANAGEMENT);
    cloudFormation.on(DescribeOrganizationsAccessCommand).resolves({ Status: 'DISABLED' });
    const trusted = resultOf(await check(), 'trusted access');
    expect(trusted.status).toBe('FAIL');
    expect(trusted.detail).toContain('You must enable organizations access to operate a service managed stack set');
    expect(trusted.fix).toBe(`in the management account ${MANAGEMENT}: aws cloudformation activate-organizations-access`);
  });

  test('reads trusted access from Organizations when CloudFormation denies the call', async () => {
    organizationAs(MANAGEMENT);
    cloudFormation.on(DescribeOrganizationsAccessCommand).rejects(cloudFormationAccessDenied());
    organizations.on(ListAWSServiceAccessForOrganizationCommand)
      .resolvesOnce({ EnabledServicePrincipals: [{ ServicePrincipal: 'sso.amazonaws.com' }], NextToken: 'more' })
      .resolvesOnce({ EnabledServicePrincipals: [{ ServicePrincipal: PRINCIPAL }] });
    expect(resultOf(await check(), 'trusted access')).toMatchObject({ status: 'PASS', detail: expect.stringContaining(PRINCIPAL) });
  });

  test('fails when Organizations does not list StackSets among the trusted services', async () => {
    organizationAs(MANAGEMENT);
    cloudFormation.on(DescribeOrganizationsAccessCommand).rejects(cloudFormationAccessDenied());
    organizations.on(ListAWSServiceAccessForOrganizationCommand).resolves({ EnabledServicePrincipals: [{ ServicePrincipal: 'sso.amazonaws.com' }] });
    expect(resultOf(await check(), 'trusted access')).toMatchObject({
      status: 'FAIL', fix: `in the management account ${MANAGEMENT}: aws cloudformation activate-organizations-access`,
    });
  });

  test('fails when neither API tells the trusted access, naming the permission to add', async () => {
    organizationAs(MANAGEMENT);
    cloudFormation.on(DescribeOrganizationsAccessCommand).rejects(cloudFormationAccessDenied());
    organizations.on(ListAWSServiceAccessForOrganizationCommand).rejects(accessDenied());
    expect(resultOf(await check(), 'trusted access')).toEqual({
      check: 'trusted access',
      status: 'FAIL',
      detail: expect.stringMatching(/DescribeOrganizationsAccess failed \(AccessDenied: .*\), organizations:ListAWSServiceAccessForOrganization failed \(AccessDeniedException: not authorized\)/),
      fix: 'allow cloudformation:DescribeOrganizationsAccess to the caller',
    });
  });

  test('fails when the caller is neither the management account nor a delegated administrator, with the register command', async () => {
    organizationAs(OTHER);
    const results = await check();
    expect(resultOf(results, 'caller')).toEqual({
      check: 'caller',
      status: 'FAIL',
      detail: `account ${OTHER} is neither the management account (${MANAGEMENT}) nor a delegated administrator for StackSets (registered: ${ADMIN})`,
      fix: `in the management account ${MANAGEMENT}: aws organizations register-delegated-administrator --account-id ${OTHER} `
        + `--service-principal ${PRINCIPAL}; or deploy from the management account with CallAs.SELF`,
    });
    expect(resultOf(results, 'trusted access').status).toBe('SKIP');
    expect(cloudFormation.commandCalls(DescribeOrganizationsAccessCommand)).toHaveLength(0);
  });

  test('fails when a member account may not list the delegated administrators', async () => {
    organizationAs(OTHER);
    organizations.on(ListDelegatedAdministratorsCommand).rejects(accessDenied());
    const caller = resultOf(await check(), 'caller');
    expect(caller.status).toBe('FAIL');
    expect(caller.detail).toContain('ListDelegatedAdministrators failed: AccessDeniedException');
    expect(caller.fix).toContain(`aws organizations register-delegated-administrator --account-id ${OTHER} --service-principal ${PRINCIPAL}`);
    expect(caller.fix).toContain('organizations:ListDelegatedAdministrators');
  });

  test('fails when the management account would call as a delegated administrator', async () => {
    organizationAs(MANAGEMENT);
    expect(resultOf(await check({ callAs: 'DELEGATED_ADMIN' }), 'caller')).toMatchObject({
      status: 'FAIL', fix: 'set callAs: CallAs.SELF (and run the doctor with --call-as SELF)',
    });
  });

  test('fails when a delegated administrator would call as SELF', async () => {
    organizationAs(ADMIN);
    expect(resultOf(await check({ callAs: 'SELF' }), 'caller')).toMatchObject({
      status: 'FAIL', fix: 'set callAs: CallAs.DELEGATED_ADMIN (and run the doctor with --call-as DELEGATED_ADMIN)',
    });
  });

  test('fails for an OU that does not exist, an unknown root and a malformed ID, with how to find the IDs', async () => {
    organizationAs(MANAGEMENT);
    organizations.on(DescribeOrganizationalUnitCommand, { OrganizationalUnitId: 'ou-ab12-00000000' })
      .rejects(new OrganizationalUnitNotFoundException({ message: 'not found', $metadata: {} }));
    const results = await check({ organizationalUnitIds: [OU, 'ou-ab12-00000000', 'r-zz99', 'OU-Workloads'] });
    const find = 'find the IDs with: aws organizations list-roots, then aws organizations list-organizational-units-for-parent --parent-id <root or OU ID>';
    expect(resultOf(results, `target ${OU}`)).toMatchObject({ status: 'PASS', detail: `OU ${OU} (Workloads) exists` });
    expect(resultOf(results, 'target ou-ab12-00000000')).toEqual({
      check: 'target ou-ab12-00000000', status: 'FAIL', detail: 'OU ou-ab12-00000000 does not exist in this organization', fix: find,
    });
    expect(resultOf(results, 'target r-zz99')).toMatchObject({ status: 'FAIL', detail: expect.stringContaining(`its root: ${ROOT}`), fix: `use ${ROOT}` });
    expect(resultOf(results, 'target OU-Workloads')).toMatchObject({ status: 'FAIL', detail: expect.stringContaining("'OU-Workloads' is neither an OU ID"), fix: find });
    expect(organizations.commandCalls(DescribeOrganizationalUnitCommand).map((call) => call.args[0].input.OrganizationalUnitId))
      .toEqual([OU, 'ou-ab12-00000000']);
  });

  test('fails when the caller may not describe the OUs, with the permission to add', async () => {
    organizationAs(ADMIN);
    organizations.on(DescribeOrganizationalUnitCommand).rejects(accessDenied());
    expect(resultOf(await check(), `target ${OU}`)).toMatchObject({
      status: 'FAIL', fix: 'allow organizations:DescribeOrganizationalUnit, or run the doctor with credentials of the management account',
    });
  });

  test('fails outside an organization with the command that creates one, and skips the rest', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: OTHER, Arn: `arn:aws:iam::${OTHER}:user/me` });
    organizations.on(DescribeOrganizationCommand).rejects(new AWSOrganizationsNotInUseException({ message: 'not in use', $metadata: {} }));
    const results = await check();
    expect(resultOf(results, 'organization')).toMatchObject({
      status: 'FAIL', fix: expect.stringContaining('aws organizations create-organization --feature-set ALL'),
    });
    expect(results.filter((result) => result.status === 'SKIP').map((result) => result.check)).toEqual(['caller', 'trusted access', `target ${OU}`]);
  });

  test('fails for an organization with consolidated billing only, with the command that enables all features', async () => {
    organizationAs(MANAGEMENT);
    organizations.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-abcdefghij', FeatureSet: 'CONSOLIDATED_BILLING', MasterAccountId: MANAGEMENT } });
    expect(resultOf(await check(), 'organization')).toMatchObject({
      status: 'FAIL', fix: `in the management account ${MANAGEMENT}: aws organizations enable-all-features, then have every member account accept the handshake`,
    });
  });

  test('fails without credentials and skips every other check', async () => {
    sts.on(GetCallerIdentityCommand).rejects(Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }));
    const results = await check();
    expect(results[0]).toMatchObject({
      check: 'credentials',
      status: 'FAIL',
      detail: 'sts:GetCallerIdentity failed: CredentialsProviderError: Could not load credentials from any providers',
      fix: expect.stringContaining('AWS_PROFILE'),
    });
    expect(results.slice(1).map((result) => result.status)).toEqual(['SKIP', 'SKIP', 'SKIP', 'SKIP']);
    expect(organizations.calls()).toHaveLength(0);
  });
});

describe('doctor command', () => {
  test('prints a PASS line per check and exits 0 when everything passes', async () => {
    organizationAs(MANAGEMENT);
    const { code, out } = await run('doctor', '--ou', `${OU},${ROOT}`, '--call-as', 'SELF', '--region', 'eu-west-1');
    expect(code).toBe(0);
    expect(out.split('\n').filter((line) => line.startsWith('PASS'))).toHaveLength(6);
    expect(out).toContain('ready: the StackSet can be deployed; once it is, the vendor checks every member account with '
      + 'cdk-account-onboarding check-connection --organization --role-arn');
    expect(await cloudFormation.call(0).thisValue.config.region()).toBe('eu-west-1');
  });

  test('prints the fix under each failure and exits 1', async () => {
    organizationAs(OTHER);
    organizations.on(DescribeOrganizationalUnitCommand, { OrganizationalUnitId: 'ou-ab12-00000000' })
      .rejects(new OrganizationalUnitNotFoundException({ message: 'not found', $metadata: {} }));
    const { code, out } = await run('doctor', '--ou', OU, '--ou', 'ou-ab12-00000000', '--region', 'us-east-1');
    expect(code).toBe(1);
    const lines = out.split('\n');
    const caller = lines.findIndex((line) => line.startsWith('FAIL  caller'));
    expect(caller).toBeGreaterThan(0);
    expect(lines[caller + 1].trim()).toBe(`fix: in the management account ${MANAGEMENT}: aws organizations register-delegated-administrator `
      + `--account-id ${OTHER} --service-principal ${PRINCIPAL}; or deploy from the management account with CallAs.SELF`);
    expect(lines.some((line) => line.startsWith('SKIP  trusted access'))).toBe(true);
    expect(out).toContain('3 of 6 checks did not pass');
  });

  test('exits 1 when trusted access is off, printing the activation command', async () => {
    organizationAs(MANAGEMENT);
    cloudFormation.on(DescribeOrganizationsAccessCommand).resolves({ Status: 'DISABLED' });
    const { code, out } = await run('doctor', '--ou', OU, '--region', 'us-east-1');
    expect(code).toBe(1);
    expect(out).toMatch(/^FAIL {2}trusted access +trusted access for CloudFormation StackSets is DISABLED/m);
    expect(out).toContain(`fix: in the management account ${MANAGEMENT}: aws cloudformation activate-organizations-access`);
  });

  test.each([
    [['--call-as', 'ADMIN'], "option '--call-as <value>' argument 'ADMIN' is invalid. Allowed choices are SELF, DELEGATED_ADMIN."],
    [['--organizational-unit', OU], "unknown option '--organizational-unit'"],
    [['extra'], "too many arguments for 'doctor'. Expected 0 arguments but got 1."],
  ])('exits 2 for invalid arguments %j', async (args, message) => {
    const { code, err } = await run('doctor', ...args);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('(see --help)');
    expect(sts.calls()).toHaveLength(0);
  });

  test('prints its usage with --help, and is listed by the command line', async () => {
    const help = await run('doctor', '--help');
    expect(help).toMatchObject({ code: 0, out: expect.stringContaining('--ou <id>') });
    // The check after the StackSet, which the help of the check before it points to.
    expect(help.out.replace(/\s+/g, ' ')).toContain('the vendor\'s check after it, of every member account, is check-connection --organization');
    expect((await run('--help')).out).toMatch(/^ {2}doctor \[options\] +check the prerequisites/m);
  });
});
