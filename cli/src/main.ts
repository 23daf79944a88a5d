/**
 * The command line of cdk-account-onboarding: one commander program, so that every command has the
 * same `--help`, the same exit codes (0 ok, 1 the input or the check failed, 2 usage) and the same
 * one-line errors without stack traces. Each command lives in its own folder; the library computes
 * everything they print or write.
 */
import { Command, CommanderError } from 'commander';
import { backfillRequestCommand } from './backfill-request/backfill-request-command';
import { checkConnectionCommand } from './check-connection/check-connection-command';
import { CliError, CliIo, EXIT, processIo } from './core/cli-io';
import { diffCommand } from './diff/diff-command';
import { doctorCommand } from './doctor/doctor-command';
import { profilesCommand } from './profiles/profiles-command';
import { publishCommand } from './publish/publish-command';
import { verifyCommand } from './verify/verify-command';

/** A command: built with the I/O it uses and the callback that receives its exit code. */
export type CommandFactory = (io: CliIo, exit: (code: number) => void) => Command;

const COMMANDS: CommandFactory[] = [
  publishCommand, diffCommand, backfillRequestCommand, doctorCommand, verifyCommand, checkConnectionCommand, profilesCommand,
];

function program(io: CliIo, exit: (code: number) => void): Command {
  const root = new Command('cdk-account-onboarding')
    .description('Publish the onboarding template and its companions, explain an update, and check a customer\'s setup and role.')
    .addHelpText('after', '\nExit codes: 0 ok, 1 the input or the check failed, 2 the command line was wrong.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, '')),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
      // Commander's own errors (unknown option, missing argument, invalid choice) in the one-line form of every error.
      outputError: (text, write) => write(`cdk-account-onboarding: ${text.trim().replace(/^error: /, '')} (see --help)\n`),
    });
  for (const factory of COMMANDS) {
    const command = factory(io, exit);
    command.copyInheritedSettings(root);
    root.addCommand(command);
  }
  return root;
}

/**
 * Runs the command line with the given arguments (without node and the script path) and returns
 * its exit code. Tests pass their own I/O: captured lines and mocked SDK clients.
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const resolved: CliIo = { ...processIo(), ...io };
  let code: number = EXIT.OK;
  try {
    await program(resolved, (exitCode) => { code = exitCode; }).parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with 0; a missing command, an unknown option or a bad value is usage.
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof CliError) {
      resolved.err(`cdk-account-onboarding: ${error.message}`);
      return error.exitCode;
    }
    // Anything else is a failure of the input or of AWS; its message is what helps, not its stack.
    resolved.err(`cdk-account-onboarding: ${(error as Error).message ?? String(error)}`);
    if (process.env.CDK_ACCOUNT_ONBOARDING_DEBUG) {
      resolved.err(String((error as Error).stack));
    }
    return EXIT.FAILED;
  }
}

/** The entry point of bin/cdk-account-onboarding. */
export function run(argv: string[]): void {
  void main(argv).then((code) => { process.exitCode = code; });
}
