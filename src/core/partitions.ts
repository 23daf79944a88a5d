/**
 * The AWS partitions the constructs know, in one place: the partition of a Region code, each
 * partition's Regions and default Region, and the Regions where the cost report resources exist.
 * A literal Region or ARN is checked against this table; a token (a `CfnParameter`, `AWS::Region`)
 * is CloudFormation's to check. A Region newer than this table is named by the user
 * (`additionalKnownRegions`).
 *
 * The Regions are kept here, not read from aws-cdk-lib's `region-info` at synthesis, so that one
 * release of this package publishes the same template (whose `AllowedRegions` rule lists them)
 * whatever aws-cdk-lib the vendor has installed; a test holds the table to every Region that
 * aws-cdk-lib's `RegionInfo.regions` knows, so an upgrade of aws-cdk-lib that brings a Region
 * fails until the Region is added here.
 *
 * @see https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html
 * @see https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 */

import { ACCEPTED, PATTERNS } from './patterns';
import { isLiteral } from './validation';

/** What the constructs know of one partition. */
export interface PartitionFacts {
  /** The partition's name, as ARNs carry it (`arn:<name>:...`). */
  readonly name: string;
  /**
   * The Region a global resource (the role, through a StackSet) is deployed to when none is given:
   * where the partition's global services (IAM, Organizations, billing) are homed.
   */
  readonly defaultRegion: string;
  /** Every Region of the partition, opt-in Regions included. */
  readonly regions: readonly string[];
  /** The host of the AWS Management Console in this partition. */
  readonly consoleHost: string;
}

/** The partitions whose Regions the constructs know; other partitions' Regions are not checked. */
export const PARTITIONS: Readonly<Record<string, PartitionFacts>> = {
  'aws': {
    name: 'aws',
    defaultRegion: 'us-east-1',
    regions: [
      'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
      'af-south-1',
      'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2',
      'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
      'ca-central-1', 'ca-west-1',
      'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
      'il-central-1',
      'me-central-1', 'me-south-1', 'me-west-1',
      'mx-central-1',
      'sa-east-1',
    ],
    consoleHost: 'console.aws.amazon.com',
  },
  'aws-cn': {
    name: 'aws-cn',
    defaultRegion: 'cn-north-1',
    regions: ['cn-north-1', 'cn-northwest-1'],
    consoleHost: 'console.amazonaws.cn',
  },
  'aws-us-gov': {
    name: 'aws-us-gov',
    defaultRegion: 'us-gov-west-1',
    regions: ['us-gov-east-1', 'us-gov-west-1'],
    consoleHost: 'console.amazonaws-us-gov.com',
  },
};

/**
 * The Regions of the isolated and sovereign partitions, whose other facts (console, home of the
 * global services) the constructs do not hold: a Region code of these partitions is checked
 * against this list, and everything else about it is taken as it is.
 */
export const OTHER_PARTITION_REGIONS: Readonly<Record<string, readonly string[]>> = {
  'aws-iso': ['us-iso-east-1', 'us-iso-west-1'],
  'aws-iso-b': ['us-isob-east-1', 'us-isob-west-1'],
  'aws-iso-e': ['eu-isoe-west-1'],
  'aws-iso-f': ['us-isof-east-1', 'us-isof-south-1'],
  'aws-eusc': ['eusc-de-east-1'],
};

/** Region code prefixes of the partitions other than `aws`, the longest first. */
const PARTITION_PREFIXES: readonly [string, string][] = [
  ['us-gov-', 'aws-us-gov'],
  ['cn-', 'aws-cn'],
  ['us-isob-', 'aws-iso-b'],
  ['us-isof-', 'aws-iso-f'],
  ['us-iso-', 'aws-iso'],
  ['eu-isoe-', 'aws-iso-e'],
  ['eusc-', 'aws-eusc'],
];

/** The partition of a Region code, from its prefix: `aws` unless the code names another partition. */
export function partitionOf(region: string): string {
  return PARTITION_PREFIXES.find(([prefix]) => region.startsWith(prefix))?.[1] ?? 'aws';
}

/** Every Region this release knows in a partition, opt-in Regions included. */
export function regionsOfPartition(partition: string): readonly string[] {
  return PARTITIONS[partition]?.regions ?? OTHER_PARTITION_REGIONS[partition] ?? [];
}

/** Every Region this release knows, of every partition, and the additional ones given. */
export function allKnownRegions(additionalKnownRegions: readonly string[] = []): string[] {
  const known = [...Object.values(PARTITIONS).flatMap((facts) => facts.regions), ...Object.values(OTHER_PARTITION_REGIONS).flat()];
  return [...known, ...additionalKnownRegions.filter((region) => isLiteral(region) && !known.includes(region))];
}

/**
 * Whether a Region code is a Region of its partition that this release knows, or one of the
 * additional Regions given (a Region newer than this release).
 */
export function isKnownRegion(region: string, additionalKnownRegions: readonly string[] = []): boolean {
  return regionsOfPartition(partitionOf(region)).includes(region) || additionalKnownRegions.includes(region);
}

/** The edit distance (insertions, deletions, substitutions) between two strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known Region closest to a code by edit distance, when it is close enough to be the one meant
 * (at most a third of the code's characters differ); undefined otherwise.
 */
