import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { App } from 'aws-cdk-lib';
import { parseVendorConfig } from './vendor-config';
import { OnboardingStack } from '../onboarding-stack';
import { OnboardingPublication } from '../publish/onboarding-publication';

const USAGE = 'usage: cdk-account-onboarding publish --config <onboarding.json> --out <folder>';

/**
 * Writes every file into a temporary folder next to the output folder first, then moves each into
 * place, so that a failure while writing leaves nothing half-written in the output folder. Other
 * files there (earlier template versions) are kept.
 */
export function writeFilesAtomically(outDir: string, files: { path: string; content: string }[]): void {
  const target = path.resolve(outDir);
  fs.mkdirSync(target, { recursive: true });
  const staging = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.staging-`));
  try {
    for (const file of files) {
      const staged = path.join(staging, file.path);
      fs.mkdirSync(path.dirname(staged), { recursive: true });
      fs.writeFileSync(staged, file.content);
    }
    for (const file of files) {
      const destination = path.join(target, file.path);
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      // A rename within one file system replaces the destination in one step.
      fs.renameSync(path.join(staging, file.path), destination);
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** `publish`: from a vendor config to the public template and its companions. */
export async function publishCommand(args: string[]): Promise<number> {
  let values: { config?: string; out?: string };
  try {
    ({ values } = parseArgs({ args, options: { config: { type: 'string' }, out: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`cdk-account-onboarding publish: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.config || !values.out) {
    console.error(`cdk-account-onboarding publish: --config and --out are required\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(values.config, 'utf8');
  } catch (error) {
    console.error(`cdk-account-onboarding publish: cannot read ${values.config}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 2;
  }
  try {
    const config = parseVendorConfig(text, values.config);
    const assemblyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-account-onboarding-'));
    let publication: OnboardingPublication;
    try {
      const app = new App({ outdir: assemblyDir });
      const stack = new OnboardingStack(app, 'OnboardingTemplate', config.stackProps);
      publication = OnboardingPublication.of(stack, config.publication);
    } finally {
      fs.rmSync(assemblyDir, { recursive: true, force: true });
    }
    writeFilesAtomically(values.out, publication.files);
    for (const file of publication.files) {
      console.log(`wrote ${path.join(values.out, file.path)}`);
    }
    console.log(`template: ${publication.templateBytes} bytes without white space (deployed from its S3 URL: up to 1 MB; --template-body takes 51200)`);
    console.log(`quick-create link: ${publication.quickCreateUrl('<EXTERNAL_ID>')}`);
    console.log(`update link: ${publication.updateUrl('<STACK_NAME>')}`);
    return 0;
  } catch (error) {
    console.error(`cdk-account-onboarding publish: ${(error as Error).message.split('\n').join(' ')}`);
    return 1;
  }
}
