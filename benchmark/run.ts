/**
 * `npm run bench`: one table, measured in one run on this machine, so that ratios hold even when
 * the machine is noisy. `--skip-suite` leaves out the test suite's wall time, `--skip-organization` the
 * 10,000-account check-connection run. Publish is measured
 * from the packed packages (build them first: npx projen compile && npx projen cli:build);
 * BENCH_PAIRS sets how many rounds of whole processes (publish with the compile cache warm, empty and off, the plain
 * app, the construct app; default 5), BENCH_RUNS the other medians.
 */
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseVendorConfig } from '../cli/src/vendor-config/vendor-config';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { DataAccessGuardrail, ExternalId, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from '../src';
import { profileAllowedActions } from '../src/permissions/effective-actions';
import { ActionCatalog, expandActionPattern } from '../src/permissions/action-catalog';
import { OnboardingStack } from '../src/onboarding-stack/onboarding-stack';
import { OnboardingPublication } from '../src/publication/onboarding-publication';
import { IAM_LIMITS, policyCharacters } from '../src/core/iam-limits';
import { mergeAwsConfig, renderAwsConfigProfiles } from '../cli/src/profiles/aws-config-profiles';
import * as fs from 'node:fs';
import { installPackedPackages, missingBuild, wallTime } from './installed-packages';
import { runOrganizationBenchmark } from './organization-run';

const ROOT = path.join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TEMPLATE_BODY_LIMIT = 51200;
const TEMPLATE_URL_LIMIT = 1024 * 1024;

interface Row { measure: string; value: string; limit: string; verdict: string }
const rows: Row[] = [];
const row = (measure: string, value: string, limit = '', ok?: boolean) =>
  rows.push({ measure, value, limit, verdict: ok === undefined ? '' : ok ? 'ok' : 'OVER' });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// Publish against a plain aws-cdk-lib app (cloudformation-include) that synthesizes the same published
// template, measured as users run them: both packages packed and installed into an empty folder, whole
// processes (node start, module loading, synthesis, files written), in rounds whose order rotates so
// that noise hits each alike; the ratio is the median of the rounds' ratios. BENCH_PAIRS sets the rounds.
const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const EXAMPLE_CONFIG = path.join(ROOT, 'examples', 'vendor', 'onboarding.json');
const notBuilt = missingBuild(ROOT);
if (notBuilt) {
  row('publish / plain app, installed packages, whole process', `not measured: ${notBuilt}`);
} else {
  const installed = installPackedPackages(ROOT);
  try {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-runs-'));
    let runs = 0;
    const freshFolder = () => path.join(scratch, String(runs++));
    // The validator runs unless CDK_VALIDATION=false, whatever the caller's environment says; the command
    // line's compile cache is the folder given (a warm one, a fresh one each run, or off).
    const warmCache = path.join(scratch, 'compile-cache');
    const env = (validation: boolean, compileCache = warmCache): NodeJS.ProcessEnv => {
      const given = { ...process.env };
      delete given.CDK_VALIDATION;
      given.CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE = compileCache;
      return validation ? given : { ...given, CDK_VALIDATION: 'false' };
    };
    const publish = (validation: boolean, compileCache = warmCache, out = freshFolder()) =>
      wallTime([installed.cli, 'publish', '--config', EXAMPLE_CONFIG, '--out', out], { cwd: installed.folder, env: env(validation, compileCache) });
    // The first run publishes the template that the plain app includes, warms the file cache for all and
    // fills the compile cache that the runs with a warm cache read.
    const published = freshFolder();
    publish(false, warmCache, published);
    const template = path.join(published, fs.readdirSync(published).find((file) => file.endsWith('-latest.json'))!);
    const plain = (validation: boolean) => wallTime([installed.plainApp, template, freshFolder()], { cwd: installed.folder, env: env(validation) });
    // The construct app: the same stack in a CDK app, without the renderings; how much of publish's cost is
    // the constructs' own synthesis (the library loaded, the role and bucket built, the member template).
    const stackApp = (validation: boolean) => wallTime([installed.stackApp, EXAMPLE_CONFIG, freshFolder()], { cwd: installed.folder, env: env(validation) });
    for (const validation of [true, false]) {
      const runs: Record<string, () => number> = {
        // As a vendor runs it again on the same machine: the compile cache holds what the last run compiled.
        publish: () => publish(validation),
        // A first run on a machine (a fresh CI container): an empty compile cache, written at exit.
        firstRun: () => publish(validation, freshFolder()),
        cacheOff: () => publish(validation, 'off'),
        plain: () => plain(validation),
        stack: () => stackApp(validation),
      };
      const order = Object.keys(runs);
      const times: Record<string, number[]> = Object.fromEntries(order.map((name) => [name, []]));
      const ratios: Record<string, number[]> = Object.fromEntries(order.map((name) => [name, []]));
      for (let pair = 0; pair < PAIRS; pair++) {
        // Every process once a round, in an order that rotates so that noise hits each alike.
        const rotated = [...order.slice(pair % order.length), ...order.slice(0, pair % order.length)];
        const measured = Object.fromEntries(rotated.map((name) => [name, runs[name]()]));
        for (const name of order) {
          times[name].push(measured[name]);
          ratios[name].push(measured[name] / measured.plain);
        }
      }
      const label = validation ? 'validator on' : 'validator off';
      const ratio = median(ratios.publish);
      row(`plain app (cloudformation-include of the published template), installed, whole process (${label})`, `${median(times.plain).toFixed(0)} ms`);
      row(`publish example config, installed CLI, whole process, compile cache warm (${label})`, `${median(times.publish).toFixed(0)} ms`);
      row(`publish / plain app, median of ${PAIRS} rounds (${label})`, `${ratio.toFixed(2)}x`, '1.2x', ratio <= 1.2);
      row(`  first run on a machine (compile cache empty, written at exit) / plain app (${label})`, `${median(ratios.firstRun).toFixed(2)}x (${median(times.firstRun).toFixed(0)} ms)`);
      row(`  compile cache off / plain app (${label})`, `${median(ratios.cacheOff).toFixed(2)}x (${median(times.cacheOff).toFixed(0)} ms)`);
      row(`  construct app (the same OnboardingStack synthesized in a CDK app, no renderings), whole process (${label})`, `${median(times.stack).toFixed(0)} ms`);
      row(`  construct app / plain app, median of ${PAIRS} rounds (${label})`, `${median(ratios.stack).toFixed(2)}x`);
    }
    fs.rmSync(scratch, { recursive: true, force: true });
  } finally {
    fs.rmSync(installed.folder, { recursive: true, force: true });
  }
}

// Sizes of everything the example publishes.
const configFile = path.join(ROOT, 'examples', 'vendor', 'onboarding.json');
const config = parseVendorConfig(fs.readFileSync(configFile, 'utf8'), configFile);
const stack = new OnboardingStack(new App(), 'OnboardingTemplate', config.stackProps);
const publication = OnboardingPublication.of(stack, config.publication);
// The published template in its two forms: by default the StackSet takes the member template from
// its URL beside the template; with memberAccounts.embedTemplate it carries it as TemplateBody. The
// file as written must fit --template-body (deploy --template-file passes the file as it is) with a
// tenth to spare; any form deploys from its S3 URL (quick-create link, --template-url) up to 1 MB.
const embeddedConfig = { ...config, stackProps: { ...config.stackProps, memberAccounts: { ...config.stackProps.memberAccounts, templateUrl: undefined } } };
const embedded = OnboardingPublication.of(new OnboardingStack(new App(), 'OnboardingTemplate', embeddedConfig.stackProps), embeddedConfig.publication);
const bodyRoom = TEMPLATE_BODY_LIMIT * OnboardingPublication.TEMPLATE_SIZE_WARNING_RATIO;
for (const [form, published] of [['default form, member template from its URL', publication], ['embedded form, member template as TemplateBody', embedded]] as const) {
  const bytes = published.templateFileBytes;
  const share = (limit: number) => `${((bytes / limit) * 100).toFixed(1)}% of ${limit} B`;
  row(`published template file as written, ${form}`, `${bytes} B`, `${TEMPLATE_BODY_LIMIT} B --template-body`, form.startsWith('default') ? bytes <= bodyRoom : undefined);
  row(`  the same, without white space / share of --template-body / of the 1 MB S3 limit`, `${published.templateBytes} B / ${share(TEMPLATE_BODY_LIMIT)} / ${share(TEMPLATE_URL_LIMIT)}`,
    `${TEMPLATE_URL_LIMIT} B from S3`, bytes <= TEMPLATE_URL_LIMIT);
}
const member = JSON.parse(stack.memberAccounts!.memberTemplateBody);
const memberBytes = stack.memberAccounts!.memberTemplateBytes;
// The member template stays small enough to be embedded as the StackSet's TemplateBody (51,200 bytes), with room to grow.
row('member template (no white space)', `${memberBytes} B`, `${TEMPLATE_BODY_LIMIT * 0.6} B (60%)`, memberBytes <= TEMPLATE_BODY_LIMIT * 0.6);

// What each profile lets the vendor call, in each mode: the actions its policies allow (AWS-managed at
// the pinned versions, or the pinned customer-managed policies), less those the guardrail denies.
const catalog = new ActionCatalog();
for (const profile of PermissionProfile.all()) {
  const denied = new Set(DataAccessGuardrail.actions(profile));
  const allowed = profileAllowedActions(profile, catalog);
  const callable = allowed.filter((action) => !denied.has(action));
  row(`${profile.name}, AWS-managed: actions allowed / denied by the guardrail / callable`, `${allowed.length} / ${allowed.length - callable.length} / ${callable.length}`);
  const pinnedStack = new Stack(new App(), 'Pinned', { env: { account: '333333333333', region: 'us-east-1' } });
  new ReadOnlyRole(pinnedStack, 'VendorRole', { trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/vendor'), externalId: ExternalId.of('bench-0001'), profile, pinnedPermissions: true });
  const policies = Object.values<any>(Template.fromStack(pinnedStack).toJSON().Resources).filter((resource) => resource.Type === 'AWS::IAM::ManagedPolicy');
  const pinnedAllowed = new Set(policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement)
    .filter((statement: any) => statement.Effect === 'Allow').flatMap((statement: any) => [statement.Action].flat())
    .flatMap((pattern: string) => expandActionPattern(pattern, catalog)));
  const pinnedCallable = [...pinnedAllowed].filter((action) => !denied.has(action));
  row(`${profile.name}, pinned: actions allowed / callable (customer-managed policies)`, `${pinnedAllowed.size} / ${pinnedCallable.length} (${policies.length})`,
    `${IAM_LIMITS.managedPoliciesPerRole} policies`, policies.length <= IAM_LIMITS.managedPoliciesPerRole);
}

for (const [name, template] of [['published', publication.template], ['member', member]] as const) {
  const resources = Object.entries<any>(template.Resources);
  for (const [id, resource] of resources.filter(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy')) {
    const document = resource.Properties.PolicyDocument;
    // A document or statement chosen by a condition is measured by its larger branch.
    const largerBranch = (value: any) => (value?.['Fn::If'] ? [value['Fn::If'][1], value['Fn::If'][2]].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0] : value);
    const size = Math.max(...(document['Fn::If'] ? document['Fn::If'].slice(1) : [document])
      .map((branch: any) => policyCharacters({ ...branch, Statement: [branch.Statement].flat().map(largerBranch) })));
    row(`${name}: managed policy ${id.replace(/[0-9A-F]{8}$/, '')}`, `${size} chars`, `${IAM_LIMITS.managedPolicyCharacters}`, size <= IAM_LIMITS.managedPolicyCharacters);
  }
  for (const [id, role] of resources.filter(([, r]) => r.Type === 'AWS::IAM::Role')) {
    const trust = policyCharacters(role.Properties.AssumeRolePolicyDocument);
    row(`${name}: trust policy of ${id.replace(/[0-9A-F]{8}$/, '')}`, `${trust} chars`, `${IAM_LIMITS.trustPolicyCharacters}`, trust <= IAM_LIMITS.trustPolicyCharacters);
    const attached = (role.Properties.ManagedPolicyArns ?? []).length
      + resources.filter(([, r]) => r.Type === 'AWS::IAM::ManagedPolicy' && JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: id }])).length;
    row(`${name}: managed policies of ${id.replace(/[0-9A-F]{8}$/, '')}`, `${attached}`, `${IAM_LIMITS.managedPoliciesPerRole}`, attached <= IAM_LIMITS.managedPoliciesPerRole);
  }
}

