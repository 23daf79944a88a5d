import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './support/run-cli';

/** The commands `--help` lists. */
async function commands(): Promise<string[]> {
  const { out } = await runCli(['--help']);
  const section = out.split('Commands:')[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z-]+)/gm)].map((match) => match[1]).filter((name) => name !== 'help');
}

describe('the command line', () => {
  test('lists every command, and each answers --help with its usage and exit 0', async () => {
    const names = await commands();
    expect(names).toEqual(['publish', 'diff', 'backfill-request', 'doctor', 'verify', 'check-connection', 'profiles']);
    for (const name of names) {
      const { code, out } = await runCli([name, '--help']);
      expect([name, code]).toEqual([name, 0]);
      expect(out).toMatch(new RegExp(`^Usage: cdk-account-onboarding ${name} `));
    }
  });

  test.each([
    ['no command', []],
    ['an unknown command', ['deploy']],
    ['an unknown option', ['--colour']],
  ])('exits 2 for %s, in one line that points to --help', async (_case, args) => {
    const { code, err } = await runCli(args);
    expect(code).toBe(2);
    if (args.length > 0) {
      expect(err).toMatch(/^cdk-account-onboarding: .* \(see --help\)$/);
    }
  });

  test('refuses an AWS_PROFILE that no shared file defines, naming it, before calling AWS', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-profile-'));
    const saved = { ...process.env };
    Object.assign(process.env, {
      AWS_PROFILE: 'no-such-profile',
      AWS_CONFIG_FILE: path.join(folder, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(folder, 'credentials'),
    });
    fs.writeFileSync(path.join(folder, 'config'), '[profile other]\nregion = eu-west-1\n');
    try {
      // No mocked client: the command would create its own, so the refusal comes before any AWS call.
      const { code, err } = await runCli(['verify', '--role-name', 'OnboardingReadOnlyRole']);
      expect(code).toBe(1);
      expect(err).toMatch(/AWS_PROFILE names the profile 'no-such-profile', which neither .*config nor .*credentials defines/);
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      process.env = saved;
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
