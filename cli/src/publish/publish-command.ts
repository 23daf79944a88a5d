/**
 * `publish`: from a vendor config to the public template and its companions, written atomically.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App } from 'aws-cdk-lib';
import { OnboardingPublication, OnboardingStack } from 'cdk-account-onboarding';
import { Command } from 'commander';
import { CliError, CliIo, EXIT } from '../core/cli-io';
import { readTextFile, writeFilesAtomically } from '../core/files';
import { parseVendorConfig, VendorConfigError } from '../vendor-config/vendor-config';

export function publishCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('publish')
    .summary('write the public template and its companions from a vendor config')
    .description('Writes the public template (versioned and latest), the member template, PERMISSIONS.md, the manual '
      + 'JSON files, Terraform and the quick-create and update links into the output folder, all or nothing.')
    .requiredOption('--config <file>', 'the vendor config (onboarding.json); its JSON Schema is schema/vendor-config.schema.json')
    .requiredOption('--out <folder>', 'the output folder; earlier template versions there are kept')
    .action(async (options: { config: string; out: string }) => {
      const text = readTextFile(options.config, 'the vendor config');
      let config;
      try {
        config = parseVendorConfig(text, options.config);
      } catch (error) {
        throw error instanceof VendorConfigError ? CliError.failed(error.message) : error;
      }
      io.err(`synthesizing the onboarding stack of ${config.stackProps.vendorName}`);
      let publication: OnboardingPublication;
      // The cloud assembly goes to a folder of its own that is removed afterwards: only the output folder is written.
      const assemblyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-account-onboarding-'));
      try {
        // Only the template is read from the assembly: no tree.json and no construct stack traces, which
        // cost synthesis time and would be removed with the folder unread.
        const app = new App({ outdir: assemblyDir, treeMetadata: false, stackTraces: false });
        const stack = new OnboardingStack(app, 'OnboardingTemplate', config.stackProps);
        io.err('rendering the template and its companions');
        publication = OnboardingPublication.of(stack, config.publication);
      } catch (error) {
        throw CliError.failed((error as Error).message.split('\n').join(' '));
      } finally {
        fs.rmSync(assemblyDir, { recursive: true, force: true });
      }
      for (const warning of publication.warnings) {
        io.err(`warning: ${warning}`);
      }
      writeFilesAtomically(options.out, publication.files);
      for (const file of publication.files) {
        io.out(`wrote ${path.join(options.out, file.path)}`);
      }
      io.out(`template: ${publication.templateFileBytes} bytes as written, ${publication.templateBytes} without white space (deployed from its S3 URL: up to 1 MB; --template-body takes 51200)`);
      // The links as the files hold them, so that a link pasted from here has the placeholders that the
      // parameters' patterns accept (EXTERNAL_ID, STACK_NAME), the same as one copied from the file.
      io.out(`quick-create link: ${firstLineOf(publication, 'quick-create-url.txt')}`);
      io.out(`update link: ${firstLineOf(publication, 'update-url.txt')}`);
      exit(EXIT.OK);
    });
}

function firstLineOf(publication: OnboardingPublication, filePath: string): string {
  const file = publication.files.find((candidate) => candidate.path === filePath);
  if (!file) throw new Error(`the publication has no ${filePath}`);
  return file.content.split('\n')[0];
}
