/**
 * `doctor`: checks the prerequisites of a service-managed StackSet with the caller's AWS credentials
 * (the SDK's usual chain: environment, AWS_PROFILE, SSO, instance role) and prints one line per
 * check with the exact fix.
 */
import { Command, Option } from 'commander';
import { checkStackSetPrerequisites, CheckResult } from './stack-set-prerequisites';
import { requireKnownAwsProfile } from '../core/aws-profile';
import { CliIo, EXIT } from '../core/cli-io';

/** Formats the results, one line per check, with the fix indented under a failure. */
export function formatResults(results: CheckResult[]): string {
  const width = Math.max(...results.map((result) => result.check.length));
  return results.map((result) => {
    const line = `${result.status.padEnd(4)}  ${result.check.padEnd(width)}  ${result.detail}`;
    return result.fix ? `${line}\n${' '.repeat(width + 8)}fix: ${result.fix}` : line;
  }).join('\n');
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((id) => id.trim()).filter((id) => id.length > 0)];
}

export function doctorCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('doctor')
    .summary('check the prerequisites of the member-account StackSet (trusted access, caller, OUs)')
    .description('Checks, with your AWS credentials, what the MemberAccountsStackSet needs before it is deployed: the caller '
      + 'is the management account or a registered delegated administrator, trusted access for CloudFormation StackSets is '
      + 'activated, and the target OUs exist. Prints the fix for each failure.')
    .option('--ou <id>', 'a target OU (ou-...) or the organization root (r-...); repeat or separate with commas', collect, [])
    .addOption(new Option('--call-as <value>', "the StackSet's CallAs (default: reported for the caller)").choices(['SELF', 'DELEGATED_ADMIN']))
    .option('--region <region>', 'the Region the StackSet is created in (default: AWS_REGION or the profile\'s region)')
    .action(async (options: { ou: string[]; callAs?: 'SELF' | 'DELEGATED_ADMIN'; region?: string }) => {
      const clients = io.clients.sts && io.clients.organizations && io.clients.cloudFormation ? {
        sts: io.clients.sts, organizations: io.clients.organizations, cloudFormation: io.clients.cloudFormation,
      } : await defaultClients(options.region);
      io.err('checking the caller, the organization, trusted access and the targets');
      const results = await checkStackSetPrerequisites(clients, { organizationalUnitIds: options.ou, callAs: options.callAs });
      io.out(formatResults(results));
      const failed = results.filter((result) => result.status !== 'PASS').length;
      io.out(failed === 0
        ? '\nready: the StackSet can be deployed'
        : `\n${failed} of ${results.length} checks did not pass: apply the fixes above and run the doctor again`);
      exit(failed === 0 ? EXIT.OK : EXIT.FAILED);
    });
}

async function defaultClients(region: string | undefined) {
  requireKnownAwsProfile();
  // Loaded on use, so that commands that do not call AWS do not load the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { STSClient } = require('@aws-sdk/client-sts') as typeof import('@aws-sdk/client-sts');
  const { OrganizationsClient } = require('@aws-sdk/client-organizations') as typeof import('@aws-sdk/client-organizations');
  const { CloudFormationClient } = require('@aws-sdk/client-cloudformation') as typeof import('@aws-sdk/client-cloudformation');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { sts: new STSClient({ region }), organizations: new OrganizationsClient({ region }), cloudFormation: new CloudFormationClient({ region }) };
}
