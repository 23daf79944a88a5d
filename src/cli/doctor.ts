/**
 * `cdk-account-onboarding doctor`: checks the prerequisites of a service-managed StackSet with the
 * caller's AWS credentials (the SDK's usual chain: environment, AWS_PROFILE, SSO, instance role) and
 * prints one line per check with the exact fix. The checks live in the library; this only prints.
 */
import { parseArgs } from 'node:util';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { checkStackSetPrerequisites, CheckResult, PrerequisiteClients } from '../private/stack-set-prerequisites';

const USAGE = `usage: cdk-account-onboarding doctor [--ou <OU or root ID>]... [--call-as SELF|DELEGATED_ADMIN] [--region <region>]

Checks, with your AWS credentials, what the MemberAccountsStackSet needs before it is deployed:
the caller is the management account or a registered delegated administrator, trusted access for
CloudFormation StackSets is activated, and the target OUs exist. Prints the fix for each failure.

  --ou <id>          a target OU (ou-...) or the organization root (r-...); repeat or separate with commas
  --call-as <value>  the StackSet's CallAs, SELF or DELEGATED_ADMIN (default: reported for the caller)
  --region <region>  the Region the StackSet is created in (default: AWS_REGION or the profile's region)

Exit code: 0 when every check passes, 1 when one fails, 2 for invalid arguments.`;

/** Formats the results, one line per check, with the fix indented under a failure. */
export function formatResults(results: CheckResult[]): string {
  const width = Math.max(...results.map((result) => result.check.length));
  return results.map((result) => {
    const line = `${result.status.padEnd(4)}  ${result.check.padEnd(width)}  ${result.detail}`;
    return result.fix ? `${line}\n${' '.repeat(width + 8)}fix: ${result.fix}` : line;
  }).join('\n');
}

/**
 * Runs the doctor.
 *
 * @param args the command's arguments
 * @param clients SDK clients to use instead of the default ones
 */
export async function doctor(args: string[], clients?: PrerequisiteClients): Promise<number> {
  let values: { 'ou'?: string[]; 'call-as'?: string; 'region'?: string; 'help'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'ou': { type: 'string', multiple: true },
        'call-as': { type: 'string' },
        'region': { type: 'string' },
        'help': { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`cdk-account-onboarding doctor: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const callAs = values['call-as'];
  if (callAs !== undefined && callAs !== 'SELF' && callAs !== 'DELEGATED_ADMIN') {
    console.error(`cdk-account-onboarding doctor: --call-as must be SELF or DELEGATED_ADMIN, got '${callAs}'\n${USAGE}`);
    return 2;
  }
  const organizationalUnitIds = (values.ou ?? []).flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id.length > 0);

  const region = values.region;
  const results = await checkStackSetPrerequisites(clients ?? {
    sts: new STSClient({ region }),
    organizations: new OrganizationsClient({ region }),
    cloudFormation: new CloudFormationClient({ region }),
  }, { organizationalUnitIds, callAs });

  console.log(formatResults(results));
  const failed = results.filter((result) => result.status !== 'PASS').length;
  console.log(failed === 0
    ? '\nready: the StackSet can be deployed'
    : `\n${failed} of ${results.length} checks did not pass: apply the fixes above and run the doctor again`);
  return failed === 0 ? 0 : 1;
}
