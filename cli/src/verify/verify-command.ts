/**
 * `verify`: checks the deployed vendor role with the customer's own AWS credentials (the SDK's
 * usual chain) and IAM's own policy simulator, and prints one line per check with the fix for each
 * failure.
 */
import { PermissionProfile } from 'cdk-account-onboarding';
import { Command, Option } from 'commander';
import { requireIdentifier } from '../core/arguments';
import { openAwsSession } from '../core/aws-clients';
import { failureSummary, formatResults } from '../core/check-results';
import { CliError, CliIo, describeAwsError, EXIT } from '../core/cli-io';

export function verifyCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('verify')
    .summary('check the deployed role with your credentials and IAM\'s policy simulator')
    .description('Checks the vendor role deployed in your account, with your AWS credentials (iam:GetRole, '
      + 'iam:ListAttachedRolePolicies, iam:GetPolicy, iam:GetPolicyVersion, iam:SimulatePrincipalPolicy): the trust requires '
      + 'the external ID; IAM\'s policy simulator explicitly denies a sample of every denied class; it allows a sample of the '
      + 'profile\'s own reads; and the AWS-managed policies allow nothing that this release did not classify.')
    .requiredOption('--role-name <name>', "the role's name (default role name: OnboardingReadOnlyRole)")
    .addOption(new Option('--profile <name>', "the profile it was deployed with (default: read from the role's description)")
      .choices(PermissionProfile.all().map((profile) => profile.name)))
    .action(async (options: { roleName: string; profile?: string }) => {
      requireIdentifier('--role-name', options.roleName, 'roleName');
      const profile = options.profile === undefined ? undefined : PermissionProfile.fromName(options.profile);
      // IAM is global: its calls go to the home Region of the configured Region's partition (us-east-1 without one).
      const iam = io.clients.iam ?? (await openAwsSession({ command: 'verify', services: ['iam'] })).client('iam');
      // Loaded on use, with the SDK and the action catalog: other commands do not load them.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { verifyDeployedRole } = require('./role-verification') as typeof import('./role-verification');
      let results;
      try {
        results = await verifyDeployedRole(iam, { roleName: options.roleName, profile, progress: io.err });
      } catch (error) {
        // The SDK's errors name the missing permission or the unknown role; a stack trace helps no customer.
        throw CliError.failed(describeAwsError(error));
      }
      io.out(formatResults(results));
      const failed = results.filter((result) => result.status === 'FAIL').length;
      io.out(failed === 0 ? '\nverified: the role is what this release promises' : `\n${failureSummary(results, '')}`);
      exit(failed === 0 ? EXIT.OK : EXIT.FAILED);
    });
}
