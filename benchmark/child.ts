/**
 * One measured synthesis, in its own process (the built-in CloudFormation validator's cost is per
 * process): `include` is a plain aws-cdk-lib app that synthesizes the published template (the file
 * given as the next argument) with cloudformation-include; `publish` publishes the example vendor
 * config as the command line does (without writing files). Prints {"synthMs": n} on stdout.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, BootstraplessSynthesizer, Stack } from 'aws-cdk-lib';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { parseVendorConfig } from '../cli/src/vendor-config/vendor-config';
import { OnboardingStack } from '../src/onboarding-stack/onboarding-stack';
import { OnboardingPublication } from '../src/publication/onboarding-publication';

const kind = process.argv[2];
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const configFile = path.join(__dirname, '..', 'examples', 'vendor', 'onboarding.json');
const configText = fs.readFileSync(configFile, 'utf8');

const start = process.hrtime.bigint();
if (kind === 'include') {
  const app = new App({ outdir });
  const stack = new Stack(app, 'Included', { synthesizer: new BootstraplessSynthesizer() });
  new CfnInclude(stack, 'Template', { templateFile: process.argv[3] });
  app.synth();
} else if (kind === 'publish') {
  const config = parseVendorConfig(configText, configFile);
  const stack = new OnboardingStack(new App({ outdir }), 'OnboardingTemplate', config.stackProps);
  OnboardingPublication.of(stack, config.publication);
} else {
  throw new Error(`unknown case ${kind}`);
}
const synthMs = Number(process.hrtime.bigint() - start) / 1e6;
fs.rmSync(outdir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ synthMs })}\n`);
