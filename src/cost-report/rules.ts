/**
 * What AWS enforces for Data Exports and the legacy Cost and Usage Report, as data: the name and
 * prefix patterns, the per-table export quotas and the service principals that deliver (the Regions
 * the resource types exist in belong to the partition table, src/core/partitions.ts). CloudFormation's
 * L1 resources check none of it, and the legacy report answers a bad combination with an empty
 * ValidationException, so the construct checks it.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-bcmdataexports-export.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cur-reportdefinition.html
 */

export const COST_REPORT_PATTERNS = {
  /** `Export.Name` in the CloudFormation schema (stricter than the API's). */
  exportName: /^[0-9A-Za-z_-]{1,128}$/,
  /** `ReportName` of `AWS::CUR::ReportDefinition`. */
  reportName: /^[0-9A-Za-z!_.*'()-]{1,256}$/,
  /**
   * S3 prefixes for every kind: the legacy report's `S3Prefix` pattern without `*` (an IAM wildcard in the
   * read grant and the `s3:prefix` condition), and without a leading, trailing or doubled `/` (which
   * would make `<prefix>/*` name something else). Data Exports accept any characters; one rule keeps
   * every prefix usable in IAM.
   */
  prefix: /^(?!\/)(?!.*\/\/)(?!.*\/$)[0-9A-Za-z!_.'()/-]{1,256}$/,
  /** S3 general purpose bucket names. */
  bucketName: /^(?!xn--)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
};

export const COST_REPORT_ACCEPTED = {
  exportName: '1 to 128 characters from [0-9A-Za-z_-]',
  reportName: "1 to 256 characters from [0-9A-Za-z!_.*'()-]",
  prefix: "1 to 256 characters from [0-9A-Za-z!_.'()/-], not starting or ending with '/' and without '//'",
  bucketName: '3 to 63 characters from [a-z0-9.-], starting and ending with a letter or digit, without \'..\'',
};

/** Exports per Data Exports table and account (AWS quotas). */
export const EXPORTS_PER_TABLE: Readonly<Record<string, number>> = {
  COST_AND_USAGE_REPORT: 5,
  FOCUS_1_0_AWS: 2,
  FOCUS_1_2_AWS: 2,
};

/** The service principals that write the reports, with the ARN of what they write for. */
export const DELIVERY_PRINCIPALS = {
  // A Data Export's ARN is export/<name>-<UUID that AWS appends>; matching the UUID's shape keeps an
  // export whose name merely starts with this one (<name>-copy) out. A report's is definition/<name>.
  dataExports: { service: 'bcm-data-exports.amazonaws.com', arnService: 'bcm-data-exports', resourceOf: (name: string) => `export/${name}-????????-????-????-????-????????????` },
  legacyCur: { service: 'billingreports.amazonaws.com', arnService: 'cur', resourceOf: (name: string) => `definition/${name}` },
};
