import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const CLI = path.join(__dirname, '..');
const ROOT = path.join(CLI, '..');

describe('the command line package as npm packs it', () => {
  // npm decides what ships (`files`, and the README and LICENSE it adds at a package's root); lib/ is
  // there only after a build, so this checks what does not need one.
  const packedFiles = (): string[] => {
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: CLI, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    }));
    return packed.files.map((file: { path: string }) => file.path);
  };

  test('holds its README, the license its package.json declares, the command and the schema', () => {
    // WHEN npm packs the cli folder
    const files = packedFiles();
    // THEN the tarball carries what npm's page and a license review read, beside the command
    expect(files).toEqual(expect.arrayContaining([
      'README.md', 'LICENSE', 'package.json', 'bin/cdk-account-onboarding', 'schema/vendor-config.schema.json',
    ]));
  });

  test('its license is the construct package\'s, as package.json declares', () => {
    const cliPackage = JSON.parse(fs.readFileSync(path.join(CLI, 'package.json'), 'utf8'));
    expect(cliPackage.license).toBe('Apache-2.0');
    expect(fs.readFileSync(path.join(CLI, 'LICENSE'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'));
  });
});
