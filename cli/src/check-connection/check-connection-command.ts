/**
 * `check-connection`: the vendor's check of a customer's onboarding, with the vendor's own AWS
 * credentials (the principal the role trusts): assume the role with the external ID, confirm the
 * identity, call a few reads, confirm a data read is denied, and print the fix for each failure.
 */
import { PermissionProfile } from 'cdk-account-onboarding';
import { Command, Option } from 'commander';
import type { AssumedRoleClients } from './connection-check';
import { DEFAULT_CONCURRENCY, DEFAULT_SESSION_NAME, MAX_CONCURRENCY } from './connection-defaults';
import { requireIdentifier } from '../core/arguments';
import { AwsClientTypes, AwsService, AwsSession, homeRegionOf, openAwsSession } from '../core/aws-clients';
import { failureSummary, formatResults } from '../core/check-results';
import { CliClients, CliError, CliIo, describeAwsError, EXIT, TemporaryCredentials } from '../core/cli-io';
import { readTextFile } from '../core/files';
import { requireKnownRegion } from '../core/known-regions';

/** The session names STS accepts. */
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

interface CheckConnectionOptions {
  roleArn: string;
  externalId: string;
  profile?: string;
  region?: string;
  sessionName: string;
  deliveries?: string;
  organization?: boolean;
  accounts?: string;
  onlyFailed?: string;
  concurrency: string;
  json?: boolean;
  templateVersion?: string;
  stackSetName?: string;
}

/** The template versions the fixes may name. */
const TEMPLATE_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

