/**
 * The AWS partitions the constructs know, in one place: the partition of a Region code, each
 * partition's Regions and default Region, and the Regions where the cost report resources exist.
 * A literal Region or ARN is checked against this table; a token (a `CfnParameter`, `AWS::Region`)
 * is CloudFormation's to check.
 *
 * @see https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html
 * @see https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html
 */

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

/**
 * Whether a Region code is a Region of its partition. Regions of partitions this table does not
 * list (the isolated and sovereign partitions) are taken as they are.
 */
export function isKnownRegion(region: string): boolean {
  const facts = PARTITIONS[partitionOf(region)];
  return facts === undefined || facts.regions.includes(region);
}

/**
 * The problem of a Region code that is well-formed but not a Region of its partition, in the form
 * `<property> must be ..., got '<value>'`; undefined for a known Region.
 */
export function unknownRegionProblem(property: string, region: string): string | undefined {
  if (isKnownRegion(region)) {
    return undefined;
  }
  const partition = partitionOf(region);
  return `${property} must be a Region of partition '${partition}' (${PARTITIONS[partition].regions.join(', ')}), got '${region}'`;
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
