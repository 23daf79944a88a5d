/**
 * The two packages as users get them: `npm pack` of the construct package (its compiled lib/ and
 * jsii assembly) and of the command line (cli/lib), installed together into an empty temporary
 * folder with npm, next to a plain aws-cdk-lib app that synthesizes a given template with
 * cloudformation-include. The benchmark runs both as whole processes from there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface InstalledPackages {
  /** The folder the packages are installed in. */
  readonly folder: string;
  /** The installed command line's bin script, run with node. */
  readonly cli: string;
  /** The plain app: `node <plainApp> <template> <outdir>` synthesizes the template with cloudformation-include. */
  readonly plainApp: string;
  /**
   * The construct app: `node <stackApp> <vendor config> <outdir>` synthesizes the config's OnboardingStack in
   * a CDK app of its own, with no publication: what a customer's `cdk synth` of the same stack costs.
   */
  readonly stackApp: string;
  /** The tarballs' sizes in bytes. */
  readonly tarballBytes: { readonly library: number; readonly cli: number };
}

/** What the packing needs, built: the reason it cannot run, or undefined. */
export function missingBuild(root: string): string | undefined {
  if (!fs.existsSync(path.join(root, 'lib', 'index.js')) || !fs.existsSync(path.join(root, 'lib', 'internal.js')) || !fs.existsSync(path.join(root, '.jsii'))) {
    return 'run npx projen compile first';
  }
  if (!fs.existsSync(path.join(root, 'cli', 'lib', 'main.js'))) {
    return 'run npx projen cli:build first';
  }
  return undefined;
}

/** The plain app: what a CDK user writes to synthesize an existing template, and nothing else. */
const PLAIN_APP = `// A plain aws-cdk-lib app: synthesizes the template given as the first argument into the folder given second.
const { App, BootstraplessSynthesizer, Stack } = require('aws-cdk-lib');
const { CfnInclude } = require('aws-cdk-lib/cloudformation-include');
const app = new App({ outdir: process.argv[3] });
const stack = new Stack(app, 'Included', { synthesizer: new BootstraplessSynthesizer() });
new CfnInclude(stack, 'Template', { templateFile: process.argv[2] });
app.synth();
`;

/**
 * The construct app: the vendor config's stack (read with the command line's parser, so that its props are
 * publish's) in an App, synthesized; the member template is synthesized with it, the renderings are not.
 */
const STACK_APP = `// The OnboardingStack of the vendor config given first, synthesized into the folder given second.
const fs = require('node:fs');
const { App } = require('aws-cdk-lib');
const { OnboardingStack } = require('cdk-account-onboarding');
const { parseVendorConfig } = require('cdk-account-onboarding-cli/lib/vendor-config/vendor-config');
const config = parseVendorConfig(fs.readFileSync(process.argv[2], 'utf8'), process.argv[2]);
const app = new App({ outdir: process.argv[3] });
new OnboardingStack(app, 'OnboardingTemplate', config.stackProps);
app.synth();
`;

function pack(folder: string, destination: string): string {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: folder, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
  }));
  return path.join(destination, packed.filename);
}

/** Packs both packages and installs them into a new temporary folder (npm, from its cache where it can). */
export function installPackedPackages(root: string): InstalledPackages {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-account-onboarding-installed-'));
  const tarballs = path.join(folder, 'tarballs');
  fs.mkdirSync(tarballs);
  const library = pack(root, tarballs);
  const cli = pack(path.join(root, 'cli'), tarballs);
  fs.writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify({ name: 'installed-packages', version: '1.0.0', private: true }, undefined, 2)}\n`);
  const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', library, cli], { cwd: folder, encoding: 'utf8' });
  if (install.status !== 0) {
    throw new Error(`npm install of the packed packages failed: ${install.stderr}`);
  }
  const plainApp = path.join(folder, 'plain-app.js');
  fs.writeFileSync(plainApp, PLAIN_APP);
  const stackApp = path.join(folder, 'stack-app.js');
  fs.writeFileSync(stackApp, STACK_APP);
  return {
    folder,
    cli: path.join(folder, 'node_modules', 'cdk-account-onboarding-cli', 'bin', 'cdk-account-onboarding'),
    plainApp,
    stackApp,
    tarballBytes: { library: fs.statSync(library).size, cli: fs.statSync(cli).size },
  };
}

/** The wall time of a whole process, in milliseconds; throws with its stderr when it fails. */
export function wallTime(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: options.cwd, env: options.env, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  }
  return elapsed;
}
