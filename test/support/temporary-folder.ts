/**
 * Jest setup (setupFilesAfterEnv): the test file's temporary folder. Every App without an outdir
 * writes its cloud assembly into a new `cdk.out*` folder of the temporary folder, which aws-cdk-lib
 * never removes (a run of the suite left some 700). Here `os.tmpdir()` answers a folder of this test
 * file's own, set before the file's modules load (aws-cdk-lib reads it once a module registry) and
 * removed after its tests, with everything they left in it.
 *
 * `os.tmpdir` itself is replaced, not `process.env.TMPDIR`: jest gives each test file a copy of
 * `process.env`, which Node's own `os` module never reads. A test that spies on `os.tmpdir` and
 * restores it gets this folder back.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

// The module object itself (an import would give a copy whose members cannot be set).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const os: typeof import('node:os') = require('node:os');

// Node's own function, kept on the module the first time a worker runs this, so that no test file
// ever takes another file's folder for the system's.
const SYSTEM_TMPDIR = Symbol.for('cdk-account-onboarding.test.systemTmpdir');
const systemTmpdir: () => string = (os as any)[SYSTEM_TMPDIR] ??= os.tmpdir;
const folder = fs.mkdtempSync(path.join(systemTmpdir(), 'cdk-account-onboarding-test-'));
os.tmpdir = () => folder;

afterAll(() => {
  os.tmpdir = systemTmpdir;
  fs.rmSync(folder, { recursive: true, force: true });
});