export function checkConnectionCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('check-connection')
    .summary('assume a customer\'s role with the external ID and check what it allows, as the vendor')
    .description('Run by the vendor, with the credentials of the principal the customer\'s role trusts: assumes the role with '
      + 'the external ID (sts:AssumeRole), confirms the credentials are the role\'s (sts:GetCallerIdentity), calls reads that '
      + 'every profile allows, and confirms a data read that the profile\'s guardrail denies is denied with an explicit deny. '
      + 'Prints the fix for each failure.\n\n'
      + 'With --organization (or --accounts, --only-failed): the same checks in every active account of the customer\'s organization, '
      + 'after the StackSet: --role-arn is the management account\'s role, listed accounts come from organizations:ListAccounts '
      + 'with it, and each account\'s role has the same name, path and external ID. Prints a line per account where something '
      + 'is wrong and a summary with the fix of each failure class.')
    .requiredOption('--role-arn <arn>', 'the customer\'s role (the RoleArn output of their stack; with --organization, of the management account\'s stack)')
    .requiredOption('--external-id <id>', 'the external ID the customer deployed the role with')
    .addOption(new Option('--profile <name>', 'the profile the role was deployed with (default: COST)')
      .choices(PermissionProfile.all().map((profile) => profile.name)))
    .option('--region <region>', 'the Region of STS and CloudFormation (default: AWS_REGION, the AWS profile\'s region, '
      + 'or else the home Region of the role\'s partition, us-east-1 in aws)')
    .option('--session-name <name>', 'the role session name the customer\'s CloudTrail shows', DEFAULT_SESSION_NAME)
    .option('--deliveries <s3-uris>', 'also check the cost report\'s delivery: the customer\'s CostReportDeliveries output '
      + '(s3://bucket/prefix/name/, comma-separated); lists each export\'s prefix and compares the Data Exports\' ARNs with the bucket policy\'s form')
    .option('--organization', 'check every active account of the customer\'s organization, listed with the management account\'s role')
    .option('--accounts <file>', 'with --organization: check the accounts of this JSON or CSV file instead (the forms profiles --accounts takes)')
    .option('--only-failed <file>', 'with --organization: check again only the accounts that failed in this --json output of a previous run')
    .option('--concurrency <n>', `accounts checked at once, 1 to ${MAX_CONCURRENCY} (each makes one sts:AssumeRole with the vendor's credentials; `
      + 'the default stays well under the rate at which STS throttles one account)', String(DEFAULT_CONCURRENCY))
    .option('--json', 'with --organization: print a JSON line per account as it finishes, then a summary line (schema: README)')
    .option('--template-version <version>', 'with --organization: the template version the fixes ask the customer to update to (e.g. 1.2.0)')
    .option('--stack-set-name <name>', 'with --organization: the customer\'s member-account StackSet (<stack name>-MemberAccounts by default), '
      + 'listed in the management account to tell a role the StackSet has not deployed from a trust that refuses')
    .action(async (options: CheckConnectionOptions) => {
      requireIdentifier('--role-arn', options.roleArn, 'roleArn');
      requireIdentifier('--external-id', options.externalId, 'externalId');
      if (options.region !== undefined) {
        requireKnownRegion('--region', options.region);
      }
      if (!SESSION_NAME.test(options.sessionName)) {
        throw CliError.usage(`--session-name must be 2 to 64 characters from [\\w+=,.@-], got '${options.sessionName}'`);
      }
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
        throw CliError.usage(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, got '${options.concurrency}'`);
      }
      if (options.templateVersion !== undefined && !TEMPLATE_VERSION.test(options.templateVersion)) {
        throw CliError.usage(`--template-version must be a semantic version such as 1.2.0, got '${options.templateVersion}'`);
      }
      if (options.stackSetName !== undefined) {
        requireIdentifier('--stack-set-name', options.stackSetName, 'stackSetName');
      }
      if (options.accounts !== undefined && options.onlyFailed !== undefined) {
        throw CliError.usage('check-connection: give at most one of --accounts <file> and --only-failed <file> (see --help)');
      }
      const organization = options.organization === true || options.accounts !== undefined || options.onlyFailed !== undefined;
      const organizationOnly = options.json ? '--json' : options.templateVersion !== undefined ? '--template-version'
        : options.stackSetName !== undefined ? '--stack-set-name' : undefined;
      if (!organization && organizationOnly) {
        throw CliError.usage(`check-connection: ${organizationOnly} goes with --organization (see --help)`);
      }
      const profile = PermissionProfile.fromName(options.profile ?? PermissionProfile.COST.name);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const delivery = options.deliveries === undefined ? undefined : require('./delivery-check') as typeof import('./delivery-check');
      let deliveries: import('./delivery-check').ReportDelivery[] = [];
      try {
        deliveries = delivery?.parseDeliveries(options.deliveries!) ?? [];
      } catch (error) {
        throw CliError.usage(`--deliveries: ${(error as Error).message}`);
      }
      // The account files are read before any AWS session: a missing or malformed file is the first thing said.
      const givenAccounts = organization ? readGivenAccounts(options) : undefined;
      // The checks work in any Region the customer's account has enabled; the partition's home Region always is.
      const partition = options.roleArn.split(':')[1];
      const session: AwsSession | undefined = io.clients.sts && io.clients.withCredentials ? undefined : await openAwsSession({
        command: 'check-connection',
        services: ['sts'],
        region: options.region,
        defaultRegion: homeRegionOf(partition),
        partition,
        credentialsOf: 'the vendor\'s AWS credentials (of the principal the customer\'s role trusts)',
        // Thousands of AssumeRole calls through one client: its adaptive retry slows them down when STS throttles.
        ...(organization ? { retryMode: 'adaptive' as const, maxAttempts: 5 } : {}),
      });
      if (session) {
        io.err(`calling STS and CloudFormation in ${session.region} (${session.regionSource})`);
      }
      if (organization) {
        const code = await checkOrganizationCommand(io, options, {
          givenAccounts,
          profile,
          concurrency,
          region: options.region ?? session?.region,
          sts: io.clients.sts ?? session!.client('sts'),
          withCredentials: assumedClients(session, io.clients.withCredentials),
        });
        exit(code);
        return;
      }
      // Loaded on use, with the SDK: other commands do not load it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { checkConnection } = require('./connection-check') as typeof import('./connection-check');
      // The role's credentials, kept for the delivery check, which runs with them after the connection checks.
      let roleCredentials: TemporaryCredentials | undefined;
      const results = await checkConnection({
        sts: io.clients.sts ?? session!.client('sts'),
        withCredentials: (credentials) => {
          roleCredentials = credentials;
          return assumedClients(session, io.clients.withCredentials)(credentials);
        },
      }, {
        roleArn: options.roleArn,
        externalId: options.externalId,
        profile,
        region: options.region ?? session?.region,
        sessionName: options.sessionName,
        progress: io.err,
      });
      if (delivery && deliveries.length > 0) {
        if (roleCredentials) {
          io.err(`checking the delivery of ${deliveries.length} export${deliveries.length === 1 ? '' : 's'}`);
          const given = io.clients.withCredentials?.(roleCredentials) ?? {};
          results.push(...await delivery.checkDelivery({
            s3: given.s3 ?? session!.client('s3', roleCredentials),
            bcmDataExports: given.bcmDataExports ?? session!.client('bcmDataExports', roleCredentials),
          }, { deliveries, now: io.now() }));
        } else {
          results.push({ check: 'delivery', status: 'SKIP', detail: 'needs the assumed role' });
        }
      }
      io.out(formatResults(results));
      const failed = results.filter((result) => result.status === 'FAIL').length;
      io.out(failed === 0
        ? `\nconnected: the role is assumable with the external ID, reads what the ${profile.name} profile allows and is denied data`
        : `\n${failureSummary(results, 'run check-connection again')}`);
      exit(failed === 0 ? EXIT.OK : EXIT.FAILED);
    });
}

/** The accounts a file names: those of --only-failed or of --accounts, with the ones not active. */
interface GivenAccounts {
  readonly accounts: { id: string; name: string }[];
  readonly skipped: { id: string; name: string }[];
}

/** Reads the accounts that --only-failed or --accounts names; undefined when the organization is to be listed. */
function readGivenAccounts(options: CheckConnectionOptions): GivenAccounts | undefined {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const report = require('./organization-report') as typeof import('./organization-report');
  const { parseAccounts } = require('../profiles/account-list') as typeof import('../profiles/account-list');
  /* eslint-enable @typescript-eslint/no-require-imports */
  try {
    if (options.onlyFailed !== undefined) {
      return { accounts: report.parseFailedAccounts(readTextFile(options.onlyFailed, '--only-failed'), options.onlyFailed), skipped: [] };
    }
    return options.accounts === undefined ? undefined : parseAccounts(readTextFile(options.accounts, '--accounts'), options.accounts);
  } catch (error) {
    throw error instanceof CliError ? error : CliError.failed((error as Error).message);
  }
}

interface OrganizationRun {
  /** The accounts a file names, read before the AWS session; undefined to list the organization's. */
  readonly givenAccounts?: GivenAccounts;
  readonly profile: PermissionProfile;
  readonly concurrency: number;
  readonly region?: string;
  readonly sts: import('@aws-sdk/client-sts').STSClient;
  readonly withCredentials: (credentials: TemporaryCredentials) => AssumedRoleClients;
}

/** `check-connection --organization`: lists the accounts, checks each, streams the lines, prints the summary; returns the exit code. */
async function checkOrganizationCommand(io: CliIo, options: CheckConnectionOptions, run: OrganizationRun): Promise<number> {
  // Loaded on use, with the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { AssumeRoleCommand } = require('@aws-sdk/client-sts') as typeof import('@aws-sdk/client-sts');
  const { checkOrganization, listStackInstances, parentsByOrganizations } = require('./organization-check') as typeof import('./organization-check');
  const report = require('./organization-report') as typeof import('./organization-report');
  const { listOrganizationAccounts } = require('../profiles/account-list') as typeof import('../profiles/account-list');
  /* eslint-enable @typescript-eslint/no-require-imports */

  // The management account's role, assumed when the accounts are listed or their OUs looked up, again when its credentials run out.
  let management: { clients: AssumedRoleClients; until: number } | undefined;
  const managementClients = async (): Promise<AssumedRoleClients> => {
    if (!management || management.until < io.now().getTime() + 60_000) {
      let answer;
      try {
        answer = await run.sts.send(new AssumeRoleCommand({
          RoleArn: options.roleArn, ExternalId: options.externalId, RoleSessionName: options.sessionName, DurationSeconds: 900,
        }));
      } catch (error) {
        throw CliError.failed(`sts:AssumeRole of the management account's role failed: ${describeAwsError(error)} `
          + '(--role-arn must be the RoleArn output of the customer\'s stack in the management account, --external-id the one it was deployed with; '
          + 'check-connection without --organization tells why)');
      }
      const given = answer.Credentials;
      if (!given?.AccessKeyId || !given.SecretAccessKey || !given.SessionToken) {
        throw CliError.failed('sts:AssumeRole of the management account\'s role returned no credentials');
      }
      management = {
        clients: run.withCredentials({ accessKeyId: given.AccessKeyId, secretAccessKey: given.SecretAccessKey, sessionToken: given.SessionToken }),
        until: given.Expiration?.getTime() ?? io.now().getTime() + 900_000,
      };
    }
    return management.clients;
  };

  let accounts: { id: string; name: string }[];
  let skipped: { id: string; name: string }[] = [];
  if (run.givenAccounts) {
    ({ accounts, skipped } = run.givenAccounts);
    if (options.onlyFailed !== undefined && accounts.length === 0) {
      io.err(`${options.onlyFailed} lists no failed account: nothing to check again`);
      return EXIT.OK;
    }
  } else {
    io.err(`listing the organization's accounts with ${options.roleArn}`);
    const clients = await managementClients();
    try {
      ({ accounts, skipped } = await listOrganizationAccounts(clients.organizations));
    } catch (error) {
      throw CliError.failed(`organizations:ListAccounts failed: ${describeAwsError(error)} (--role-arn must be the role of the management `
        + 'account or of a delegated administrator of AWS Organizations; or give the accounts with --accounts <file>)');
    }
  }
  if (accounts.length === 0) {
    throw CliError.failed(`${options.accounts ?? 'the organization'} lists no active account${skipped.length > 0 ? ` (${skipped.length} not active)` : ''}`);
  }

  let stackInstances: Map<string, string> | undefined;
  if (options.stackSetName !== undefined) {
    io.err(`listing the instances of the StackSet ${options.stackSetName} in ${run.region ?? 'the Region of the session'}`);
    const clients = await managementClients();
    try {
      stackInstances = await listStackInstances(clients.cloudFormation, options.stackSetName);
    } catch (error) {
      throw CliError.failed(`cloudformation:ListStackInstances failed: ${describeAwsError(error)} (--stack-set-name must name the StackSet of `
        + 'the management account\'s stack, in the Region of --region; leave it out to check without it)');
    }
  }
  io.err(`checking ${accounts.length} accounts, ${Math.min(run.concurrency, accounts.length)} at once, with the role ${options.roleArn.split(':')[5].slice('role'.length)} of each`);
  const started = io.now().getTime();
  let reported = 0;
  let parentsUnknown = false;
  const summary = await checkOrganization({ sts: run.sts, withCredentials: run.withCredentials }, {
    accounts,
    skipped,
    roleArn: options.roleArn,
    externalId: options.externalId,
    profile: run.profile,
    region: run.region,
    sessionName: options.sessionName,
    concurrency: run.concurrency,
    templateVersion: options.templateVersion,
    stackInstances,
    onAccount: (outcome) => {
      const line = options.json ? report.accountJsonLine(outcome) : report.accountLine(outcome);
      if (line !== undefined) io.out(line);
    },
    // A line per tenth of the accounts: enough to see a run of thousands move, few enough to read.
    onProgress: (done, total, counts) => {
      const tenth = Math.floor((done * 10) / total);
      if (tenth > reported) {
        reported = tenth;
        io.err(`checked ${done} of ${total} accounts: ${counts.connected} connected, ${counts.failed} failed`);
      }
    },
    // OUs are named when the management role can list them; after one refusal, no more calls.
    parentOf: async (accountId) => {
      if (parentsUnknown) return undefined;
      try {
        return await parentsByOrganizations((await managementClients()).organizations)(accountId);
      } catch {
        parentsUnknown = true;
        return undefined;
      }
    },
  });
  const seconds = (io.now().getTime() - started) / 1000;
  if (options.json) {
    io.out(report.summaryJsonLine(summary, seconds));
  } else {
    io.out(`${summary.failed > 0 ? '\n' : ''}${report.summaryLines(summary, seconds, Math.min(run.concurrency, accounts.length)).join('\n')}`);
  }
  return summary.failed === 0 ? EXIT.OK : EXIT.FAILED;
}

/**
 * The clients of the assumed role's credentials: the ones given (tests pass mocked ones), else the
 * session's, in its Regions (IAM and Organizations in the partition's home Region).
 */
function assumedClients(session: AwsSession | undefined, given: CliClients['withCredentials']): (credentials: TemporaryCredentials) => AssumedRoleClients {
  return (credentials) => {
    const mine = given?.(credentials) ?? {};
    const make = <K extends AwsService>(service: K): AwsClientTypes[K] => {
      const client = (mine[service] as AwsClientTypes[K] | undefined) ?? session?.client(service, credentials);
      if (!client) {
        throw new Error(`no ${service} client for the assumed role: give one or no client at all`);
      }
      return client;
    };
    return { sts: make('sts'), iam: make('iam'), cloudFormation: make('cloudFormation'), organizations: make('organizations') };
  };
}
