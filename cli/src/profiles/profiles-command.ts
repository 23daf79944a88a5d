/**
 * `profiles`: writes one AWS config profile per spoke account, so that a collector in the hub
 * account reaches every account with `--profile <name>` (or AWS_PROFILE). Reruns replace the
 * profiles of the same --prefix and leave everything else in the file as it was.
 */
import { HUB_DEFAULTS } from 'cdk-account-onboarding/internal';
import { Command, Option } from 'commander';
import { listOrganizationAccounts, parseAccounts } from './account-list';
import { AccountList, CREDENTIAL_SOURCES, mergeAwsConfig, OUTPUT_FORMATS, renderAwsConfigProfiles, RenderedProfiles } from './aws-config-profiles';
import { openAwsSession } from '../core/aws-clients';
import { awsSharedFiles, knownAwsProfiles } from '../core/aws-profile';
import { CliError, CliIo, describeAwsError, EXIT } from '../core/cli-io';
import { readTextFile, writeFileAtomically } from '../core/files';
import { requireKnownRegion } from '../core/known-regions';

interface ProfilesOptions {
  readonly accounts?: string;
  readonly fromOrganizations?: boolean;
  readonly roleName?: string;
  readonly rolePath?: string;
  readonly region?: string;
  readonly output?: string;
  readonly credentialSource?: string;
  readonly sourceProfile?: string;
  readonly prefix?: string;
  readonly config?: string;
}

export function profilesCommand(io: CliIo, exit: (code: number) => void): Command {
  return new Command('profiles')
    .summary('write an AWS config profile per spoke account for a collector in the hub account')
    .description('Writes one profile per spoke account into an AWS config file, each assuming the spoke role of that account '
      + 'with the collector\'s own credentials. Reruns replace the profiles of the same --prefix and leave everything else in '
      + 'the file as it was. Suspended and closed accounts get no profile.')
    .option('--accounts <file>', "JSON or CSV listing each account's ID and name; the output of 'aws organizations list-accounts' works as it is")
    .option('--from-organizations', 'list the accounts with AWS Organizations (from the management account or a delegated administrator)')
    .option('--role-name <name>', "the spoke role's name", HUB_DEFAULTS.spokeRoleName)
    .option('--role-path <path>', "the spoke role's path", '/')
    .option('--region <region>', "the profiles' Region (default: AWS_REGION or AWS_DEFAULT_REGION)")
    .addOption(new Option('--output <format>', 'the profiles\' output format').choices([...OUTPUT_FORMATS]))
    .addOption(new Option('--credential-source <source>', "where the collector's credentials come from (default: Ec2InstanceMetadata)").choices([...CREDENTIAL_SOURCES]))
    .option('--source-profile <profile>', "take the collector's credentials from this profile of the config or credentials file instead")
    .option('--prefix <prefix>', 'prepended to every profile name (default: none)')
    .option('--config <file>', 'the config file (default: AWS_CONFIG_FILE or ~/.aws/config)')
    .action(async (options: ProfilesOptions) => {
      if ((options.accounts === undefined) === (options.fromOrganizations !== true)) {
        throw CliError.usage('profiles: give exactly one of --accounts <file> and --from-organizations (see --help)');
      }
      const region = options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
      if (!region) {
        throw CliError.usage('profiles: --region is required when AWS_REGION and AWS_DEFAULT_REGION are not set (see --help)');
      }
      requireKnownRegion(options.region !== undefined ? '--region' : process.env.AWS_REGION ? 'AWS_REGION' : 'AWS_DEFAULT_REGION', region);
      const configFile = options.config ?? awsSharedFiles().config;
      if (options.sourceProfile !== undefined) {
        const env = { ...process.env, AWS_CONFIG_FILE: configFile };
        if (!knownAwsProfiles(env).has(options.sourceProfile)) {
          throw CliError.usage(`profiles: --source-profile '${options.sourceProfile}' is defined neither in ${configFile} nor in `
            + `${awsSharedFiles(env).credentials}; create it first or use --credential-source`);
        }
      }
      const renderOptions = {
        roleName: options.roleName,
        rolePath: options.rolePath,
        region,
        output: options.output,
        credentialSource: options.credentialSource,
        sourceProfile: options.sourceProfile,
        prefix: options.prefix,
      };
      try {
        // Checks the options before reading the input or calling AWS.
        renderAwsConfigProfiles([], renderOptions);
      } catch (error) {
        throw CliError.usage(`profiles: ${asOptions((error as Error).message)}`);
      }

      let list: AccountList;
      if (options.accounts !== undefined) {
        const text = readTextFile(options.accounts, '--accounts');
        try {
          list = parseAccounts(text, options.accounts);
        } catch (error) {
          throw CliError.failed((error as Error).message);
        }
      } else {
        io.err('listing the accounts of the organization');
        try {
          const organizations = io.clients.organizations ?? (await openAwsSession({
            command: 'profiles --from-organizations',
            services: ['organizations'],
            region,
            credentialsOf: 'credentials of the management account or of a delegated administrator of AWS Organizations',
          })).client('organizations');
          list = await listOrganizationAccounts(organizations);
        } catch (error) {
          if (error instanceof CliError) throw error;
          throw CliError.failed(`organizations:ListAccounts failed: ${describeAwsError(error)} `
            + '(call it from the management account or a delegated administrator of AWS Organizations, or use --accounts)');
        }
      }
      if (list.accounts.length === 0) {
        throw CliError.failed(`${options.accounts ?? 'the organization'} lists no active account${list.skipped.length > 0 ? ` (${list.skipped.length} not active)` : ''}`);
      }

      let rendered: RenderedProfiles;
      try {
        rendered = renderAwsConfigProfiles(list.accounts, renderOptions);
      } catch (error) {
        throw CliError.failed(`${options.accounts ?? 'the organization'}: ${(error as Error).message}`);
      }
      try {
        let existing = '';
        try {
          existing = readTextFile(configFile, 'the config file');
        } catch (error) {
          if (!/no such file/.test((error as Error).message)) throw error;
        }
        writeFileAtomically(configFile, mergeAwsConfig(existing, rendered));
      } catch (error) {
        throw CliError.failed(`${configFile}: ${(error as Error).message}`);
      }
      io.out(`wrote ${rendered.profiles.length} profile${rendered.profiles.length === 1 ? '' : 's'} (prefix '${rendered.prefix}') to ${configFile}, e.g. `
        + `aws sts get-caller-identity --profile ${rendered.profiles[0].name}`);
      if (list.skipped.length > 0) {
        const names = list.skipped.slice(0, 10).map((account) => `${account.name || account.id} (${account.id})`).join(', ');
        io.out(`skipped ${list.skipped.length} accounts that are not active: ${names}${list.skipped.length > 10 ? ', ...' : ''}`);
      }
      exit(EXIT.OK);
    });
}

/** The options the rendering's problems are about, as the command line names them. */
const OPTION_NAMES: [string, string][] = [
  ['credential source', '--credential-source'], ['source profile', '--source-profile'], ['role name', '--role-name'],
  ['role path', '--role-path'], ['region', '--region'], ['output', '--output'], ['prefix', '--prefix'],
];

/** The rendering's problems (`role name must be ...; prefix must be ...`) with the options' own names. */
function asOptions(message: string): string {
  return message.split('; ').map((problem) => OPTION_NAMES.reduce((text, [name, option]) =>
    text.replace(new RegExp(`(^|and )${name}\\b`), `$1${option}`), problem)).join('; ');
}