// What every CDK user installs: the construct package as npm packs it (after `npx projen compile`).
if (fs.existsSync(path.join(ROOT, 'lib', 'index.js'))) {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files: string[] = packed.files.map((file: { path: string }) => file.path);
  const shipsOnlyLibrary = files.every((file) => /^(lib\/|API\.md$|README\.md$|LICENSE$|package\.json$|\.jsii$)/.test(file));
  row('construct package, npm pack: packed / unpacked / files', `${(packed.size / 1e6).toFixed(2)} MB / ${(packed.unpackedSize / 1e6).toFixed(2)} MB / ${packed.entryCount}`,
    '5 MB unpacked', packed.unpackedSize <= 5e6);
  row('construct package: only lib/, the jsii assembly and docs; no bundled dependency', shipsOnlyLibrary && !packed.bundled?.length ? 'yes' : 'no', '', shipsOnlyLibrary && !packed.bundled?.length);
  const [cliPacked] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: path.join(ROOT, 'cli'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  row('command line package (cli/), npm pack: packed / unpacked / files', `${(cliPacked.size / 1e3).toFixed(0)} kB / ${(cliPacked.unpackedSize / 1e3).toFixed(0)} kB / ${cliPacked.entryCount}`);
} else {
  row('npm pack', 'not measured: run npx projen compile first');
}

// profiles for 10,000 accounts: render and merge into an existing config, median of RUNS.
const accounts = Array.from({ length: 10_000 }, (_, index) => ({ id: String(100000000000 + index), name: `Workload ${index % 2500} ${index % 7 ? 'prod' : 'dev'}` }));
const existing = '[default]\nregion = eu-west-1\n\n[profile personal]\nregion = us-east-1\n';
const profileTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const started = process.hrtime.bigint();
  mergeAwsConfig(existing, renderAwsConfigProfiles(accounts, { region: 'eu-west-1' }));
  profileTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
}
row('profiles: 10,000 accounts rendered and merged', `${median(profileTimes).toFixed(0)} ms`, '< 1000 ms', median(profileTimes) < 1000);

