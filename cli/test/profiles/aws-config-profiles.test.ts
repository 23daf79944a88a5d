import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { CliClients } from '../../src/core/cli-io';
import { writeFileAtomically } from '../../src/core/files';
import { listOrganizationAccounts, parseAccounts } from '../../src/profiles/account-list';
import {
  ConfigAccount, mergeAwsConfig, profileNameOf, renderAwsConfigProfiles,
} from '../../src/profiles/aws-config-profiles';
import { runCli } from '../support/run-cli';

// The module object itself, not the copy an `import *` makes, so that spies reach the code under test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const realFs: typeof fs = require('node:fs');

const organizations = mockClient(OrganizationsClient);
const OPTIONS = { region: 'eu-west-1' };
const PROD = { id: '111111111111', name: 'Production' };
const DEV = { id: '222222222222', name: 'Development' };

const EXISTING = [
  '# my settings',
  '[default]',
  'region = us-east-1',
  '',
  '; the admin profile',
  '[profile admin]',
  'sso_session = corp',
  'sso_account_id = 999999999999',
  '',
  '[sso-session corp]',
  'sso_start_url = https://corp.awsapps.com/start',
  '',
].join('\n');

let folder: string;

beforeEach(() => {
  organizations.reset();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'profiles-test-'));
});

afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Runs the command line and returns its exit code and everything it printed. */
async function run(args: string[], clients: CliClients = {}): Promise<{ code: number; out: string; err: string }> {
  return runCli(args, { clients });
}

function names(accounts: ConfigAccount[], options: Parameters<typeof renderAwsConfigProfiles>[1] = OPTIONS): string[] {
  return renderAwsConfigProfiles(accounts, options).profiles.map((profile) => profile.name);
}

describe('profile names', () => {
  test('are account names made safe: lowercase ASCII letters, digits, _ and -', () => {
    expect(profileNameOf('Production – Payments (EU)')).toBe('production-payments-eu');
    expect(profileNameOf('Équipe Données')).toBe('equipe-donnees');
    expect(profileNameOf('  log_archive  ')).toBe('log_archive');
    expect(profileNameOf('[profile x]\nrole_arn = evil')).toBe('profile-x-role_arn-evil');
    expect(profileNameOf('***')).toBe('');
  });

  test('fall back to the account ID, and carry the prefix', () => {
    expect(names([{ id: '333333333333', name: '***' }, PROD], { ...OPTIONS, prefix: 'hub-' })).toEqual(['hub-333333333333', 'hub-production']);
  });

  test('shared by several accounts get the account ID on each, whatever the order', () => {
    const accounts = [{ id: '444444444444', name: 'Sandbox' }, DEV, { id: '333333333333', name: 'sandbox' }];
    expect(names(accounts)).toEqual(['development', 'sandbox-333333333333', 'sandbox-444444444444']);
    expect(renderAwsConfigProfiles([...accounts].reverse(), OPTIONS).text).toBe(renderAwsConfigProfiles(accounts, OPTIONS).text);
  });

  test('stay unique when a suffixed name meets another account\'s name, and never take default', () => {
    const accounts = [{ id: '333333333333', name: 'a' }, { id: '444444444444', name: 'a' }, { id: '555555555555', name: 'A-333333333333' }];
    expect(names(accounts)).toEqual(['a-333333333333-333333333333', 'a-333333333333-555555555555', 'a-444444444444']);
    expect(names([{ id: '333333333333', name: 'Default' }])).toEqual(['default-333333333333']);
  });
});

