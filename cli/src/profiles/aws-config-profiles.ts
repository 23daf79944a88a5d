/**
 * AWS config profiles for a collector in the hub account: one profile per spoke account, each
 * assuming the spoke role there. The `profiles` command reads its input and calls these; they load
 * neither aws-cdk-lib nor, unless the organization is listed, the AWS SDK.
 *
 * The profiles of one prefix live between a BEGIN and an END comment line: a rerun replaces that
 * block as a whole (an account that left the organization loses its profile) and leaves every other
 * line of the file as it was.
 *
 * @see https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-role.html
 */
import { HUB_DEFAULTS, partitionOf, PATTERNS } from 'cdk-account-onboarding/internal';

/** An account that gets a profile. */
export interface ConfigAccount {
  /** The 12-digit account ID. */
  readonly id: string;
  /** The account's name, from which the profile is named. */
  readonly name: string;
}

/** Accounts read from a file or from AWS Organizations, and those left out because they are not active. */
export interface AccountList {
  readonly accounts: ConfigAccount[];
  /** Suspended, closed or pending accounts, which get no profile. */
  readonly skipped: ConfigAccount[];
}

/** Where the collector's own credentials come from. */
export const CREDENTIAL_SOURCES = ['Ec2InstanceMetadata', 'Environment', 'EcsContainer'] as const;
export type CredentialSource = (typeof CREDENTIAL_SOURCES)[number];

export const OUTPUT_FORMATS = ['json', 'yaml', 'yaml-stream', 'text', 'table'] as const;

export interface AwsConfigProfileOptions {
  /**
   * The spoke role's name.
   *
   * @default 'CollectorSpokeRole'
   */
  readonly roleName?: string;
  /**
   * The spoke role's path.
   *
   * @default '/'
   */
  readonly rolePath?: string;
  /** The Region of every profile; it also decides the partition of the role ARNs. */
  readonly region: string;
  /**
   * The CLI's output format.
   *
   * @default 'json'
   */
  readonly output?: string;
  /**
   * Where the hub credentials come from, when `sourceProfile` is not given.
   *
   * @default 'Ec2InstanceMetadata'
   */
  readonly credentialSource?: string;
  /**
   * Take the hub credentials from this profile instead of a credential source.
   *
   * @default - the credential source
   */
  readonly sourceProfile?: string;
  /**
   * Prepended to every profile name. Profiles of one prefix are written, and replaced, together.
   *
   * @default ''
   */
  readonly prefix?: string;
}

/** One rendered profile. */
export interface RenderedProfile {
  readonly name: string;
  readonly accountId: string;
  readonly accountName: string;
  readonly roleArn: string;
}

/** The managed block of one prefix: its profiles and its text, BEGIN and END lines included. */
export interface RenderedProfiles {
  readonly prefix: string;
  readonly profiles: RenderedProfile[];
  /** The block, lines separated by '\n', ending with a line break. */
  readonly text: string;
}

const PREFIX = /^[A-Za-z0-9_.-]{0,64}$/;
const PROFILE_NAME = /^[A-Za-z0-9_.@+=-]{1,128}$/;
const MARKER = 'cdk-account-onboarding profiles';
const BEGIN = (prefix: string) => `# BEGIN ${MARKER} (prefix '${prefix}')`;
const END = (prefix: string) => `# END ${MARKER} (prefix '${prefix}')`;
const BEGIN_LINE = /^# BEGIN cdk-account-onboarding profiles \(prefix '([^']*)'\)/;
const PROFILE_SECTION = /^\s*\[\s*profile\s+([^\]]*?)\s*\]/;

/**
 * An account name made safe for a profile name: ASCII letters without accents, lowercase, digits,
 * `_` and `-`; every other run of characters becomes one `-`. Empty when nothing is left.
 */
export function profileNameOf(accountName: string): string {
  return accountName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '');
}

/** Checks the options and fills in the defaults; every problem in one error. */
function checkOptions(options: AwsConfigProfileOptions) {
  const resolved = {
    roleName: options.roleName ?? HUB_DEFAULTS.spokeRoleName,
    rolePath: options.rolePath ?? '/',
    region: options.region,
    output: options.output ?? 'json',
    credentialSource: options.credentialSource,
    sourceProfile: options.sourceProfile,
    prefix: options.prefix ?? '',
  };
  const problems: string[] = [];
  const check = (failed: boolean, message: string) => failed && problems.push(message);
  check(!PATTERNS.roleName.test(resolved.roleName), `role name must be [\\w+=,.@-]{1,64}, got '${resolved.roleName}'`);
  check(!PATTERNS.path.test(resolved.rolePath), `role path must be '/' or a path of the form /segment/.../, got '${resolved.rolePath}'`);
  check(!PATTERNS.region.test(resolved.region ?? ''), `region must be one AWS Region code such as us-east-1, got '${resolved.region}'`);
  check(!(OUTPUT_FORMATS as readonly string[]).includes(resolved.output), `output must be one of ${OUTPUT_FORMATS.join(', ')}, got '${resolved.output}'`);
  check(!PREFIX.test(resolved.prefix), `prefix must be at most 64 letters, digits, '_', '.' or '-', got '${resolved.prefix}'`);
  check(resolved.credentialSource !== undefined && resolved.sourceProfile !== undefined,
    'credential source and source profile exclude each other: give one of them');
  check(resolved.credentialSource !== undefined && !(CREDENTIAL_SOURCES as readonly string[]).includes(resolved.credentialSource),
    `credential source must be one of ${CREDENTIAL_SOURCES.join(', ')}, got '${resolved.credentialSource}'`);
  check(resolved.sourceProfile !== undefined && !PROFILE_NAME.test(resolved.sourceProfile),
    `source profile must be a profile name of letters, digits and _.@+=-, got '${resolved.sourceProfile}'`);
  if (problems.length > 0) {
    throw new Error(problems.join('; '));
  }
  return resolved;
}