// check-connection --organization over 10,000 mocked accounts at 50 ms a call, at the default concurrency,
// compiled and in a process of its own (benchmark/organization-run.ts, also `npx projen bench:organization`),
// so that its peak memory is the command line's alone. `--skip-organization` leaves it out (it takes about two minutes).
if (!process.argv.includes('--skip-organization')) {
  try {
    const { figures } = runOrganizationBenchmark(ROOT);
    row(`check-connection --organization: ${figures.accounts} mocked accounts at ${figures.latencyMs} ms a call, concurrency ${figures.concurrency}, wall time`,
      `${figures.seconds.toFixed(1)} s`, '120 s', figures.seconds <= 120);
    row('check-connection --organization: peak memory of the process (RSS; loaded before the run)',
      `${figures.peakMb.toFixed(0)} MB (${figures.baselineMb.toFixed(0)} MB)`, '300 MB', figures.peakMb <= 300);
  } catch (error) {
    row('check-connection --organization, 10,000 accounts', `FAILED: ${(error as Error).message.split('\n')[0]}`);
  }
}

if (!process.argv.includes('--skip-suite')) {
  const started = process.hrtime.bigint();
  try {
    execFileSync('npx', ['jest', '--ci', '--silent'], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    row('test suite', 'FAILED');
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  row('whole test suite, wall time (npx jest --ci)', `${seconds.toFixed(1)} s`, '90 s', seconds <= 90);
}

const widths = ['measure', 'value', 'limit', 'verdict'].map((key) => Math.max(key.length, ...rows.map((r) => (r as any)[key].length)));
const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
console.log(`benchmark on ${os.cpus().length} cores, node ${process.version}, median of ${RUNS} runs (${PAIRS} rounds of whole processes for publish)`);
console.log(line(['measure', 'value', 'limit', 'verdict']));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const r of rows) {
  console.log(line([r.measure, r.value, r.limit, r.verdict]));
}
