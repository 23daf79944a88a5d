/**
 * The command line: a thin reader of arguments and files that calls the library. Nothing it writes
 * is computed here; each command lives in its own module under src/cli/.
 */

/** A subcommand: parses its own arguments and returns the process exit code. */
export type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Command }> = {
  'backfill-request': {
    summary: 'print the AWS Support request for cost report history (--template or --outputs, --from, --to)',
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: () => (args) => require('./backfill-request').backfillRequestCommand(args),
  },
  'publish': {
    summary: 'write the public template and its companions from a vendor config (--config, --out)',
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: () => (args) => require('./publish').publishCommand(args),
  },
  'doctor': {
    summary: 'check the prerequisites of the member-account StackSet (trusted access, caller, OUs)',
    // Loaded on use, so that other commands do not pay for loading the AWS SDK.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: () => (args) => require('./doctor').doctor(args),
  },
  'diff': {
    summary: 'explain an update of the template for a security review: permissions, trust, replacements',
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: () => (args) => require('./diff').diffCommand(args),
  },
  'verify': {
    summary: 'check the deployed role with your credentials and IAM\'s policy simulator (--role-name)',
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: () => (args) => require('./verify').verifyCommand(args),
  },
  'profiles': {
    summary: 'write an AWS config profile per spoke account for a collector in the hub account (--accounts or --from-organizations)',
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    load: () => (args) => require('./profiles').profilesCommand(args),
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(18)} ${command.summary}`);
  return ['usage: cdk-account-onboarding <command> [options]', '', 'commands:', ...lines].join('\n');
}

/** Runs the command line with the given arguments (without node and the script path). */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? 1 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`cdk-account-onboarding: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  return command.load()(rest);
}
