import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Every variable through which the SDK finds a Region, a profile or credentials. */
const AWS_VARIABLES = [
  'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE', 'AWS_DEFAULT_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_EC2_METADATA_DISABLED', 'AWS_SDK_LOAD_CONFIG',
  // The command line's own: the Regions newer than its release.
  'CDK_ACCOUNT_ONBOARDING_ADDITIONAL_REGIONS',
];

/** Fake static credentials, for the tests whose SDK clients are mocked. */
export const FAKE_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' } as const;

/** The shared files of a hermetic environment, to write profiles into. */
export interface AwsFiles {
  readonly config: string;
  readonly credentials: string;
}

/**
 * Runs `body` with an AWS environment of its own, nothing of the machine's: empty shared config and
 * credentials files (or the given text), no Region, no credentials, no instance metadata (so that the
 * SDK never tries the network), then the given variables. Restores process.env afterwards.
 */
export async function withAwsEnvironment<T>(
  variables: Record<string, string>,
  body: (files: AwsFiles) => Promise<T>,
  files: { config?: string; credentials?: string } = {},
): Promise<T> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-environment-'));
  const paths = { config: path.join(folder, 'config'), credentials: path.join(folder, 'credentials') };
  fs.writeFileSync(paths.config, files.config ?? '');
  fs.writeFileSync(paths.credentials, files.credentials ?? '');
  const saved = { ...process.env };
  for (const name of AWS_VARIABLES) delete process.env[name];
  Object.assign(process.env, {
    AWS_CONFIG_FILE: paths.config,
    AWS_SHARED_CREDENTIALS_FILE: paths.credentials,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...variables,
  });
  try {
    return await body(paths);
  } finally {
    process.env = saved;
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
