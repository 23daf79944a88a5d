import { Aws } from 'aws-cdk-lib';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import {
  additionalKnownRegionsProblems, allKnownRegions, arnPartitionProblem, closestKnownRegion, consoleHostOf, defaultRegionOf, isKnownRegion,
  OTHER_PARTITION_REGIONS, PARTITIONS, partitionOf, regionProblem, regionsOfPartition, regionsWithAll, RESOURCE_TYPE_REGIONS,
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

  test('knows every Region aws-cdk-lib knows, in every partition, opt-in Regions included', () => {
    // aws-cdk-lib's region-info is the authority the table is held to: an upgrade that brings a Region fails here.
    expect(RegionInfo.regions.map((region) => region.name).filter((region) => !isKnownRegion(region))).toEqual([]);
    for (const region of RegionInfo.regions) {
      expect([region.name, regionsOfPartition(region.partition!)]).toEqual([region.name, expect.arrayContaining([region.name])]);
    }
    for (const region of ['af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-2', 'ap-southeast-5', 'ap-southeast-6', 'ca-west-1', 'il-central-1', 'mx-central-1']) {
      expect([region, isKnownRegion(region)]).toEqual([region, true]);
    }
    for (const [partition, regions] of Object.entries(OTHER_PARTITION_REGIONS)) {
      expect(regions.every((region) => partitionOf(region) === partition && PATTERNS.region.test(region))).toBe(true);
    }
    expect(allKnownRegions()).toEqual(expect.arrayContaining(['us-east-1', 'cn-north-1', 'us-gov-west-1', 'us-isof-south-1', 'eusc-de-east-1']));
  });

  describe('a Region code', () => {
    test('that is no Region of its partition is refused, naming the closest known Region and the way to name a newer one', () => {
      expect(regionProblem('allowedRegions[0]', 'eu-wst-1')).toBe(
        "allowedRegions[0] must be a known Region of partition aws, got 'eu-wst-1' (did you mean 'eu-west-1'?); name a Region newer than this release in additionalKnownRegions");
      expect(regionProblem('region', 'us-gov-north-1')).toMatch(/^region must be a known Region of partition aws-us-gov, got 'us-gov-north-1' \(did you mean 'us-gov-(east|west)-1'\?\)/);
      expect(regionProblem('region', 'cn-south-1')).toMatch(/^region must be a known Region of partition aws-cn, got 'cn-south-1' \(did you mean 'cn-north-1'\?\)/);
      expect(regionProblem('region', 'us-isof-west-9')).toMatch(/^region must be a known Region of partition aws-iso-f, got 'us-isof-west-9'/);
    });

    test('that is not a Region code at all is refused with the accepted form, and the closest Region when one is near', () => {
      expect(regionProblem('region', 'eu-west1')).toBe("region must be an AWS Region code such as eu-west-1, got 'eu-west1' (did you mean 'eu-west-1'?)");
      expect(regionProblem('region', 'europe')).toBe("region must be an AWS Region code such as eu-west-1, got 'europe'");
    });

    test('that is known, named in additionalKnownRegions, or a token passes', () => {
      expect(regionProblem('region', 'eu-west-1')).toBeUndefined();
      expect(regionProblem('region', 'us-isof-south-1')).toBeUndefined();
      expect(regionProblem('region', 'eu-west-4')).toMatch(/known Region/);
      expect(regionProblem('region', 'eu-west-4', ['eu-west-4'])).toBeUndefined();
      expect(regionProblem('region', Aws.REGION)).toBeUndefined();
      expect(regionProblem('region', undefined)).toBeUndefined();
    });

    test('names no closest Region when none is near', () => {
      expect(closestKnownRegion('xx-nowhere-7')).toBeUndefined();
      expect(closestKnownRegion('eu-west-1')).toBeUndefined();
      expect(closestKnownRegion('us-est-1')).toBe('us-east-1');
      expect(closestKnownRegion('eu-west-4', ['eu-west-4'])).toBeUndefined();
    });

    test('in additionalKnownRegions must be well-formed', () => {
      expect(additionalKnownRegionsProblems('additionalKnownRegions', ['eu-west-4', 'mars-1'])).toEqual([
        "additionalKnownRegions[1] must be an AWS Region code such as eu-west-1, got 'mars-1'",
      ]);
      expect(allKnownRegions(['eu-west-4', 'eu-west-1'])).toEqual([...allKnownRegions(), 'eu-west-4']);
    });
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
