import { App } from 'aws-cdk-lib';

// The module object itself, as aws-cdk-lib reads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const os: typeof import('node:os') = require('node:os');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const path: typeof import('node:path') = require('node:path');

describe('each test file has a temporary folder of its own (test/support/temporary-folder.ts)', () => {
  test('os.tmpdir() answers this file\'s folder, and an App without an outdir writes its cloud assembly there', () => {
    const folder = os.tmpdir();
    expect(path.basename(folder)).toMatch(/^cdk-account-onboarding-test-/);
    const assembly = new App().synth();
    expect(path.dirname(assembly.directory)).toBe(folder);
  });
});