/**
 * Renders one profile per account, in the managed block of the prefix.
 *
 * Profiles are named `<prefix><account name made safe>` and sorted by name, so that a rerun gives
 * the same file whatever order the accounts come in. Names shared by several accounts (and the
 * reserved `default`) get `-<account ID>` appended on every account that shares them, so no
 * account takes the plain name by the luck of the order.
 */
export function renderAwsConfigProfiles(accounts: readonly ConfigAccount[], options: AwsConfigProfileOptions): RenderedProfiles {
  const resolved = checkOptions(options);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  accounts.forEach((account, index) => {
    if (!PATTERNS.accountId.test(account.id)) {
      problems.push(`account ${index + 1} id must be a 12-digit AWS account ID, got '${account.id}'`);
    } else if (seen.has(account.id)) {
      problems.push(`account ${account.id} must be listed once, got it as accounts ${seen.get(account.id)! + 1} and ${index + 1}`);
    } else {
      seen.set(account.id, index);
    }
  });
  if (problems.length > 0) {
    throw new Error(problems.join('; '));
  }

  const names = accounts.map((account) => `${resolved.prefix}${profileNameOf(account.name) || account.id}`);
  // Suffix every name that is shared (or reserved) until all are unique; a suffixed name ends with
  // its own unique account ID, so each round only touches names that still collide.
  for (let changed = true; changed;) {
    const counts = new Map<string, number>();
    names.forEach((name) => counts.set(name, (counts.get(name) ?? 0) + 1));
    changed = false;
    names.forEach((name, index) => {
      if (counts.get(name)! > 1 || name === 'default') {
        names[index] = `${name}-${accounts[index].id}`;
        changed = true;
      }
    });
  }

  const partition = partitionOf(resolved.region);
  const credentials = resolved.sourceProfile !== undefined
    ? `source_profile = ${resolved.sourceProfile}`
    : `credential_source = ${resolved.credentialSource ?? 'Ec2InstanceMetadata'}`;
  const tail = `${credentials}\nregion = ${resolved.region}\noutput = ${resolved.output}\n`;
  const rolePrefix = `arn:${partition}:iam::`;
  const roleSuffix = `:role${resolved.rolePath}${resolved.roleName}`;
  const profiles = accounts.map((account, index): RenderedProfile => ({
    name: names[index],
    accountId: account.id,
    accountName: account.name,
    roleArn: `${rolePrefix}${account.id}${roleSuffix}`,
  })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const parts = [`${BEGIN(resolved.prefix)}: generated, rerun the command to update; edits inside this block are replaced\n`];
  for (const profile of profiles) {
    // Account names are ASCII but may hold anything printable; a comment line must stay one line.
    const label = profile.accountName.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
    parts.push(`\n# ${label ? `${label} ` : ''}(${profile.accountId})\n[profile ${profile.name}]\nrole_arn = ${profile.roleArn}\n${tail}`);
  }
  parts.push(`\n${END(resolved.prefix)}\n`);
  return { prefix: resolved.prefix, profiles, text: parts.join('') };
}

/**
 * Puts the managed block into an existing config file: in place of the block of the same prefix,
 * or appended after a blank line. Nothing else changes, line endings included.
 *
 * Fails when a profile of the block is also defined outside it (by hand or by the block of another
 * prefix), and when the file holds a BEGIN line of the prefix without its END line.
 */
export function mergeAwsConfig(existing: string, rendered: RenderedProfiles): string {
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const lines = existing.length > 0 ? existing.split(/\r?\n/) : [];
  if (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
  }
  const begins = lines.flatMap((line, index) => (BEGIN_LINE.exec(line)?.[1] === rendered.prefix ? [index] : []));
  if (begins.length > 1) {
    throw new Error(`the config file must hold one block of prefix '${rendered.prefix}', got ${begins.length} (lines ${begins.map((i) => i + 1).join(', ')})`);
  }
  const start = begins[0] ?? -1;
  let end = -1;
  if (start >= 0) {
    end = lines.indexOf(END(rendered.prefix), start + 1);
    if (end < 0) {
      throw new Error(`the config file must close the block of prefix '${rendered.prefix}' (line ${start + 1}) with '${END(rendered.prefix)}', got no such line`);
    }
  }

  const managed = new Set(rendered.profiles.map((profile) => profile.name));
  const clashes: string[] = [];
  lines.forEach((line, index) => {
    if (index >= start && index <= end) {
      return;
    }
    const name = PROFILE_SECTION.exec(line)?.[1];
    if (name !== undefined && managed.has(name)) {
      clashes.push(`'${name}' (line ${index + 1})`);
    }
  });
  if (clashes.length > 0) {
    throw new Error(`the config file already defines ${clashes.length === 1 ? 'the profile' : 'the profiles'} ${clashes.slice(0, 5).join(', ')}`
      + `${clashes.length > 5 ? ` and ${clashes.length - 5} more` : ''} outside the block of prefix '${rendered.prefix}': `
      + `remove ${clashes.length === 1 ? 'it' : 'them'} or choose another --prefix`);
  }

  const block = rendered.text.replace(/\n$/, '').split('\n');
  let result: string[];
  if (start >= 0) {
    result = [...lines.slice(0, start), ...block, ...lines.slice(end + 1)];
  } else {
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') {
      lines.pop();
    }
    result = lines.length > 0 ? [...lines, '', ...block] : block;
  }
  return result.join(eol) + eol;
}
