/**
 * The named profiles of the AWS shared config and credentials files, so that a command refuses a
 * profile that does not exist by its name instead of failing later with the SDK's generic error.
 *
 * @see https://docs.aws.amazon.com/sdkref/latest/guide/file-format.html
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliError } from './cli-io';

/** The files the SDK reads, as it finds them. */
export function awsSharedFiles(env: NodeJS.ProcessEnv = process.env): { config: string; credentials: string } {
  return {
    config: env.AWS_CONFIG_FILE ?? path.join(os.homedir(), '.aws', 'config'),
    credentials: env.AWS_SHARED_CREDENTIALS_FILE ?? path.join(os.homedir(), '.aws', 'credentials'),
  };
}

function sections(file: string, pattern: RegExp): string[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split(/\r?\n/).map((line) => pattern.exec(line)?.[1]).filter((name): name is string => name !== undefined);
}

/** Every profile name defined in the config file (`[profile x]`, `[default]`) or the credentials file (`[x]`). */
export function knownAwsProfiles(env: NodeJS.ProcessEnv = process.env): Set<string> {
  const files = awsSharedFiles(env);
  return new Set([
    ...sections(files.config, /^\s*\[\s*(?:profile\s+)?([^\]\s]+)\s*\]/).filter((name) => name !== 'sso-session' && name !== 'services'),
    ...sections(files.credentials, /^\s*\[\s*([^\]\s]+)\s*\]/),
  ]);
}

/** Refuses a profile that neither file defines, naming it and the files; `default` may be absent (environment credentials). */
export function requireKnownAwsProfile(profile: string | undefined = process.env.AWS_PROFILE, what: string = 'AWS_PROFILE', env: NodeJS.ProcessEnv = process.env): void {
  if (profile === undefined || profile === '' || profile === 'default') {
    return;
  }
  if (!knownAwsProfiles(env).has(profile)) {
    const files = awsSharedFiles(env);
    throw CliError.failed(`${what} names the profile '${profile}', which neither ${files.config} nor ${files.credentials} defines `
      + `(aws configure list-profiles shows the profiles there; aws configure sso --profile ${profile} creates it)`);
  }
}