describe('renderAwsConfigProfiles', () => {
  test('renders one profile per account in a marked block', () => {
    expect(renderAwsConfigProfiles([PROD, DEV], { ...OPTIONS, prefix: 'hub-' }).text).toBe([
      "# BEGIN cdk-account-onboarding profiles (prefix 'hub-'): generated, rerun the command to update; edits inside this block are replaced",
      '',
      '# Development (222222222222)',
      '[profile hub-development]',
      'role_arn = arn:aws:iam::222222222222:role/CollectorSpokeRole',
      'credential_source = Ec2InstanceMetadata',
      'region = eu-west-1',
      'output = json',
      '',
      '# Production (111111111111)',
      '[profile hub-production]',
      'role_arn = arn:aws:iam::111111111111:role/CollectorSpokeRole',
      'credential_source = Ec2InstanceMetadata',
      'region = eu-west-1',
      'output = json',
      '',
      "# END cdk-account-onboarding profiles (prefix 'hub-')",
      '',
    ].join('\n'));
  });

  test('follows the role, the partition of the Region, the output and the source of credentials', () => {
    const text = renderAwsConfigProfiles([PROD], {
      region: 'cn-north-1', roleName: 'Reader', rolePath: '/collectors/', output: 'text', sourceProfile: 'hub',
    }).text;
    expect(text).toContain('role_arn = arn:aws-cn:iam::111111111111:role/collectors/Reader\nsource_profile = hub\nregion = cn-north-1\noutput = text\n');
    expect(text).not.toContain('credential_source');
    expect(renderAwsConfigProfiles([PROD], { region: 'us-gov-west-1', credentialSource: 'EcsContainer' }).text)
      .toContain('role_arn = arn:aws-us-gov:iam::111111111111:role/CollectorSpokeRole\ncredential_source = EcsContainer\n');
  });

  test('fails when options are invalid, with every problem in one line', () => {
    expect(() => renderAwsConfigProfiles([PROD], {
      region: 'europe', roleName: 'a b', rolePath: 'x', output: 'xml', prefix: 'a b', credentialSource: 'Laptop', sourceProfile: 'hub',
    })).toThrow([
      "role name must be [\\w+=,.@-]{1,64}, got 'a b'",
      "role path must be '/' or a path of the form /segment/.../, got 'x'",
      "region must be one AWS Region code such as us-east-1, got 'europe'",
      "output must be one of json, yaml, yaml-stream, text, table, got 'xml'",
      "prefix must be at most 64 letters, digits, '_', '.' or '-', got 'a b'",
      'credential source and source profile exclude each other: give one of them',
      "credential source must be one of Ec2InstanceMetadata, Environment, EcsContainer, got 'Laptop'",
    ].join('; '));
  });

  test('fails when an account ID is invalid or listed twice', () => {
    expect(() => renderAwsConfigProfiles([PROD, { id: '1234', name: 'x' }, PROD], OPTIONS)).toThrow(
      "account 2 id must be a 12-digit AWS account ID, got '1234'; account 111111111111 must be listed once, got it as accounts 1 and 3");
  });
});

