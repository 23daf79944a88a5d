/** `backfill-request`: prints the text of a support case asking AWS to backfill cost report history. */
import { BackfillRequestError, checkPeriods, readStackOutputs, renderBackfillRequest } from 'cdk-account-onboarding/internal';
import { Command } from 'commander';
import { CliError, CliIo, EXIT } from '../core/cli-io';
import { readJsonFile } from '../core/files';

export function backfillRequestCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('backfill-request')
    .summary('print the AWS Support request for cost report history')
    .description('Prints the text of an AWS Support case asking to backfill the cost report of the published template '
      + '(or of the deployed stack, from its outputs) for the months from --from to --to.')
    .option('--template <published.json>', 'the published template')
    .option('--outputs <outputs.json>', "the stack's outputs (aws cloudformation describe-stacks --query 'Stacks[0].Outputs')")
    .requiredOption('--from <YYYY-MM>', 'the first month')
    .requiredOption('--to <YYYY-MM>', 'the last month')
    .action(async (options: { template?: string; outputs?: string; from: string; to: string }) => {
      if (!options.template && !options.outputs) {
        throw CliError.usage('backfill-request: give --template or --outputs (see --help)');
      }
      // The periods are the command line's: a malformed one is refused before any file is read.
      try {
        checkPeriods(options.from, options.to, io.now());
      } catch (error) {
        throw error instanceof BackfillRequestError ? CliError.usage(error.message) : error;
      }
      const template = options.template ? readJsonFile(options.template, 'template') as any : undefined;
      if (template !== undefined && (typeof template !== 'object' || template === null || typeof template.Resources !== 'object')) {
        throw CliError.failed(`${options.template} is not a CloudFormation template (no Resources)`);
      }
      try {
        const outputs = options.outputs ? readStackOutputs(readJsonFile(options.outputs, 'outputs')) : undefined;
        io.out(renderBackfillRequest({ template, outputs, from: options.from, to: options.to, now: io.now() }));
      } catch (error) {
        throw error instanceof BackfillRequestError ? CliError.failed(error.message) : error;
      }
      exit(EXIT.OK);
    });
}
