/**
 * `check-connection`: the vendor's check of a customer's onboarding, with the vendor's own AWS
 * credentials (the principal the role trusts): assume the role with the external ID, confirm the
 * identity, call a few reads, confirm a data read is denied, and print the fix for each failure.
 */
import { PermissionProfile } from 'cdk-account-onboarding';
import { ACCEPTED, PATTERNS } from 'cdk-account-onboarding/internal';
import { Command, Option } from 'commander';
import type { AssumedRoleClients } from './connection-check';
import { DEFAULT_SESSION_NAME } from './connection-defaults';
import { AwsClientTypes, AwsService, AwsSession, homeRegionOf, openAwsSession } from '../core/aws-clients';
import { failureSummary, formatResults } from '../core/check-results';
import { CliClients, CliError, CliIo, EXIT, TemporaryCredentials } from '../core/cli-io';

/** The session names STS accepts. */
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

interface CheckConnectionOptions {
  roleArn: string;
  externalId: string;
  profile?: string;
  region?: string;
  sessionName: string;
  deliveries?: string;
}

export function checkConnectionCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('check-connection')
    .summary('assume a customer\'s role with the external ID and check what it allows, as the vendor')
    .description('Run by the vendor, with the credentials of the principal the customer\'s role trusts: assumes the role with '
      + 'the external ID (sts:AssumeRole), confirms the credentials are the role\'s (sts:GetCallerIdentity), calls reads that '
      + 'every profile allows, and confirms a data read that the profile\'s guardrail denies is denied with an explicit deny. '
      + 'Prints the fix for each failure.')
    .requiredOption('--role-arn <arn>', 'the customer\'s role (the RoleArn output of their stack)')
    .requiredOption('--external-id <id>', 'the external ID the customer deployed the role with')
    .addOption(new Option('--profile <name>', 'the profile the role was deployed with (default: COST)')
      .choices(PermissionProfile.all().map((profile) => profile.name)))
    .option('--region <region>', 'the Region of STS and CloudFormation (default: AWS_REGION, the AWS profile\'s region, '
      + 'or else the home Region of the role\'s partition, us-east-1 in aws)')
    .option('--session-name <name>', 'the role session name the customer\'s CloudTrail shows', DEFAULT_SESSION_NAME)
    .option('--deliveries <s3-uris>', 'also check the cost report\'s delivery: the customer\'s CostReportDeliveries output '
      + '(s3://bucket/prefix/name/, comma-separated); lists each export\'s prefix and compares the Data Exports\' ARNs with the bucket policy\'s form')
    .action(async (options: CheckConnectionOptions) => {
      if (!PATTERNS.roleArn.test(options.roleArn)) {
        throw CliError.usage(`--role-arn must be ${ACCEPTED.roleArn}, got '${options.roleArn}'`);
      }
      if (!PATTERNS.externalId.test(options.externalId)) {
        throw CliError.usage(`--external-id must be ${ACCEPTED.externalId}, got '${options.externalId}'`);
      }
      if (options.region !== undefined && !PATTERNS.region.test(options.region)) {
        throw CliError.usage(`--region must be ${ACCEPTED.region}, got '${options.region}'`);
      }
      if (!SESSION_NAME.test(options.sessionName)) {
        throw CliError.usage(`--session-name must be 2 to 64 characters from [\\w+=,.@-], got '${options.sessionName}'`);
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
      // The checks work in any Region the customer's account has enabled; the partition's home Region always is.
      const partition = options.roleArn.split(':')[1];
      const session: AwsSession | undefined = io.clients.sts && io.clients.withCredentials ? undefined : await openAwsSession({
        command: 'check-connection',
        services: ['sts'],
        region: options.region,
        defaultRegion: homeRegionOf(partition),
        partition,
        credentialsOf: 'the vendor\'s AWS credentials (of the principal the customer\'s role trusts)',
      });
      if (session) {
        io.err(`calling STS and CloudFormation in ${session.region} (${session.regionSource})`);
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