export function closestKnownRegion(region: string, additionalKnownRegions: readonly string[] = []): string | undefined {
  let closest: { region: string; distance: number } | undefined;
  // On a tie, a Region of the code's own partition is the likelier one.
  const partition = partitionOf(region);
  const candidates = allKnownRegions(additionalKnownRegions);
  const inPartition = (known: string) => partitionOf(known) === partition;
  const samePartitionFirst = [...candidates.filter(inPartition), ...candidates.filter((known) => !inPartition(known))];
  for (const candidate of samePartitionFirst) {
    const distance = editDistance(region, candidate);
    if (closest === undefined || distance < closest.distance) {
      closest = { region: candidate, distance };
    }
  }
  return closest !== undefined && closest.distance > 0 && closest.distance <= Math.max(2, Math.floor(region.length / 3)) ? closest.region : undefined;
}

/** How the messages name the escape for a Region newer than this release. */
export const ADDITIONAL_KNOWN_REGIONS_HINT = 'name a Region newer than this release in additionalKnownRegions';

/**
 * The problem of a literal Region code, in the form
 * `<property> must be a known Region of partition aws, got 'eu-wst-1' (did you mean 'eu-west-1'?); name a Region newer than
 * this release in additionalKnownRegions`:
 * a code that is not a Region code at all, or a well-formed one that is no Region of its partition
 * this release knows nor one of `additionalKnownRegions`. Undefined for a known Region and for a
 * token, which CloudFormation checks. `newerRegionHint` is how the caller names the escape for a Region
 * newer than this release (the command line's is an environment variable).
 */
export function regionProblem(
  property: string, region: string | undefined, additionalKnownRegions: readonly string[] = [],
  newerRegionHint: string = ADDITIONAL_KNOWN_REGIONS_HINT,
): string | undefined {
  if (!isLiteral(region)) {
    return undefined;
  }
  const closest = closestKnownRegion(region, additionalKnownRegions);
  const suggestion = closest === undefined ? '' : ` (did you mean '${closest}'?)`;
  if (!PATTERNS.region.test(region)) {
    return `${property} must be ${ACCEPTED.region}, got '${region}'${suggestion}`;
  }
  if (isKnownRegion(region, additionalKnownRegions)) {
    return undefined;
  }
  return `${property} must be a known Region of partition ${partitionOf(region)}, got '${region}'${suggestion}; ${newerRegionHint}`;
}

/**
 * The problems of a list of Regions newer than this release: each must be a well-formed Region code.
 */
export function additionalKnownRegionsProblems(property: string, regions: readonly string[] | undefined): string[] {
  return (regions ?? []).flatMap((region, index) =>
    (isLiteral(region) && !PATTERNS.region.test(region) ? [`${property}[${index}] must be ${ACCEPTED.region}, got '${region}'`] : []));
}

/**
 * The Region a StackSet that creates global resources deploys its instances to, for a stack
 * deployed in `region`: its partition's default Region, or the Region itself in a partition this
 * table does not list.
 */
export function defaultRegionOf(region: string): string {
  return PARTITIONS[partitionOf(region)]?.defaultRegion ?? region;
}

/** The console host of the partition of a Region. */
export function consoleHostOf(region: string): string {
  return (PARTITIONS[partitionOf(region)] ?? PARTITIONS.aws).consoleHost;
}

/**
 * The Regions where CloudFormation knows each cost report resource type, as CloudFormation's own
 * per-Region schemas (bundled with the CDK's template validator) list them: Data Exports in the
 * commercial partition's us-east-1 only, the legacy Cost and Usage Report there and in the China
 * partition's cn-northwest-1. Elsewhere the whole template fails with `Unrecognized resource
 * types`, even when the resources sit behind a condition.
 */
export const RESOURCE_TYPE_REGIONS: Readonly<Record<string, readonly string[]>> = {
  'AWS::BCMDataExports::Export': ['us-east-1'],
  'AWS::CUR::ReportDefinition': ['us-east-1', 'cn-northwest-1'],
};

/** The Regions of a partition where every one of the resource types exists. */
export function regionsWithAll(types: readonly string[], partition: string): string[] {
  const inPartition = PARTITIONS[partition]?.regions ?? [];
  return inPartition.filter((region) => types.every((type) => (RESOURCE_TYPE_REGIONS[type] ?? []).includes(region)));
}

/**
 * The problem of a literal ARN in another partition than the stack's literal Region, in the form
 * `<property> is in partition 'aws', the stack deploys to 'aws-cn' (cn-north-1): use arn:aws-cn:..., got '<value>'`;
 * undefined when either is a token, the ARN's partition is a wildcard, or the partitions agree.
 *
 * @param arn the ARN (its shape is checked elsewhere)
 * @param region the stack's Region
 * @param where how the message names the Region's owner
 */
export function arnPartitionProblem(property: string, arn: string | undefined, region: string, where = 'the stack deploys to'): string | undefined {
  if (!isLiteral(arn) || !isLiteral(region)) {
    return undefined;
  }
  const match = /^arn:([^:]+):(.*)$/s.exec(arn);
  if (!match || match[1] === '*' || /[*?]/.test(match[1])) {
    return undefined;
  }
  const expected = partitionOf(region);
  if (match[1] === expected) {
    return undefined;
  }
  const fixed = `arn:${expected}:${match[2]}`;
  return `${property} is in partition '${match[1]}', ${where} '${expected}' (${region}): use ${fixed.length > 80 ? `arn:${expected}:...` : fixed}, got '${arn}'`;
}
