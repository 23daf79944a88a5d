/**
 * What every command is given: where results and progress go, the AWS SDK clients to use (tests
 * pass mocked ones), and the clock. Commands never write to the console or create clients
 * themselves, so one test helper runs any command and captures what it printed.
 */
import type { BCMDataExportsClient } from '@aws-sdk/client-bcm-data-exports';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { S3Client } from '@aws-sdk/client-s3';
import type { STSClient } from '@aws-sdk/client-sts';

/** AWS SDK clients a command may use instead of creating its own. */
export interface CliClients {
  readonly iam?: IAMClient;
  readonly sts?: STSClient;
  readonly organizations?: OrganizationsClient;
  readonly cloudFormation?: CloudFormationClient;
  readonly s3?: S3Client;
  readonly bcmDataExports?: BCMDataExportsClient;
  /** The clients of an assumed role's temporary credentials (check-connection); the ones left out are created. */
  readonly withCredentials?: (credentials: TemporaryCredentials) => CliClients;
}

/** The temporary credentials of an assumed role, as the SDK clients take them. */
export interface TemporaryCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration?: Date;
}

/** A command's view of the world. */
export interface CliIo {
  /** The SDK clients to use; a command creates its own for the ones not given. */
  readonly clients: CliClients;
  /** A line of the command's result, on stdout. */
  out(line: string): void;
  /** A line of progress or an error, on stderr, so that stdout stays the result. */
  err(line: string): void;
  now(): Date;
}

/** The process's own streams, new SDK clients and the system clock. */
export function processIo(): CliIo {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    clients: {},
    now: () => new Date(),
  };
}

/**
 * An error a command reports in one line, without a stack trace, and the exit code it stands for:
 * 1 when the input or the check failed, 2 when the command line itself was wrong.
 */
export class CliError extends Error {
  /** The command line was wrong: a missing or invalid option or argument. */
  public static usage(message: string): CliError {
    return new CliError(message, 2);
  }

  /** An input could not be used, or AWS answered with an error. */
  public static failed(message: string): CliError {
    return new CliError(message, 1);
  }

  private constructor(message: string, public readonly exitCode: 1 | 2) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes, the same for every command. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/** An SDK error in one line: its name and message, and the profile in use when credentials failed. */
export function describeAwsError(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const { name, message } = error as Error;
  const text = `${name}: ${String(message).replace(/\s*\n\s*/g, ' ')}`;
  const credentials = name === 'CredentialsProviderError' || /credential|profile/i.test(String(message));
  return credentials && env.AWS_PROFILE ? `${text} (with AWS_PROFILE=${env.AWS_PROFILE})` : text;
}