describe('mergeAwsConfig', () => {
  test('appends the block and keeps every other line, comments included', () => {
    const merged = mergeAwsConfig(EXISTING, renderAwsConfigProfiles([PROD], OPTIONS));
    expect(merged.startsWith(`${EXISTING}\n# BEGIN cdk-account-onboarding profiles (prefix '')`)).toBe(true);
    expect(merged.endsWith("# END cdk-account-onboarding profiles (prefix '')\n")).toBe(true);
    expect(mergeAwsConfig('', renderAwsConfigProfiles([PROD], OPTIONS))).toBe(renderAwsConfigProfiles([PROD], OPTIONS).text);
  });

  test('replaces only the block of the prefix on a rerun: removed accounts lose their profile', () => {
    const first = mergeAwsConfig(EXISTING, renderAwsConfigProfiles([PROD, DEV], OPTIONS));
    const edited = `${first}\n[profile mine]\nregion = us-west-2\n`;
    const second = mergeAwsConfig(edited, renderAwsConfigProfiles([DEV], OPTIONS));
    expect(second).toBe(`${EXISTING}\n${renderAwsConfigProfiles([DEV], OPTIONS).text}\n[profile mine]\nregion = us-west-2\n`);
    expect(second).not.toContain('production');
    expect(mergeAwsConfig(second, renderAwsConfigProfiles([DEV], OPTIONS))).toBe(second);
  });

  test('keeps the blocks of other prefixes, and the line endings of the file', () => {
    const hub = mergeAwsConfig(EXISTING.replace(/\n/g, '\r\n'), renderAwsConfigProfiles([PROD], { ...OPTIONS, prefix: 'hub-' }));
    const both = mergeAwsConfig(hub, renderAwsConfigProfiles([DEV], { ...OPTIONS, prefix: 'audit-' }));
    expect(both).toContain('[profile hub-production]\r\n');
    expect(both).toContain('[profile audit-development]\r\n');
    expect(both.replace(/\r\n/g, '')).not.toContain('\n');
    const rerun = mergeAwsConfig(both, renderAwsConfigProfiles([DEV], { ...OPTIONS, prefix: 'hub-' }));
    expect(rerun).toContain('[profile audit-development]');
    expect(rerun).toContain('[profile hub-development]');
    expect(rerun).not.toContain('hub-production');
  });

  test('fails when a profile of the block is defined outside it', () => {
    expect(() => mergeAwsConfig(`${EXISTING}[profile production]\nregion = us-east-1\n`, renderAwsConfigProfiles([PROD], OPTIONS))).toThrow(
      "the config file already defines the profile 'production' (line 12) outside the block of prefix '': remove it or choose another --prefix");
    const hub = mergeAwsConfig('', renderAwsConfigProfiles([{ id: '333333333333', name: 'hub-prod' }], OPTIONS));
    expect(() => mergeAwsConfig(hub, renderAwsConfigProfiles([{ id: '444444444444', name: 'prod' }], { ...OPTIONS, prefix: 'hub-' })))
      .toThrow(/already defines the profile 'hub-prod' \(line 4\) outside the block of prefix 'hub-'/);
  });

  test('fails when the block has no end line', () => {
    const broken = renderAwsConfigProfiles([PROD], OPTIONS).text.replace(/# END.*\n/, '');
    expect(() => mergeAwsConfig(broken, renderAwsConfigProfiles([PROD], OPTIONS))).toThrow(
      "the config file must close the block of prefix '' (line 1) with '# END cdk-account-onboarding profiles (prefix '')', got no such line");
  });
});

describe('account files', () => {
  test('read the output of aws organizations list-accounts, leaving out accounts that are not active', () => {
    const text = JSON.stringify({
      Accounts: [
        { Id: '111111111111', Name: 'Production', Status: 'ACTIVE', State: 'ACTIVE' },
        { Id: '222222222222', Name: 'Old', Status: 'SUSPENDED' },
        { Id: '333333333333', Name: 'Closing', State: 'PENDING_CLOSURE' },
        { id: '444444444444', name: 'Lower case keys' },
      ],
    });
    expect(parseAccounts(text, 'accounts.json')).toEqual({
      accounts: [PROD, { id: '444444444444', name: 'Lower case keys' }],
      skipped: [{ id: '222222222222', name: 'Old' }, { id: '333333333333', name: 'Closing' }],
    });
  });

  test('read CSV with a header, quoted names and CRLF, or without a header', () => {
    const text = '\uFEFFAccount Name,Account ID,Status\r\n"Payments, EU",111111111111,ACTIVE\r\n"Say ""hi""",222222222222,SUSPENDED\r\n\r\n';
    expect(parseAccounts(text, 'accounts.csv')).toEqual({
      accounts: [{ id: '111111111111', name: 'Payments, EU' }],
      skipped: [{ id: '222222222222', name: 'Say "hi"' }],
    });
    expect(parseAccounts('111111111111,Production\n222222222222\n', 'plain.csv').accounts).toEqual([PROD, { id: '222222222222', name: '' }]);
  });

  test('fail with the line of every invalid account ID', () => {
    expect(() => parseAccounts('id,name\n11111111111,Dropped zero\nabc,Letters\n111111111111,A\n111111111111,B\n', 'accounts.csv')).toThrow(
      "accounts.csv line 2: id must be a 12-digit AWS account ID, got '11111111111' (a spreadsheet may have dropped leading zeros); "
      + "accounts.csv line 3: id must be a 12-digit AWS account ID, got 'abc'; "
      + 'accounts.csv line 5: account 111111111111 must be listed once, got it again after line 4');
    expect(() => parseAccounts('[{"id": 12345678901, "name": "n"}, {"name": "no id"}]', 'accounts.json')).toThrow(
      'accounts.json entry 1: id must be a string of 12 digits, got the number 12345678901 (a number loses leading zeros: quote it); '
      + "accounts.json entry 2: id must be a 12-digit AWS account ID, got ''");
    expect(() => parseAccounts('{"Accounts": 3}', 'a.json')).toThrow('a.json must hold an array of accounts or { "Accounts": [...] }, got object');
    expect(() => parseAccounts('Name,Email\nx,y\n', 'a.csv')).toThrow(/^a.csv line 1 must be a header naming an id column/);
  });
});

describe('listOrganizationAccounts', () => {
  test('reads every page and leaves out suspended accounts', async () => {
    organizations.on(ListAccountsCommand)
      .resolvesOnce({ Accounts: [{ Id: PROD.id, Name: PROD.name, State: 'ACTIVE' }, { Id: '333333333333', Name: 'Gone', State: 'SUSPENDED' }], NextToken: 'p2' })
      .resolvesOnce({ Accounts: [{ Id: DEV.id, Name: DEV.name, Status: 'ACTIVE' }, { Id: '444444444444', Name: 'Closed', State: 'CLOSED' }] });
    const list = await listOrganizationAccounts(new OrganizationsClient({ region: 'us-east-1' }));
    expect(list).toEqual({ accounts: [PROD, DEV], skipped: [{ id: '333333333333', name: 'Gone' }, { id: '444444444444', name: 'Closed' }] });
    expect(organizations.commandCalls(ListAccountsCommand).map((call) => call.args[0].input)).toEqual([{ NextToken: undefined }, { NextToken: 'p2' }]);
  });
});

describe('writeFileAtomically', () => {
  test('writes a temporary file in the same folder and renames it over the file', () => {
    const file = path.join(folder, 'config');
    fs.writeFileSync(file, 'old\n', { mode: 0o640 });
    const rename = jest.spyOn(realFs, 'renameSync');
    try {
      writeFileAtomically(file, 'new\n');
      expect(rename).toHaveBeenCalledTimes(1);
      const [from, to] = rename.mock.calls[0] as [string, string];
      expect([path.dirname(from), to]).toEqual([fs.realpathSync(folder), fs.realpathSync(file)]);
    } finally {
      rename.mockRestore();
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
    expect(fs.statSync(file).mode % 0o1000).toBe(0o640);
    expect(fs.readdirSync(folder)).toEqual(['config']);
  });

  test('leaves the file as it was, and no temporary file, when the rename fails', () => {
    const file = path.join(folder, 'config');
    fs.writeFileSync(file, 'old\n');
    const rename = jest.spyOn(realFs, 'renameSync').mockImplementation(() => { throw new Error('EXDEV: simulated'); });
    try {
      expect(() => writeFileAtomically(file, 'new\n')).toThrow('EXDEV: simulated');
    } finally {
      rename.mockRestore();
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(folder)).toEqual(['config']);
  });

  test('writes through a symbolic link, and creates a missing folder with a private file', () => {
    const target = path.join(folder, 'dotfiles-config');
    fs.writeFileSync(target, 'old\n');
    const link = path.join(folder, 'config');
    fs.symlinkSync(target, link);
    writeFileAtomically(link, 'new\n');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('new\n');
    const fresh = path.join(folder, 'home', '.aws', 'config');
    writeFileAtomically(fresh, 'x\n');
    expect(fs.statSync(fresh).mode % 0o1000).toBe(0o600);
  });
});

describe('profiles command', () => {
  test('merges the profiles of an accounts file into the config and reruns in place', async () => {
    const config = path.join(folder, 'config');
    fs.writeFileSync(config, EXISTING);
    const accounts = path.join(folder, 'accounts.csv');
    fs.writeFileSync(accounts, 'id,name\n111111111111,Production\n222222222222,Development\n');
    const args = ['profiles', '--accounts', accounts, '--config', config, '--region', 'eu-west-1', '--prefix', 'hub-'];
    const first = await run(args);
    expect(first).toEqual({
      code: 0, err: '', out: `wrote 2 profiles (prefix 'hub-') to ${config}, e.g. aws sts get-caller-identity --profile hub-development`,
    });
    const written = fs.readFileSync(config, 'utf8');
    expect(written).toBe(mergeAwsConfig(EXISTING, renderAwsConfigProfiles([PROD, DEV], { region: 'eu-west-1', prefix: 'hub-' })));
    fs.writeFileSync(accounts, 'id,name\n111111111111,Production\n');
    expect((await run(args)).code).toBe(0);
    expect(fs.readFileSync(config, 'utf8')).toBe(mergeAwsConfig(EXISTING, renderAwsConfigProfiles([PROD], { region: 'eu-west-1', prefix: 'hub-' })));
  });

  test('lists the organization with the injected client, honors AWS_CONFIG_FILE and reports skipped accounts', async () => {
    const config = path.join(folder, 'aws', 'config');
    organizations.on(ListAccountsCommand)
      .resolvesOnce({ Accounts: [{ Id: PROD.id, Name: PROD.name, State: 'ACTIVE' }], NextToken: 'p2' })
      .resolvesOnce({ Accounts: [{ Id: '333333333333', Name: 'Gone', State: 'SUSPENDED' }] });
    const saved = process.env.AWS_CONFIG_FILE;
    process.env.AWS_CONFIG_FILE = config;
    try {
      const result = await run(['profiles', '--from-organizations', '--region', 'us-east-1', '--credential-source', 'EcsContainer'],
        { organizations: new OrganizationsClient({ region: 'us-east-1' }) });
      expect(result.code).toBe(0);
      expect(result.out).toContain('skipped 1 accounts that are not active: Gone (333333333333)');
    } finally {
      if (saved === undefined) delete process.env.AWS_CONFIG_FILE; else process.env.AWS_CONFIG_FILE = saved;
    }
    expect(fs.readFileSync(config, 'utf8')).toContain('[profile production]\nrole_arn = arn:aws:iam::111111111111:role/CollectorSpokeRole\n'
      + 'credential_source = EcsContainer\n');
  });

  test('fails with one line and a non-zero exit code for bad flags, missing files and invalid accounts', async () => {
    const config = path.join(folder, 'config');
    const bad = path.join(folder, 'bad.json');
    fs.writeFileSync(bad, '[{"Id": "1234", "Name": "short"}]');
    const base = ['profiles', '--config', config, '--region', 'us-east-1'];
    const cases: [string[], number, string][] = [
      [[...base, '--accounts', path.join(folder, 'missing.csv')], 1, `cannot read --accounts ${path.join(folder, 'missing.csv')}: no such file`],
      [[...base, '--accounts', bad], 1, `${bad} entry 1: id must be a 12-digit AWS account ID, got '1234'`],
      [[...base, '--accounts', bad, '--from-organizations'], 2, 'profiles: give exactly one of --accounts <file> and --from-organizations'],
      [[...base], 2, 'profiles: give exactly one of --accounts <file> and --from-organizations'],
      [[...base, '--accounts', bad, '--colour'], 2, "unknown option '--colour'"],
      [[...base, '--accounts', bad, '--credential-source', 'Laptop'], 2,
        "option '--credential-source <source>' argument 'Laptop' is invalid. Allowed choices are Ec2InstanceMetadata, Environment, EcsContainer."],
      [[...base, '--accounts', bad, '--source-profile', 'no-such-profile'], 2, `profiles: --source-profile 'no-such-profile' is defined neither in ${config}`],
    ];
    for (const [args, code, message] of cases) {
      const result = await run(args);
      expect({ args, code: result.code, out: result.out }).toEqual({ args, code, out: '' });
      expect(result.err).toContain(`cdk-account-onboarding: ${message}`);
      expect(result.err.split('\n')).toHaveLength(1);
    }
    expect(fs.existsSync(config)).toBe(false);
  });

  test('fails when no Region is given or set', async () => {
    const saved = { region: process.env.AWS_REGION, defaultRegion: process.env.AWS_DEFAULT_REGION };
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    try {
      const result = await run(['profiles', '--from-organizations']);
      expect(result).toMatchObject({ code: 2, err: expect.stringContaining('--region is required when AWS_REGION and AWS_DEFAULT_REGION are not set') });
    } finally {
      if (saved.region !== undefined) process.env.AWS_REGION = saved.region;
      if (saved.defaultRegion !== undefined) process.env.AWS_DEFAULT_REGION = saved.defaultRegion;
    }
    expect(organizations.commandCalls(ListAccountsCommand)).toHaveLength(0);
  });
});
