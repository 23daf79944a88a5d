/**
 * The Regions the command line accepts: those of the partition list that the constructs check against
 * (aws-cdk-lib's list, held to it by a test), and the Regions newer than this release that the user names
 * in one environment variable, the command line's `additionalKnownRegions`. A typo such as `eu-wst-1` is
 * refused before the first call, with the closest Region, instead of failing in the SDK on an endpoint
 * that does not exist.
 */
import { regionProblem } from 'cdk-account-onboarding/internal';
import { CliError } from './cli-io';

/** The environment variable that names Regions newer than this release, separated by commas. */
export const ADDITIONAL_REGIONS_VARIABLE = 'CDK_ACCOUNT_ONBOARDING_ADDITIONAL_REGIONS';

/** The Regions the environment names as newer than this release. */
export function additionalKnownRegions(env: NodeJS.ProcessEnv): string[] {
  return (env[ADDITIONAL_REGIONS_VARIABLE] ?? '').split(',').map((region) => region.trim()).filter((region) => region.length > 0);
}

/**
 * Refuses a Region that is not a Region code, or not a Region of its partition this release knows nor
 * one the environment names: in one line that names where it came from (`--region`, `AWS_REGION`, a
 * profile), the closest known Region and how to name a newer one. A flag's Region is a usage error.
 */
export function requireKnownRegion(source: string, region: string, env: NodeJS.ProcessEnv = process.env): void {
  const problem = regionProblem(source, region, additionalKnownRegions(env),
    `for a Region newer than this release, set ${ADDITIONAL_REGIONS_VARIABLE}=${region}`);
  if (problem !== undefined) {
    throw source.startsWith('--') ? CliError.usage(problem) : CliError.failed(problem);
  }
}
