/**
 * `doctor`: checks the prerequisites of a service-managed StackSet with the caller's AWS credentials
 * (the SDK's usual chain: environment, AWS_PROFILE, SSO, instance role) and prints one line per
 * check with the exact fix.
 */
import { Command, Option } from 'commander';
import { requireIdentifier } from '../core/arguments';
import { openAwsSession } from '../core/aws-clients';
import { failureSummary, formatResults } from '../core/check-results';
import { CliIo, EXIT } from '../core/cli-io';
import { requireKnownRegion } from '../core/known-regions';

function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((id) => id.trim()).filter((id) => id.length > 0)];
}

export function doctorCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('doctor')
    .summary('check the prerequisites of the member-account StackSet (trusted access, caller, OUs)')
    .description('Checks, with your AWS credentials, what the MemberAccountsStackSet needs before it is deployed: the caller '
      + 'is the management account or a registered delegated administrator, trusted access for CloudFormation StackSets is '
      + 'activated, and the target OUs exist. Prints the fix for each failure. This is the check before the StackSet; '
      + 'the vendor\'s check after it, of every member account, is check-connection --organization.')
    .option('--ou <id>', 'a target OU (ou-...) or the organization root (r-...); repeat or separate with commas', collect, [])
    .addOption(new Option('--call-as <value>', "the StackSet's CallAs (default: reported for the caller)").choices(['SELF', 'DELEGATED_ADMIN']))
    .option('--region <region>', 'the Region the StackSet is created in (default: AWS_REGION or the profile\'s region)')
    .action(async (options: { ou: string[]; callAs?: 'SELF' | 'DELEGATED_ADMIN'; region?: string }) => {
      for (const id of options.ou) {
        requireIdentifier('--ou', id, 'organizationalUnitId', 'rootId');
      }
      if (options.region !== undefined) {
        requireKnownRegion('--region', options.region);
      }
      const clients = io.clients.sts && io.clients.organizations && io.clients.cloudFormation ? {
        sts: io.clients.sts, organizations: io.clients.organizations, cloudFormation: io.clients.cloudFormation,
      } : await defaultClients(options.region);
      io.err('checking the caller, the organization, trusted access and the targets');
      // Loaded on use, with the SDK: other commands do not load it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { checkStackSetPrerequisites } = require('./stack-set-prerequisites') as typeof import('./stack-set-prerequisites');
      const results = await checkStackSetPrerequisites(clients, { organizationalUnitIds: options.ou, callAs: options.callAs });
      io.out(formatResults(results));
      const failed = results.filter((result) => result.status !== 'PASS').length;
      io.out(failed === 0
        ? '\nready: the StackSet can be deployed; once it is, the vendor checks every member account with '
          + 'cdk-account-onboarding check-connection --organization --role-arn <this account\'s RoleArn output> --external-id <id>'
        : `\n${failureSummary(results, 'run the doctor again', ['FAIL', 'SKIP'])}`);
      exit(failed === 0 ? EXIT.OK : EXIT.FAILED);
    });
}

/** The StackSet's Region is the one that matters (trusted access is checked there): the doctor needs one. */
async function defaultClients(region: string | undefined) {
  const session = await openAwsSession({
    command: 'doctor',
    services: ['cloudFormation', 'sts', 'organizations'],
    region,
    credentialsOf: 'credentials of the management account or of a delegated administrator',
  });
  return { sts: session.client('sts'), organizations: session.client('organizations'), cloudFormation: session.client('cloudFormation') };
}
