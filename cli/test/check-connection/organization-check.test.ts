import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import { ListAccountsCommand, ListParentsCommand } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { DEFAULT_CONCURRENCY } from '../../src/check-connection/connection-defaults';
import { FailureClass, outcomeOf } from '../../src/check-connection/organization-check';
import { FAKE_CREDENTIALS, withAwsEnvironment } from '../support/aws-environment';
import { EXTERNAL_ID, MockAccount, MockedOrganization, mockOrganization, ROLE_NAME } from '../support/mock-organization';
import { runCli } from '../support/run-cli';

const MANAGEMENT = '100000000001';
const ROLE_ARN = `arn:aws:iam::${MANAGEMENT}:role/${ROLE_NAME}`;
const MISSING_OU = 'ou-ab12-newteam1';

/** Every kind of account an 800-account customer has, once. */
const MIXED: MockAccount[] = [
  { id: MANAGEMENT, name: 'management', parent: 'r-ab12', behaviour: 'connected' },
  { id: '100000000002', name: 'payments-prod', parent: 'ou-ab12-workload', behaviour: 'connected' },
  { id: '100000000003', name: 'new-team-dev', parent: MISSING_OU, behaviour: 'missing-role' },
  { id: '100000000004', name: 'legacy-stack', parent: 'ou-ab12-workload', behaviour: 'wrong-external-id' },
  { id: '100000000005', name: 'locked-down', parent: 'ou-ab12-sandbox', behaviour: 'scp-denies-reads' },
  { id: '100000000006', name: 'closed-sandbox', parent: 'ou-ab12-sandbox', behaviour: 'connected', state: 'SUSPENDED' },
  { id: '100000000007', name: 'busy-account', parent: 'ou-ab12-workload', behaviour: 'throttled-once' },
  { id: '100000000008', name: 'old-template', parent: 'ou-ab12-workload', behaviour: 'old-guardrail' },
  { id: '100000000009', name: 'eu-only', parent: 'ou-ab12-workload', behaviour: 'region-scope' },
  { id: '100000000010', name: 'old-profile', parent: 'ou-ab12-workload', behaviour: 'reads-missing' },
  { id: '100000000011', name: 'fenced', parent: 'ou-ab12-workload', behaviour: 'rcp-denies-assume-role' },
];

let organization: MockedOrganization | undefined;
afterEach(() => organization?.restore());

function run(accounts: MockAccount[], args: string[]) {
  organization = mockOrganization(accounts, MANAGEMENT);
  return runCli(['check-connection', '--role-arn', ROLE_ARN, '--external-id', EXTERNAL_ID, '--region', 'us-east-1', ...args], { clients: organization.clients });
}

function jsonLines(out: string): any[] {
  return out.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line));
}

