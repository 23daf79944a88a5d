/**
 * The one way the command line makes AWS SDK clients. Before a command's first call it checks what
 * every call needs, in the order the SDK would trip on it: the profile (AWS_PROFILE names one that
 * exists), the Region (given, configured, or a default the command states), and the credentials.
 * What is missing is reported in one line that says how to give it, instead of the SDK's
 * `Region is missing` or `Could not load credentials from any providers`.
 *
 * The SDK is loaded here, on use: commands that call no AWS service (publish, diff) never load it.
 */
import type { BCMDataExportsClient } from '@aws-sdk/client-bcm-data-exports';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { S3Client } from '@aws-sdk/client-s3';
import type { STSClient } from '@aws-sdk/client-sts';
import { PARTITIONS, partitionOf } from 'cdk-account-onboarding/internal';
import { awsSharedFiles, requireKnownAwsProfile } from './aws-profile';
import { CliError, TemporaryCredentials } from './cli-io';
import { requireKnownRegion } from './known-regions';

/** The SDK clients the command line uses, by the name `CliClients` gives them. */
export interface AwsClientTypes {
  readonly iam: IAMClient;
  readonly sts: STSClient;
  readonly organizations: OrganizationsClient;
  readonly cloudFormation: CloudFormationClient;
  readonly s3: S3Client;
  readonly bcmDataExports: BCMDataExportsClient;
}

export type AwsService = keyof AwsClientTypes;

/**
 * Services whose endpoint is the partition's, not a Region's: their calls go to the partition's home
 * Region (us-east-1 in `aws`), so the user needs to give no Region for them.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 * @see https://docs.aws.amazon.com/general/latest/gr/ao.html
 */
const GLOBAL_SERVICES: ReadonlySet<AwsService> = new Set<AwsService>(['iam', 'organizations', 'bcmDataExports']);

