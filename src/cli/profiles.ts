/**
 * `cdk-account-onboarding profiles`: writes one AWS config profile per spoke account, so that a
 * collector in the hub account reaches every account with `--profile <name>` (or AWS_PROFILE). The
 * rendering and the merge live in the library; this reads the arguments and the input and writes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import {
  AccountList, CREDENTIAL_SOURCES, listOrganizationAccounts, mergeAwsConfig, OUTPUT_FORMATS, parseAccounts, renderAwsConfigProfiles,
  RenderedProfiles, writeFileAtomically,
} from '../private/aws-config-profiles';
import { HUB_DEFAULTS } from '../private/hub-defaults';

const USAGE = `usage: cdk-account-onboarding profiles (--accounts <file> | --from-organizations) [options]

Writes one profile per spoke account into an AWS config file, each assuming the spoke role of that
account with the collector's own credentials. Reruns replace the profiles of the same --prefix and
leave everything else in the file as it was.

  --accounts <file>             JSON or CSV listing each account's ID and name; the output of
                                'aws organizations list-accounts' works as it is
  --from-organizations          list the accounts with AWS Organizations (from the management account
                                or a delegated administrator)
  --role-name <name>            the spoke role's name (default: ${HUB_DEFAULTS.spokeRoleName})
  --role-path <path>            the spoke role's path (default: /)
  --region <region>             the profiles' Region (default: AWS_REGION or AWS_DEFAULT_REGION)
  --output <format>             ${OUTPUT_FORMATS.join(', ')} (default: json)
  --credential-source <source>  ${CREDENTIAL_SOURCES.join(', ')} (default: Ec2InstanceMetadata)
  --source-profile <profile>    take the collector's credentials from this profile instead
  --prefix <prefix>             prepended to every profile name (default: none)
  --config <file>               the config file (default: AWS_CONFIG_FILE or ~/.aws/config)

Suspended and closed accounts get no profile. Exit code: 0 when written, 1 when the input or AWS
fails, 2 for invalid arguments.`;

/** The SDK client used with --from-organizations, so that tests and other tools can pass their own. */
export interface ProfilesClients {
  readonly organizations?: OrganizationsClient;
}

interface Values {
  'accounts'?: string;
  'from-organizations'?: boolean;
  'role-name'?: string;
  'role-path'?: string;
  'region'?: string;
  'output'?: string;
  'credential-source'?: string;
  'source-profile'?: string;
  'prefix'?: string;
  'config'?: string;
  'help'?: boolean;
}

/**
 * Runs the command.
 *
 * @param args the command's arguments
 * @param clients SDK clients to use instead of the default ones
 */
export async function profilesCommand(args: string[], clients: ProfilesClients = {}): Promise<number> {
  const fail = (code: number, message: string) => {
    console.error(`cdk-account-onboarding profiles: ${message.split('\n').join(' ')}`);
    return code;
  };
  let values: Values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'accounts': { type: 'string' },
        'from-organizations': { type: 'boolean' },
        'role-name': { type: 'string' },
        'role-path': { type: 'string' },
        'region': { type: 'string' },
        'output': { type: 'string' },
        'credential-source': { type: 'string' },
        'source-profile': { type: 'string' },
        'prefix': { type: 'string' },
        'config': { type: 'string' },
        'help': { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(2, `${(error as Error).message} (see --help)`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if ((values.accounts === undefined) === (values['from-organizations'] !== true)) {
    return fail(2, 'give exactly one of --accounts <file> and --from-organizations (see --help)');
  }
  const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (!region) {
    return fail(2, '--region is required when AWS_REGION and AWS_DEFAULT_REGION are not set (see --help)');
  }
  const options = {
    roleName: values['role-name'],
    rolePath: values['role-path'],
    region,
    output: values.output,
    credentialSource: values['credential-source'],
    sourceProfile: values['source-profile'],
    prefix: values.prefix,
  };
  try {
    // Checks the options before reading the input or calling AWS.
    renderAwsConfigProfiles([], options);
  } catch (error) {
    return fail(2, (error as Error).message);
  }

  let list: AccountList;
  if (values.accounts !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(values.accounts, 'utf8');
    } catch (error) {
      return fail(2, `cannot read --accounts ${values.accounts}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      list = parseAccounts(text, values.accounts);
    } catch (error) {
      return fail(1, (error as Error).message);
    }
  } else {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const organizations = clients.organizations ?? new (require('@aws-sdk/client-organizations').OrganizationsClient)({ region });
      list = await listOrganizationAccounts(organizations);
    } catch (error) {
      return fail(1, `organizations:ListAccounts failed: ${(error as Error).name}: ${(error as Error).message} `
        + '(call it from the management account or a delegated administrator of AWS Organizations, or use --accounts)');
    }
  }
  if (list.accounts.length === 0) {
    return fail(1, `${values.accounts ?? 'the organization'} lists no active account${list.skipped.length > 0 ? ` (${list.skipped.length} not active)` : ''}`);
  }

  let rendered: RenderedProfiles;
  try {
    rendered = renderAwsConfigProfiles(list.accounts, options);
  } catch (error) {
    return fail(1, `${values.accounts ?? 'the organization'}: ${(error as Error).message}`);
  }

  const configFile = values.config ?? process.env.AWS_CONFIG_FILE ?? path.join(os.homedir(), '.aws', 'config');
  try {
    let existing = '';
    try {
      existing = fs.readFileSync(configFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    writeFileAtomically(configFile, mergeAwsConfig(existing, rendered));
    console.log(`wrote ${rendered.profiles.length} profile${rendered.profiles.length === 1 ? '' : 's'} (prefix '${rendered.prefix}') to ${configFile}, e.g. `
      + `aws sts get-caller-identity --profile ${rendered.profiles[0].name}`);
    if (list.skipped.length > 0) {
      const names = list.skipped.slice(0, 10).map((account) => `${account.name || account.id} (${account.id})`).join(', ');
      console.log(`skipped ${list.skipped.length} accounts that are not active: ${names}${list.skipped.length > 10 ? ', ...' : ''}`);
    }
    return 0;
  } catch (error) {
    return fail(1, `${configFile}: ${(error as Error).message}`);
  }
}