function tempFile(name: string, text: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'organization-check-'));
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('check-connection --organization, a mixed organization', () => {
  test('prints a line per failing account only, and a summary with each class and its fix', async () => {
    const { code, out, err } = await run(MIXED, ['--organization', '--template-version', '1.2.0']);
    expect(code).toBe(1);
    const failLines = out.split('\n').filter((line) => line.startsWith('FAIL'));
    expect(failLines.map((line) => line.split(/\s+/)[1]).sort()).toEqual(
      ['100000000003', '100000000004', '100000000005', '100000000008', '100000000009', '100000000010', '100000000011']);
    // Connected, throttled-then-fine and suspended accounts get no line.
    expect(out).not.toMatch(/100000000002|busy-account|closed-sandbox/);

    expect(out).toMatch(/checked 10 active accounts in \d+ s, 10 at once: 3 connected, 7 failed; 1 skipped \(suspended or closed\)/);
    // The missing role and the wrong external ID: AWS's same AccessDenied, one class, both fixes, the OUs named.
    expect(out).toMatch(/role not assumable \(missing, or its trust refuses\) +2 +\(100000000003, 100000000004\)/);
    expect(out).toMatch(new RegExp(`fix: deploy the StackSet to OU ${MISSING_OU} \\(1 account\\), OU ou-ab12-workload \\(1 account\\); `
      + 'where the StackSet already reached them, their role trusts another external ID or principal: update those stack instances '
      + 'with the external ID the vendor gave \\(AWS answers both cases with the same AccessDenied; --stack-set-name tells them apart\\)'));
    expect(out).toMatch(/reads denied by an SCP or RCP +1 .*\n +fix: a service \(or resource\) control policy on these accounts' OUs denies the reads: exempt the role ExampleCloudCostsReadOnlyRole/);
    expect(out).toMatch(/AssumeRole denied by a resource control policy +1 .*\n +fix: a resource control policy of the organization denies sts:AssumeRole/);
    expect(out).toMatch(/Region scope leaves out the vendor's Region +1 .*\n +fix: the role's Region scope leaves out us-east-1, where the vendor reads: add us-east-1 to the stack's AllowedRegions/);
    expect(out).toMatch(/guardrail behind \(data read not denied\) +1 .*\n +fix: update the stack to template 1\.2\.0: its guardrail denies data reads explicitly/);
    expect(out).toMatch(/reads missing \(stack older than the profile\) +1 .*\n +fix: update the stack to template 1\.2\.0 \(with the COST profile\)/);
    expect(out).toMatch(/skipped \(suspended or closed\) +1/);
    expect(out).toMatch(/1 account was checked again after AWS throttled them/);
    expect(out).toMatch(/7 of 10 active accounts failed: apply the fix of each class above, then check them again with --only-failed/);
    expect(err).toMatch(/listing the organization's accounts/);
    expect(err).toMatch(/checked 10 of 10 accounts: 3 connected, 7 failed/);
  });

  test('assumes each active account\'s role of the same name with the same external ID; none in the suspended one; the throttled one twice', async () => {
    await run(MIXED, ['--organization']);
    const assumed = organization!.sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input);
    expect(assumed.every((input) => input.ExternalId === EXTERNAL_ID)).toBe(true);
    const byAccount = new Map<string, number>();
    for (const input of assumed) {
      expect(input.RoleArn).toMatch(new RegExp(`^arn:aws:iam::\\d{12}:role/${ROLE_NAME}$`));
      const id = input.RoleArn!.split(':')[4];
      byAccount.set(id, (byAccount.get(id) ?? 0) + 1);
    }
    expect(byAccount.has('100000000006')).toBe(false);
    expect(byAccount.get('100000000007')).toBe(2);
    // The management account's role lists the accounts (every page) and is then checked like any other.
    expect(organization!.organizations.commandCalls(ListAccountsCommand)).toHaveLength(1);
    expect(byAccount.get(MANAGEMENT)).toBe(2);
    // Parents are looked up for the accounts whose role could not be assumed only.
    expect(organization!.organizations.commandCalls(ListParentsCommand).map((call) => call.args[0].input.ChildId).sort())
      .toEqual(['100000000003', '100000000004']);
  });

  test('with --stack-set-name, the StackSet\'s instances tell the missing role from the trust that refuses', async () => {
    const { code, out } = await run(MIXED, ['--organization', '--stack-set-name', 'Onboarding-MemberAccounts', '--json']);
    expect(code).toBe(1);
    expect(organization!.cloudFormation.commandCalls(ListStackInstancesCommand).map((call) => call.args[0].input))
      .toEqual([{ StackSetName: 'Onboarding-MemberAccounts', CallAs: 'SELF', NextToken: undefined }]);
    const lines = jsonLines(out);
    const byId = new Map(lines.filter((line) => line.type === 'account').map((line) => [line.account, line]));
    expect(byId.get('100000000003')).toMatchObject({ class: FailureClass.STACKSET_NOT_REACHED, detail: expect.stringMatching(/^the StackSet has no instance here; /) });
    expect(byId.get('100000000004')).toMatchObject({ class: FailureClass.TRUST_REFUSES, detail: expect.stringMatching(/^the StackSet's instance here is CURRENT SUCCEEDED; /) });
    const classes = lines[lines.length - 1].classes;
    expect(classes.find((entry: any) => entry.class === 'stackset-not-reached').fix).toBe(`deploy the StackSet to OU ${MISSING_OU} (1 account)`);
    expect(classes.find((entry: any) => entry.class === 'trust-refuses').fix)
      .toMatch(/^where the stack instance is CURRENT, the role's trust names another external ID or principal: update those stack instances with the external ID/);
    expect(classes.map((entry: any) => entry.class)).not.toContain('role-not-assumable');
  });

  test('exits 0 with the connected closing line when every active account connects', async () => {
    const healthy = MIXED.filter((account) => account.behaviour === 'connected' || account.behaviour === 'throttled-once');
    const { code, out } = await run(healthy, ['--organization']);
    expect(code).toBe(0);
    expect(out).not.toMatch(/^FAIL/m);
    expect(out).toMatch(/connected: all 3 active accounts/);
    expect(out).not.toMatch(/apply the fix/);
  });

  test('pages through ListAccounts', async () => {
    const many = Array.from({ length: 45 }, (_, index): MockAccount => ({
      id: String(200000000000 + index), name: `workload-${index}`, parent: 'ou-ab12-workload', behaviour: 'connected',
    }));
    const { code, out, err } = await run([{ ...MIXED[0] }, ...many], ['--organization', '--concurrency', '8']);
    expect(code).toBe(0);
    expect(organization!.organizations.commandCalls(ListAccountsCommand)).toHaveLength(3);
    expect(out).toMatch(/checked 46 active accounts in \d+ s, 8 at once: 46 connected, 0 failed/);
    // A progress line for each tenth of the accounts, on stderr.
    expect(err.split('\n').filter((line) => /^checked \d+ of 46 accounts/.test(line))).toHaveLength(10);
  });

  test('never checks more accounts at once than --concurrency', async () => {
    const many = Array.from({ length: 30 }, (_, index): MockAccount => ({
      id: String(300000000000 + index), name: '', parent: 'ou-ab12-workload', behaviour: 'connected',
    }));
    organization = mockOrganization([MIXED[0], ...many], MANAGEMENT, 5);
    const { code } = await runCli(['check-connection', '--role-arn', ROLE_ARN, '--external-id', EXTERNAL_ID, '--organization', '--concurrency', '4'],
      { clients: organization.clients });
    expect(code).toBe(0);
    expect(organization.maxInFlight()).toBe(4);
  });

  test(`checks ${DEFAULT_CONCURRENCY} accounts at once by default`, async () => {
    const many = Array.from({ length: DEFAULT_CONCURRENCY + 10 }, (_, index): MockAccount => ({
      id: String(400000000000 + index), name: '', parent: 'ou-ab12-workload', behaviour: 'connected',
    }));
    organization = mockOrganization([MIXED[0], ...many], MANAGEMENT, 5);
    const { code, out } = await runCli(['check-connection', '--role-arn', ROLE_ARN, '--external-id', EXTERNAL_ID, '--organization'],
      { clients: organization.clients });
    expect(code).toBe(0);
    expect(organization.maxInFlight()).toBe(DEFAULT_CONCURRENCY);
    expect(out).toMatch(new RegExp(`, ${DEFAULT_CONCURRENCY} at once:`));
  });

  test('an account AWS keeps throttling is checked twice more, 1 s and 2 s later, then counted as throttled', async () => {
    const { code, out } = await run([MIXED[0], { id: '100000000012', name: 'hot', parent: 'ou-ab12-workload', behaviour: 'always-throttled' }], ['--organization']);
    expect(code).toBe(1);
    const attempts = organization!.sts.commandCalls(AssumeRoleCommand).filter((call) => call.args[0].input.RoleArn!.includes('100000000012'));
    expect(attempts).toHaveLength(3);
    expect(out).toMatch(/throttled +1 .*\n +fix: AWS throttled these accounts beyond every retry: rerun them later with --only-failed, or a lower --concurrency/);
  });

  test('the vendor\'s STS client, through which every AssumeRole goes, retries adaptively, 5 attempts', async () => {
    const sts = mockClient(STSClient);
    const seen: { retryMode?: string; maxAttempts?: number } = {};
    sts.on(AssumeRoleCommand).callsFake(async (_input, getClient) => {
      // The strategy the client retries with, as the SDK resolves it from the client's configuration.
      const config = (getClient() as STSClient).config;
      seen.retryMode = ((await config.retryStrategy()) as { mode?: string }).mode;
      seen.maxAttempts = await config.maxAttempts();
      throw Object.assign(new Error(`User: x is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`), { name: 'AccessDenied' });
    });
    try {
      const { code, err } = await withAwsEnvironment({ ...FAKE_CREDENTIALS },
        () => runCli(['check-connection', '--role-arn', ROLE_ARN, '--external-id', EXTERNAL_ID, '--region', 'us-east-1', '--organization']));
      expect(code).toBe(1);
      expect(err).toMatch(/sts:AssumeRole of the management account's role failed: AccessDenied/);
      expect(seen).toEqual({ retryMode: 'adaptive', maxAttempts: 5 });
    } finally {
      sts.restore();
    }
  });
});

describe('the failure class of an account', () => {
  const account = { id: '100000000020', name: 'x' };
  const failure = (check: string, name: string, message: string) => ({ check, status: 'FAIL' as const, detail: message, fix: 'the check\'s fix', error: { name, message } });

  test('an explicit deny of AssumeRole that names no resource control policy is on the vendor\'s side', () => {
    expect(outcomeOf(account, [failure('assume role', 'AccessDenied', 'User: v is not authorized to perform: sts:AssumeRole on resource: r with an explicit deny in a service control policy')], 1))
      .toMatchObject({ status: 'failed', failureClass: FailureClass.ASSUME_DENIED_BY_VENDOR_POLICY });
  });

  test('an error the classes do not know is other, with the check\'s own fix', () => {
    expect(outcomeOf(account, [failure('assume role', 'RegionDisabledException', 'STS is not activated in this region')], 1))
      .toMatchObject({ status: 'failed', failureClass: FailureClass.OTHER, fix: 'the check\'s fix' });
  });

  test('an explicit deny of the role\'s own policy on a regional read is the Region scope, named or not; on a global read it is not', () => {
    const unnamed = 'User: s is not authorized to perform: cloudformation:ListStacks on resource: * with an explicit deny in an identity-based policy';
    expect(outcomeOf(account, [failure('read cloudformation:ListStacks', 'AccessDenied', unnamed)], 1)).toMatchObject({ failureClass: FailureClass.REGION_SCOPE });
    const global = 'User: s is not authorized to perform: iam:ListRoles on resource: * with an explicit deny in an identity-based policy';
    expect(outcomeOf(account, [failure('read iam:ListRoles', 'AccessDenied', global)], 1)).toMatchObject({ failureClass: FailureClass.OTHER });
  });

  test('no failure is connected', () => {
    expect(outcomeOf(account, [{ check: 'assume role', status: 'PASS', detail: 'assumed' }], 1)).toMatchObject({ status: 'connected' });
  });
});

describe('check-connection --organization --json', () => {
  test('prints one JSON line per account as it finishes, then the summary line', async () => {
    const { code, out } = await run(MIXED, ['--organization', '--json', '--template-version', '1.2.0']);
    expect(code).toBe(1);
    const lines = jsonLines(out);
    const accounts = lines.filter((line) => line.type === 'account');
    expect(accounts).toHaveLength(MIXED.length);
    expect(lines[lines.length - 1]).toMatchObject({ type: 'summary', checked: 10, connected: 3, failed: 7, skipped: 1, retriedAfterThrottling: 1 });
    const byId = new Map(accounts.map((line) => [line.account, line]));
    expect(byId.get('100000000006')).toMatchObject({ status: 'skipped', attempts: 0 });
    expect(byId.get('100000000007')).toMatchObject({ status: 'connected', attempts: 2 });
    expect(byId.get('100000000002')).not.toHaveProperty('class');
    const expected: Record<string, FailureClass> = {
      100000000003: FailureClass.ROLE_NOT_ASSUMABLE,
      100000000004: FailureClass.ROLE_NOT_ASSUMABLE,
      100000000005: FailureClass.READS_DENIED_BY_ORGANIZATION_POLICY,
      100000000008: FailureClass.GUARDRAIL_BEHIND,
      100000000009: FailureClass.REGION_SCOPE,
      100000000010: FailureClass.READS_MISSING,
      100000000011: FailureClass.ASSUME_DENIED_BY_RCP,
    };
    for (const [id, failureClass] of Object.entries(expected)) {
      expect(byId.get(id)).toMatchObject({ status: 'failed', class: failureClass, fix: expect.any(String), checks: expect.any(Array) });
    }
    expect(byId.get('100000000005').checks[0]).toMatchObject({ check: 'read iam:ListRoles', detail: expect.stringContaining('service control policy') });
    const summary = lines[lines.length - 1];
    expect(summary.classes.map((entry: any) => entry.class)).toEqual([
      'role-not-assumable', 'assume-denied-by-rcp', 'reads-denied-by-organization-policy', 'region-scope', 'reads-missing', 'guardrail-behind',
    ]);
    expect(summary.classes.find((entry: any) => entry.class === 'guardrail-behind').fix).toMatch(/update the stack to template 1\.2\.0/);
  });

  test('--only-failed checks again only the accounts that failed in the previous output', async () => {
    const first = await run(MIXED, ['--organization', '--json']);
    organization!.restore();
    const previous = tempFile('previous.jsonl', first.out);
    const { out } = await run(MIXED, ['--only-failed', previous, '--json']);
    const assumed = new Set(organization!.sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input.RoleArn!.split(':')[4]));
    // The failed accounts, and the management account's role, which names the OUs of the accounts whose role it could not assume.
    expect([...assumed].sort()).toEqual([MANAGEMENT, '100000000003', '100000000004', '100000000005', '100000000008', '100000000009', '100000000010', '100000000011']);
    expect(organization!.organizations.commandCalls(ListAccountsCommand)).toHaveLength(0);
    expect(jsonLines(out).filter((line) => line.type === 'account')).toHaveLength(7);
  });

  test('--only-failed refuses a file that is not JSON lines, naming the line', async () => {
    const { code, err } = await run(MIXED, ['--only-failed', tempFile('bad.txt', '{"type":"account"}\nnot json\n')]);
    expect(code).toBe(1);
    expect(err).toMatch(/bad\.txt line 2 must be a JSON line of check-connection --organization --json, got 'not json'/);
  });
});

describe('check-connection --accounts', () => {
  test('checks the accounts of a CSV file, skipping the suspended ones, without listing the organization', async () => {
    const file = tempFile('accounts.csv', 'Account ID,Account Name,Status\n100000000002,payments-prod,ACTIVE\n100000000006,closed-sandbox,SUSPENDED\n100000000003,new-team-dev,ACTIVE\n');
    const { code, out } = await run(MIXED, ['--accounts', file]);
    expect(code).toBe(1);
    expect(organization!.organizations.commandCalls(ListAccountsCommand)).toHaveLength(0);
    expect(out).toMatch(/checked 2 active accounts .*: 1 connected, 1 failed; 1 skipped/);
    // The management role still names the OU of the account the StackSet has not reached.
    expect(out).toMatch(new RegExp(`fix: deploy the StackSet to OU ${MISSING_OU} \\(1 account\\)`));
  });

  test('says which accounts of the file are wrong', async () => {
    const { code, err } = await run(MIXED, ['--accounts', tempFile('accounts.csv', 'id,name\n12345,short\n')]);
    expect(code).toBe(1);
    expect(err).toMatch(/accounts\.csv line 2: id must be a 12-digit AWS account ID, got '12345'/);
  });
});

describe('check-connection --organization refuses', () => {
  test.each([
    ['a concurrency of 0', ['--organization', '--concurrency', '0'], /--concurrency must be a whole number from 1 to 200, got '0'/],
    ['a concurrency over the maximum', ['--organization', '--concurrency', '500'], /--concurrency must be a whole number from 1 to 200/],
    ['--json without --organization', ['--json'], /--json goes with --organization/],
    ['--accounts with --only-failed', ['--accounts', 'a.csv', '--only-failed', 'b.jsonl'], /at most one of --accounts <file> and --only-failed <file>/],
    ['a template version that is not one', ['--organization', '--template-version', 'latest'], /--template-version must be a semantic version such as 1\.2\.0, got 'latest'/],
    ['a StackSet name that is not one', ['--organization', '--stack-set-name', '1 bad'], /--stack-set-name must be a letter followed by letters, digits and hyphens/],
    ['--stack-set-name without --organization', ['--stack-set-name', 'Onboarding-MemberAccounts'], /--stack-set-name goes with --organization/],
  ])('%s, without calling AWS', async (_name, args, message) => {
    const { code, err } = await run(MIXED, args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(organization!.sts.calls()).toHaveLength(0);
  });

  test('a management role that cannot list the accounts, with the fix', async () => {
    organization = mockOrganization(MIXED, '999999999999');
    const { code, err } = await runCli(['check-connection', '--role-arn', ROLE_ARN, '--external-id', EXTERNAL_ID, '--organization'], { clients: organization.clients });
    expect(code).toBe(1);
    expect(err).toMatch(/organizations:ListAccounts failed: AccessDeniedException: .*--role-arn must be the role of the management account/);
  });
});
