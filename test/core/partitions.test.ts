import { Aws } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import {
  arnPartitionProblem, consoleHostOf, defaultRegionOf, isKnownRegion, PARTITIONS, partitionOf, regionsWithAll,
  RESOURCE_TYPE_REGIONS, unknownRegionProblem,
} from '../../src/core/partitions';
import { PATTERNS } from '../../src/core/patterns';

describe('the partition table', () => {
  test.each([
    ['us-east-1', 'aws'], ['eu-west-1', 'aws'], ['ap-southeast-7', 'aws'], ['mx-central-1', 'aws'],
    ['cn-north-1', 'aws-cn'], ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'], ['us-gov-east-1', 'aws-us-gov'],
    ['us-iso-east-1', 'aws-iso'], ['us-isob-east-1', 'aws-iso-b'], ['eu-isoe-west-1', 'aws-iso-e'], ['eusc-de-east-1', 'aws-eusc'],
  ])('%s is in partition %s', (region, partition) => {
    expect(partitionOf(region)).toBe(partition);
  });

  test('each partition defaults to the Region where its global services are homed', () => {
    expect(defaultRegionOf('eu-west-1')).toBe('us-east-1');
    expect(defaultRegionOf('cn-northwest-1')).toBe('cn-north-1');
    expect(defaultRegionOf('us-gov-east-1')).toBe('us-gov-west-1');
    // A partition the table does not describe: the Region itself.
    expect(defaultRegionOf('us-iso-west-1')).toBe('us-iso-west-1');
    for (const facts of Object.values(PARTITIONS)) {
      expect(facts.regions).toContain(facts.defaultRegion);
      expect(facts.regions.every((region) => partitionOf(region) === facts.name && PATTERNS.region.test(region))).toBe(true);
    }
  });

  test('knows every Region aws-cdk-lib knows in the partitions it describes, opt-in Regions included', () => {
    const cdkRegions = RegionInfo.regions.filter((region) => (region.partition ?? '') in PARTITIONS).map((region) => region.name);
    expect(cdkRegions.filter((region) => !isKnownRegion(region))).toEqual([]);
    for (const region of ['af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-2', 'ap-southeast-5', 'ap-southeast-6', 'ca-west-1', 'il-central-1', 'mx-central-1']) {
      expect([region, isKnownRegion(region)]).toEqual([region, true]);
    }
  });

  test('refuses a well-formed code that is no Region of its partition, and lists the partition\'s Regions', () => {
    expect(isKnownRegion('eu-west-9')).toBe(false);
    expect(isKnownRegion('cn-south-1')).toBe(false);
    expect(unknownRegionProblem('region', 'eu-west-9')).toMatch(/^region must be a Region of partition 'aws' \(us-east-1, .*eu-west-3.*\), got 'eu-west-9'$/);
    expect(unknownRegionProblem('region', 'us-gov-north-1')).toBe("region must be a Region of partition 'aws-us-gov' (us-gov-east-1, us-gov-west-1), got 'us-gov-north-1'");
    expect(unknownRegionProblem('region', 'eu-west-1')).toBeUndefined();
    // The isolated partitions' Regions are not listed, so they are not refused.
    expect(isKnownRegion('us-isof-south-1')).toBe(true);
  });

  test('holds where the cost report resources exist, per partition', () => {
    expect(RESOURCE_TYPE_REGIONS['AWS::BCMDataExports::Export']).toEqual(['us-east-1']);
    expect(regionsWithAll(['AWS::BCMDataExports::Export'], 'aws')).toEqual(['us-east-1']);
    expect(regionsWithAll(['AWS::CUR::ReportDefinition'], 'aws-cn')).toEqual(['cn-northwest-1']);
    expect(regionsWithAll(['AWS::BCMDataExports::Export', 'AWS::CUR::ReportDefinition'], 'aws-cn')).toEqual([]);
    expect(regionsWithAll(['AWS::CUR::ReportDefinition'], 'aws-us-gov')).toEqual([]);
  });

  test('names each partition\'s console', () => {
    expect(consoleHostOf('eu-west-1')).toBe('console.aws.amazon.com');
    expect(consoleHostOf('cn-north-1')).toBe('console.amazonaws.cn');
    expect(consoleHostOf('us-gov-west-1')).toBe('console.amazonaws-us-gov.com');
  });

  describe('an ARN of another partition', () => {
    const ARN = 'arn:aws:iam::111122223333:role/vendor-reader';

    test('is a problem naming both partitions, the Region and the ARN to use', () => {
      expect(arnPartitionProblem('trustedPrincipal role ARN', ARN, 'cn-north-1')).toBe(
        "trustedPrincipal role ARN is in partition 'aws', the stack deploys to 'aws-cn' (cn-north-1): use arn:aws-cn:iam::111122223333:role/vendor-reader, "
        + "got 'arn:aws:iam::111122223333:role/vendor-reader'");
    });

    test('passes in its own partition, with a wildcard partition, and when the ARN or the Region is a token', () => {
      expect(arnPartitionProblem('p', ARN, 'eu-west-1')).toBeUndefined();
      expect(arnPartitionProblem('p', 'arn:aws-us-gov:iam::111122223333:role/r', 'us-gov-east-1')).toBeUndefined();
      expect(arnPartitionProblem('p', 'arn:*:iam::111122223333:role/r', 'cn-north-1')).toBeUndefined();
      expect(arnPartitionProblem('p', ARN, Aws.REGION)).toBeUndefined();
      expect(arnPartitionProblem('p', `arn:${Aws.PARTITION}:iam::111122223333:role/r`, 'cn-north-1')).toBeUndefined();
      expect(arnPartitionProblem('p', undefined, 'cn-north-1')).toBeUndefined();
    });
  });
});