/* eslint-disable @typescript-eslint/no-require-imports */
const CONSTRUCTORS: { [K in AwsService]: () => new (config: object) => AwsClientTypes[K] } = {
  iam: () => (require('@aws-sdk/client-iam') as typeof import('@aws-sdk/client-iam')).IAMClient,
  sts: () => (require('@aws-sdk/client-sts') as typeof import('@aws-sdk/client-sts')).STSClient,
  organizations: () => (require('@aws-sdk/client-organizations') as typeof import('@aws-sdk/client-organizations')).OrganizationsClient,
  cloudFormation: () => (require('@aws-sdk/client-cloudformation') as typeof import('@aws-sdk/client-cloudformation')).CloudFormationClient,
  s3: () => (require('@aws-sdk/client-s3') as typeof import('@aws-sdk/client-s3')).S3Client,
  // Data Exports answer in us-east-1 only (the partition's home Region), like the global services.
  bcmDataExports: () => (require('@aws-sdk/client-bcm-data-exports') as typeof import('@aws-sdk/client-bcm-data-exports')).BCMDataExportsClient,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export interface AwsSessionOptions {
  /** The command, as the messages name it: `verify`. */
  readonly command: string;
  /**
   * The services the command calls with the caller's credentials. When all of them are global, the
   * command needs no Region.
   */
  readonly services: readonly AwsService[];
  /**
   * The Region the command was given (its `--region`).
   *
   * @default - the SDK's: AWS_REGION, or the region of the profile in the AWS config file
   */
  readonly region?: string;
  /**
   * The Region used when none is given or configured, for a command whose regional calls work in
   * any Region (the command says so in its help).
   *
   * @default - none: a regional service makes the Region required
   */
  readonly defaultRegion?: string;
  /**
   * The partition the command works in, when its input says (a role ARN).
   *
   * @default - the partition of the Region, or `aws` without one
   */
  readonly partition?: string;
  /**
   * Whose credentials the command needs, for the message when there are none.
   *
   * @default 'your AWS credentials'
   */
  readonly credentialsOf?: string;
  /**
   * How the session's clients retry: `adaptive` adds client-side rate limiting to the standard
   * retries, for commands that call one API many times (check-connection --organization).
   *
   * @default - the SDK's: AWS_RETRY_MODE, the profile's retry_mode, or standard
   */
  readonly retryMode?: 'standard' | 'adaptive';
  /**
   * The attempts per call, the first included.
   *
   * @default - the SDK's: AWS_MAX_ATTEMPTS, the profile's max_attempts, or 3
   */
  readonly maxAttempts?: number;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
}

/** A checked profile, Region and credentials, and the clients that use them. */
export interface AwsSession {
  /** The Region of regional calls (STS, CloudFormation); the partition's home Region when the command needs none. */
  readonly region: string;
  /** Where the Region came from, for progress lines: `--region`, `AWS_REGION`, ... */
  readonly regionSource: string;
  /** The partition of the Region. */
  readonly partition: string;
  /** A client with the caller's credentials, or with the given ones (an assumed role's). */
  client<K extends AwsService>(service: K, credentials?: TemporaryCredentials): AwsClientTypes[K];
}

/** The partition's home Region: where its global services (IAM, Organizations) are called. */
export function homeRegionOf(partition: string): string {
  const known = PARTITIONS[partition];
  if (!known) {
    throw CliError.failed(`the partition ${partition} is not one the command line knows (${Object.keys(PARTITIONS).join(', ')}): pass --region with a Region of it`);
  }
  return known.defaultRegion;
}

function profileName(env: NodeJS.ProcessEnv): string {
  return env.AWS_PROFILE || 'default';
}

/**
 * Checks the profile, the Region and the credentials, and returns the session whose clients use them.
 * Throws a one-line CliError naming what is missing and how to give it.
 */
export async function openAwsSession(options: AwsSessionOptions): Promise<AwsSession> {
  const env = options.env ?? process.env;
  const files = awsSharedFiles(env);
  requireKnownAwsProfile(env.AWS_PROFILE, 'AWS_PROFILE', env);

  const regional = options.services.filter((service) => !GLOBAL_SERVICES.has(service));
  const first = CONSTRUCTORS[options.services[0]]();

  // The SDK's own resolution (AWS_REGION, then the profile's region), so that the check and the calls agree.
  let region = options.region;
  let regionSource = '--region';
  if (region === undefined) {
    try {
      region = await new first({}).config.region();
      regionSource = env.AWS_REGION ? 'AWS_REGION' : `the region of the profile ${profileName(env)} in ${files.config}`;
    } catch {
      region = undefined;
    }
  }
  // A Region given on the command line, or one the calls go to, must exist; a configured Region that
  // a command of global services never uses does not stop it.
  if (region !== undefined && (options.region !== undefined || regional.length > 0)) {
    requireKnownRegion(regionSource, region, env);
  }
  if (region === undefined && options.defaultRegion !== undefined) {
    region = options.defaultRegion;
    regionSource = `no Region is configured: the default of ${options.command}`;
  }
  const partition = options.partition ?? (region === undefined ? 'aws' : partitionOf(region));
  if (region === undefined) {
    if (regional.length > 0) {
      throw CliError.usage(`${options.command} needs an AWS Region: pass --region <region> (e.g. us-east-1), set AWS_REGION, `
        + `or add 'region = <region>' to the profile ${profileName(env)} in ${files.config}`);
    }
    region = homeRegionOf(partition);
    regionSource = `the home Region of the partition ${partition} (${options.services.join(', ')}: global)`;
  }
  const regionOf = (service: AwsService) => GLOBAL_SERVICES.has(service) ? homeRegionOf(partition) : region!;

  // The credentials, resolved once before the first call: the chain of the SDK (environment, profile, SSO, container, instance).
  try {
    await new first({ region: regionOf(options.services[0]) }).config.credentials();
  } catch (error) {
    throw CliError.failed(credentialsProblem(error, options, env));
  }

  return {
    region,
    regionSource,
    partition,
    client: (service, credentials) => new (CONSTRUCTORS[service]())({
      region: regionOf(service),
      ...(credentials ? { credentials } : {}),
      ...(options.retryMode ? { retryMode: options.retryMode } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    }),
  };
}

function credentialsProblem(error: unknown, options: AwsSessionOptions, env: NodeJS.ProcessEnv): string {
  const whose = options.credentialsOf ?? 'your AWS credentials';
  const files = awsSharedFiles(env);
  const reason = String((error as Error)?.message ?? error).split('\n')[0].trim();
  if (env.AWS_PROFILE) {
    return `${options.command} needs ${whose}, and the profile ${env.AWS_PROFILE} (AWS_PROFILE) gave none (${reason}): `
      + `sign in with aws sso login --profile ${env.AWS_PROFILE}, or check the profile in ${files.config}`;
  }
  if (env.AWS_ACCESS_KEY_ID) {
    return `${options.command} needs ${whose}, and AWS_ACCESS_KEY_ID is set without a usable key (${reason}): `
      + 'set AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys) too, or unset them and set AWS_PROFILE';
  }
  return `${options.command} needs ${whose}, and none were found: set AWS_PROFILE to a profile of ${files.config} `
    + '(aws configure sso creates one, aws sso login signs in), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY';
}
