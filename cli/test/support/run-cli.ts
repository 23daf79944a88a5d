import { CliClients } from '../../src/core/cli-io';
import { main } from '../../src/main';

/** What a run of the command line printed and returned. */
export interface CliRun {
  readonly code: number;
  /** The result lines (stdout). */
  readonly out: string;
  /** The progress and error lines (stderr). */
  readonly err: string;
}

/** Runs the command line in this process with mocked SDK clients and a fixed clock, capturing stdout and stderr. */
export async function runCli(args: string[], options: { clients?: CliClients; now?: Date } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    clients: options.clients ?? {},
    now: () => options.now ?? new Date(),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
