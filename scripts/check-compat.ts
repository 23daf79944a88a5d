/**
 * `npx projen test:compat [version...]`: a customer's app (test/compat/customer-app.ts) that uses the
 * vendor role as an `iam.IRole` and its grants as `iam.Grant` type-checks against the construct package
 * as npm packs it, installed with the lowest aws-cdk-lib the package accepts (its peer dependency) and
 * with the newest release (`npm view aws-cdk-lib version`), or the versions given.
 *
 * For each version it also proves the check can fail: with `iam.IRole` given one member more, as a later
 * aws-cdk-lib could add, the same app must fail to type-check on that member. Needs `npx projen compile`
 * first, and the npm registry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const APP = path.join(ROOT, 'test', 'compat', 'customer-app.ts');
const NEW_MEMBER = 'memberOfALaterRelease';

/** `iam.IRole` with one member more, as a later aws-cdk-lib release could declare it. */
const CANARY = [
  "import 'aws-cdk-lib/aws-iam';",
  "declare module 'aws-cdk-lib/aws-iam' {",
  `  interface IRole { readonly ${NEW_MEMBER}: string }`,
  '}',
  '',
].join('\n');

function floorOf(range: string): string {
  const version = /(\d+\.\d+\.\d+)/.exec(range)?.[1];
  if (!version) {
    throw new Error(`test:compat: cannot read the lowest version of the peer dependency range '${range}'`);
  }
  return version;
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function typeCheck(dir: string, files: string[]): { ok: boolean; output: string } {
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    // A CDK app's usual settings: strict, CommonJS. The libraries' own declarations are not checked
    // (skipLibCheck): what matters is how the app uses them, and aws-cdk-lib's need newer libs than es2022.
    compilerOptions: { target: 'ES2022', module: 'commonjs', lib: ['es2022'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
    files,
  }));
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const result = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

function main(): number {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'index.d.ts'))) {
    console.error('test:compat: lib/index.d.ts is missing: run npx projen compile first');
    return 1;
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lowest = floorOf(pkg.peerDependencies['aws-cdk-lib']);
  const constructs = floorOf(pkg.peerDependencies.constructs);
  const requested = process.argv.slice(2);
  const versions = requested.length > 0 ? requested : [...new Set([lowest, npm(['view', 'aws-cdk-lib', 'version'], ROOT).trim()])];

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-account-onboarding-compat-'));
  let failures = 0;
  try {
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT));
    const tarball = path.join(work, packed.filename);
    for (const version of versions) {
      const label = `aws-cdk-lib ${version}${version === lowest ? ' (the lowest the package accepts)' : requested.length === 0 ? ' (the newest release)' : ''}`;
      const dir = path.join(work, `aws-cdk-lib-${version}`);
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
        name: 'compat-customer-app',
        private: true,
        dependencies: { 'aws-cdk-lib': version, 'constructs': constructs, 'cdk-account-onboarding': `file:${tarball}` },
      }));
      npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], dir);
      fs.copyFileSync(APP, path.join(dir, 'app.ts'));
      fs.writeFileSync(path.join(dir, 'later-irole.ts'), CANARY);

      const app = typeCheck(dir, ['app.ts']);
      const canary = typeCheck(dir, ['app.ts', 'later-irole.ts']);
      const caught = !canary.ok && canary.output.includes(NEW_MEMBER);
      if (app.ok && caught) {
        console.log(`${label}: the customer app type-checks, and an iam.IRole member the role lacks fails it`);
      } else {
        failures++;
        if (!app.ok) {
          console.error(`${label}: the customer app does not type-check:\n${app.output}`);
        }
        if (!caught) {
          console.error(`${label}: an iam.IRole member the role lacks went unnoticed:\n${canary.output || '(tsc passed)'}`);
        }
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
