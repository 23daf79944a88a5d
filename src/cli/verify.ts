/**
 * `cdk-account-onboarding verify`: checks the deployed vendor role with the customer's own AWS
 * credentials (the SDK's usual chain) and IAM's own policy simulator, and prints one line per check
 * with the fix for each failure. The checks live in the library; this only parses and prints.
 */
import { parseArgs } from 'node:util';
import { IAMClient } from '@aws-sdk/client-iam';
import { formatResults } from './doctor';
import { PermissionProfile } from '../permissions/permission-profile';
import { verifyDeployedRole } from '../private/role-verification';

const USAGE = `usage: cdk-account-onboarding verify --role-name <name> [--profile COST|SECURITY_AUDIT|INVENTORY]

Checks the vendor role deployed in your account, with your AWS credentials (iam:GetRole,
iam:ListAttachedRolePolicies, iam:GetPolicy, iam:GetPolicyVersion, iam:SimulatePrincipalPolicy):
  - the trust requires the external ID;
  - IAM's policy simulator explicitly denies a sample of every denied class (content, credentials,
    code, personal data, and secret-bearing configuration where the profile denies it);
  - it allows a sample of the profile's own reads;
  - the AWS-managed policies allow nothing that this release did not classify (AWS changes them).

  --role-name <name>  the role's name (default role name: OnboardingReadOnlyRole)
  --profile <name>    the profile it was deployed with (default: read from the role's description)

Exit code: 0 when every check passes, 1 when one fails, 2 for invalid arguments.`;

/**
 * Runs the verification.
 *
 * @param args the command's arguments
 * @param iam an IAM client to use instead of the default one
 */
export async function verifyCommand(args: string[], iam?: IAMClient): Promise<number> {
  let values: { 'role-name'?: string; 'profile'?: string; 'help'?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { 'role-name': { type: 'string' }, 'profile': { type: 'string' }, 'help': { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    console.error(`cdk-account-onboarding verify: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values['role-name']) {
    console.error(`cdk-account-onboarding verify: --role-name is required\n${USAGE}`);
    return 2;
  }
  let profile: PermissionProfile | undefined;
  if (values.profile !== undefined) {
    try {
      profile = PermissionProfile.fromName(values.profile);
    } catch (error) {
      console.error(`cdk-account-onboarding verify: --${(error as Error).message}\n${USAGE}`);
      return 2;
    }
  }
  try {
    const results = await verifyDeployedRole(iam ?? new IAMClient({}), { roleName: values['role-name'], profile });
    console.log(formatResults(results));
    const failed = results.filter((result) => result.status === 'FAIL').length;
    console.log(failed === 0 ? '\nverified: the role is what this release promises' : `\n${failed} of ${results.length} checks failed: apply the fixes above`);
    return failed === 0 ? 0 : 1;
  } catch (error) {
    // The SDK's errors name the missing permission or the unknown role; a stack trace helps no customer.
    console.error(`cdk-account-onboarding verify: ${(error as Error).name}: ${(error as Error).message}`);
    return 1;
  }
}
