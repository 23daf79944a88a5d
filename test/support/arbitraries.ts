/**
 * fast-check arbitraries for the props of the public constructs and the vendor config: valid values
 * generated from the rules the constructs enforce (src/private/validation.ts, src/cost-report/rules.ts,
 * src/private/organization-ids.ts), and invalid literals, each with the property an error must name.
 */
import * as fc from 'fast-check';
import { bracketsPair } from '../../src/core/validation';
import { CostExport, LegacyCurOptions } from '../../src/cost-report/cost-export';
import { CostReportArtifact, CostReportCompression, CostReportFormat, CostReportVersioning, CostTimeGranularity, FocusVersion } from '../../src/cost-report/cost-export-enums';
import { PermissionGrant } from '../../src/permissions/permission-grant';
import { PermissionProfile } from '../../src/permissions/permission-profile';

/** The seed of every property of a run: FC_SEED when set, so that a failure replays exactly. */
export const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);

/** Runs a property with the run's seed and the given number of runs; fast-check reports seed and path on failure. */
export function assertProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  fc.assert(fc.property(arbitrary, predicate), { seed: SEED, numRuns });
}

/** An invalid input: how to build it, and what its error must name. */
export interface InvalidCase {
  /** The property the error must name, as the message spells it (e.g. `exports[0].compression`). */
  readonly property: string;
  /** The bad value as the message shows it. */
  readonly shown: string;
  /** Builds the construct (or parses the config) and throws. */
  readonly build: () => unknown;
}

/** The message of what `build` throws, or undefined when it does not throw. */
export function errorOf(build: () => unknown): string | undefined {
  try {
    build();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

// ------------------------------------------------------------------------------------------ identifiers

export const accountId = fc.stringMatching(/^\d{12}$/);
export const roleName = fc.stringMatching(/^[\w+=,.@-]{1,64}$/);
export const rolePath = fc.oneof(fc.constant('/'), fc.stringMatching(/^\/[\x21-\x7e]{1,40}\/$/));
/** STS external IDs; long ones included, since the trust policy must still fit in 2,048 characters. */
export const externalId = fc.oneof(fc.stringMatching(/^[\w+=,.@:/-]{2,64}$/), fc.stringMatching(/^[\w+=,.@:/-]{1000,1224}$/));
/** Role ARNs of the commercial partition, where the generated stacks deploy (another partition's ARN fails synth). */
export const roleArn = fc.tuple(fc.constant('aws'), accountId, fc.constantFrom('', 'vendor/', 'team/collectors/'), roleName)
  .map(([p, account, path, name]) => `arn:${p}:iam::${account}:role/${path}${name}`);
export const principalArnPattern = fc.tuple(accountId, fc.stringMatching(/^[\w+=,.@-]{1,20}\*?$/))
  .map(([account, name]) => `arn:aws:iam::${account}:role/${name}`);
export const sessionSeconds = fc.integer({ min: 3600, max: 43200 });
export const profile = fc.constantFrom(...PermissionProfile.all());
export const tagKey = fc.stringMatching(/^[A-Za-z0-9_.:/=+@-]{1,40}$/).filter((key) => !key.toLowerCase().startsWith('aws:'));
export const tagValue = fc.stringMatching(/^[A-Za-z0-9 _.:/=+@-]{0,60}$/);
export const organizationalUnitId = fc.stringMatching(/^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/);
export const rootId = fc.stringMatching(/^r-[0-9a-z]{4,32}$/);
export const stackSetName = fc.stringMatching(/^[a-zA-Z][-a-zA-Z0-9]{0,127}$/);
/** Real Region codes of the commercial partition, for synthesized templates. */
export const region = fc.constantFrom(
  'us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-3', 'ca-central-1',
  'sa-east-1', 'me-central-1', 'il-central-1');
/** S3 bucket names without dots, so that none looks like an IP address or holds '..'. */
export const bucketName = fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,50}[a-z0-9]$/)
  .filter((name) => !name.startsWith('xn--') && !name.startsWith('sthree-') && !/-s3alias$|--ol-s3$|--x-s3$/.test(name));
export const semver = fc.tuple(fc.nat(99), fc.nat(99), fc.nat(999), fc.option(fc.stringMatching(/^[0-9A-Za-z.-]{1,10}$/), { nil: undefined }))
  .map(([major, minor, patch, pre]) => `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}`);
export const vendorName = fc.stringMatching(/^[\w .,&()+-]{1,64}$/);

// ------------------------------------------------------------------------------------------ grants

const READ_GRANTS: readonly PermissionGrant[] = [
  { actions: ['tag:GetResources'], reason: 'Maps costs to tags.' },
  { actions: ['ecs:ListClusters', 'ecs:ListServices', 'ecs:DescribeServices'], reason: 'Attributes container costs to ECS services.' },
  { actions: ['ec2:DescribeInstances', 'ec2:DescribeVolumes'], reason: 'Finds idle instances and volumes.' },
  { actions: ['rds:Describe*'], reason: 'Reads database configurations for rightsizing.' },
  { actions: ['lambda:GetAccountSettings', 'lambda:ListEventSourceMappings'], reason: 'Reads Lambda concurrency and event sources.' },
];
const WRITE_GRANTS: readonly PermissionGrant[] = [
  { actions: ['ce:CreateAnomalyMonitor'], reason: 'Creates a cost anomaly monitor.' },
  { actions: ['ec2:CreateTags'], reason: 'Tags resources with their cost owner.' },
];

/** Read grants from a pool of actions the catalog classifies as reads, with optional statement IDs. */
export const additionalGrants = fc.subarray([...READ_GRANTS]).chain((grants) =>
  fc.tuple(...grants.map((grant, index) => fc.boolean().map((named) => named ? { ...grant, sid: `Extra${index}Read` } : grant))));
export const writeActions = fc.subarray([...WRITE_GRANTS]);

// ------------------------------------------------------------------------------------------ cost exports


/** A prefix made of 1 to 3 segments, none empty: no leading, trailing or doubled '/'. */
const anyPrefix = fc.stringMatching(/^[0-9A-Za-z!_.'()-]{1,12}(\/[0-9A-Za-z!_.'()-]{1,12}){0,2}$/);
/** A valid prefix: its parentheses pair up, since the vendor role's grant names it. */
const prefix = anyPrefix.filter(bracketsPair);
const dataExportName = fc.stringMatching(/^[0-9A-Za-z_-]{1,40}$/);
const reportName = fc.stringMatching(/^[0-9A-Za-z!_.*'()-]{1,40}$/);
const granularity = fc.constantFrom(...Object.values(CostTimeGranularity));
const format = fc.constantFrom(...Object.values(CostReportFormat));
const versioning = fc.constantFrom(...Object.values(CostReportVersioning));

/** The options of one export as the vendor config spells them: a `kind` and the factory's options. */
export type ExportOptions = { readonly kind: 'CUR2' | 'FOCUS' | 'LEGACY_CUR' } & Record<string, unknown>;

/** A valid export of each kind, named and prefixed uniquely by its position in the list. */
function validExportOptions(index: number): fc.Arbitrary<ExportOptions> {
  const unique = <T extends { name: string; prefix: string }>(options: T) => ({ ...options, name: `${options.name}-${index}`, prefix: `${options.prefix}${index}` });
  const cur2 = fc.record({
    name: dataExportName,
    prefix,
    format,
    versioning,
    timeGranularity: granularity,
    includeResourceIds: fc.boolean(),
    splitCostAllocationData: fc.boolean(),
    description: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
  }).map((options) => ({ kind: 'CUR2' as const, ...unique(options) }));
  const focus = fc.record({ name: dataExportName, prefix, format, versioning, version: fc.constantFrom(...Object.values(FocusVersion)) })
    .chain((options) => (options.version === FocusVersion.V1_2
      ? fc.option(granularity, { nil: undefined }).map((timeGranularity) => ({ ...options, timeGranularity }))
      : fc.constant(options)))
    .map((options) => ({ kind: 'FOCUS' as const, ...unique(options) }));
  const legacy = fc.record({
    name: reportName,
    prefix,
    timeGranularity: granularity,
    includeResourceIds: fc.boolean(),
    splitCostAllocationData: fc.boolean(),
    refreshClosedReports: fc.boolean(),
    // The combinations AWS accepts: Athena alone with Parquet and overwrite; Redshift and QuickSight with CSV.
    shape: fc.oneof(
      fc.record({
        format: fc.constant(CostReportFormat.PARQUET),
        compression: fc.constant(CostReportCompression.PARQUET),
        versioning,
        artifacts: fc.constant([] as CostReportArtifact[]),
      }),
      fc.record({
        format: fc.constant(CostReportFormat.PARQUET),
        compression: fc.constant(CostReportCompression.PARQUET),
        versioning: fc.constant(CostReportVersioning.OVERWRITE_REPORT),
        artifacts: fc.constant([CostReportArtifact.ATHENA]),
      }),
      fc.record({
        format: fc.constant(CostReportFormat.CSV),
        compression: fc.constantFrom(CostReportCompression.GZIP, CostReportCompression.ZIP),
        versioning,
        artifacts: fc.subarray([CostReportArtifact.REDSHIFT, CostReportArtifact.QUICKSIGHT]),
      }),
    ),
  }).map(({ shape, ...options }) => ({ kind: 'LEGACY_CUR' as const, ...unique({ ...options, ...shape }) }));
  return fc.oneof(cur2, focus, legacy);
}

/** The export the options describe, made with its factory. */
export function exportOf({ kind, ...options }: ExportOptions): CostExport {
  switch (kind) {
    case 'CUR2': return CostExport.cur2(options);
    case 'FOCUS': return CostExport.focus(options);
    default: return CostExport.legacyCur(options);
  }
}

/** One to three valid exports' options with distinct names and prefixes, within AWS's per-table quotas. */
export const validExportOptionsList = fc.integer({ min: 1, max: 3 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => validExportOptions(index))))
  .filter((list) => ['V1_0', 'V1_2'].every((version) =>
    list.filter((options) => options.kind === 'FOCUS' && options.version === version).length <= 2));

/** One to three valid exports with distinct names and prefixes (within AWS's per-table quotas). */
export const validExports = validExportOptionsList.map((list) => list.map(exportOf));

/**
 * A legacy report whose options break one of AWS's combination rules, with the property and value
 * its error must name.
 */
export const invalidLegacyCombination = fc.oneof<fc.Arbitrary<{ options: LegacyCurOptions; property: string; shown: string }>[]>(
  fc.constantFrom(CostReportCompression.GZIP, CostReportCompression.ZIP).map((compression) => ({
    options: { format: CostReportFormat.PARQUET, compression }, property: 'compression', shown: `'${compression}'`,
  })),
  fc.constant({ options: { format: CostReportFormat.CSV, compression: CostReportCompression.PARQUET }, property: 'compression', shown: "'PARQUET'" }),
  fc.constant({ options: { format: CostReportFormat.CSV, artifacts: [CostReportArtifact.ATHENA] }, property: 'format', shown: "'CSV'" }),
  fc.constant({
    options: { versioning: CostReportVersioning.CREATE_NEW_REPORT, artifacts: [CostReportArtifact.ATHENA] },
    property: 'versioning',
    shown: "'CREATE_NEW_REPORT'",
  }),
  fc.subarray([CostReportArtifact.REDSHIFT, CostReportArtifact.QUICKSIGHT], { minLength: 1 }).map((artifacts) => ({
    options: { format: CostReportFormat.CSV, artifacts: [CostReportArtifact.ATHENA, ...artifacts] },
    property: 'artifacts',
    shown: `'${[CostReportArtifact.ATHENA, ...artifacts].join(', ')}'`,
  })),
  fc.subarray([CostReportArtifact.REDSHIFT, CostReportArtifact.QUICKSIGHT], { minLength: 1 }).map((artifacts) => ({
    options: { format: CostReportFormat.PARQUET, artifacts }, property: 'format', shown: "'PARQUET'",
  })),
);

// ------------------------------------------------------------------------------------------ invalid literals

/** Characters outside every identifier rule used here (space, quotes, shell and URL metacharacters, non-ASCII). */
const foreign = fc.constantFrom(' ', '"', '#', '$', '%', '&', '<', '>', '?', '[', '\\', '^', '`', '{', '|', '}', '~', 'é', 'ß', '中', '\t');

/** A string of `valid` characters with at least one character from `bad` put somewhere in it. */
export function withForeign(valid: fc.Arbitrary<string>, bad: fc.Arbitrary<string> = foreign): fc.Arbitrary<string> {
  return fc.tuple(valid, bad, fc.nat()).map(([text, char, at]) => {
    const position = at % (text.length + 1);
    return `${text.slice(0, position)}${char}${text.slice(position)}`;
  });
}

export const invalidRoleName = fc.oneof(
  withForeign(fc.stringMatching(/^[\w+=,.@-]{0,30}$/), fc.constantFrom(' ', '/', '#', '!', '*', ':', 'é', '"')),
  fc.stringMatching(/^[\w+=,.@-]{65,90}$/),
  fc.constant(''),
);
export const invalidPath = fc.oneof(
  fc.stringMatching(/^[\x21-\x2e\x30-\x7e]{1,20}$/), // no slash at all
  fc.stringMatching(/^\/[\x21-\x2e\x30-\x7e]{1,20}$/), // no trailing slash
  withForeign(fc.constant('/team/'), fc.constantFrom(' ', 'é', '\t')),
  fc.stringMatching(/^\/[a-z]{511,520}\/$/),
);
export const invalidExternalId = fc.oneof(
  fc.stringMatching(/^[\w+=,.@:/-]$/), // too short
  fc.stringMatching(/^[\w+=,.@:/-]{1225,1300}$/), // too long
  withForeign(fc.stringMatching(/^[\w+=,.@:/-]{2,30}$/), fc.constantFrom(' ', '#', '!', '*', '"', 'é', '?', '&')),
);
export const invalidAccountId = fc.oneof(
  fc.stringMatching(/^\d{1,11}$/), fc.stringMatching(/^\d{13,16}$/), withForeign(fc.stringMatching(/^\d{11}$/), fc.constantFrom('a', '-', ' ', 'O')),
);
export const invalidRoleArn = fc.oneof(
  fc.tuple(invalidAccountId, roleName).map(([account, name]) => `arn:aws:iam::${account}:role/${name}`),
  fc.tuple(accountId, invalidRoleName.filter((name) => name.length > 0 && !name.includes('/'))).map(([account, name]) => `arn:aws:iam::${account}:role/${name}`),
  fc.tuple(fc.constantFrom('azure', 'gcp', 'AWS'), accountId, roleName).map(([p, account, name]) => `arn:${p}:iam::${account}:role/${name}`),
  fc.tuple(accountId, roleName).map(([account, name]) => `arn:aws:iam::${account}:user/${name}`),
  fc.tuple(accountId, roleName).map(([account, name]) => `arn:aws:sts::${account}:assumed-role/${name}/session`),
);
export const invalidOrganizationalUnitId = fc.oneof(
  fc.stringMatching(/^ou-[0-9a-z]{1,3}-[a-z0-9]{8,32}$/),
  fc.stringMatching(/^ou-[0-9a-z]{4,32}-[a-z0-9]{1,7}$/),
  fc.stringMatching(/^OU-[0-9A-Z]{4,8}-[A-Z0-9]{8,10}$/),
  withForeign(fc.constant('ou-ab12-cd34ef56'), fc.constantFrom('_', ' ', 'A', '.')),
  fc.stringMatching(/^[a-z0-9]{4,20}$/),
);
export const invalidRootId = fc.oneof(fc.stringMatching(/^r-[0-9a-z]{1,3}$/), fc.stringMatching(/^R-[0-9a-z]{4,10}$/), withForeign(fc.constant('r-ab12'), fc.constantFrom('_', 'A', ' ')));
export const invalidStackSetName = fc.oneof(
  fc.stringMatching(/^[0-9-][-a-zA-Z0-9]{0,20}$/), withForeign(fc.stringMatching(/^[a-zA-Z][-a-zA-Z0-9]{0,20}$/), fc.constantFrom('_', ' ', '.', '/')),
  fc.stringMatching(/^[a-zA-Z][-a-zA-Z0-9]{128,140}$/),
);
export const invalidRegion = fc.oneof(
  fc.stringMatching(/^[A-Z]{2}-[A-Z]{4}-\d$/), fc.stringMatching(/^[a-z]{2,4}[0-9]$/), fc.constantFrom('us-east', 'us_east_1', 'useast1', 'us-east-1a'),
);
export const invalidBucketName = fc.oneof(
  fc.stringMatching(/^[a-z0-9]{1,2}$/), fc.stringMatching(/^[a-z0-9]{64,70}$/),
  withForeign(fc.stringMatching(/^[a-z0-9]{3,20}$/), fc.constantFrom('A', '_', ' ', '!', 'Z')),
  fc.stringMatching(/^-[a-z0-9]{3,10}$/), fc.stringMatching(/^[a-z0-9]{3,10}-$/), fc.stringMatching(/^[a-z0-9]{2,5}\.\.[a-z0-9]{2,5}$/),
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((octets) => octets.join('.')),
);
export const invalidPrefix = fc.oneof(
  prefix.map((p) => `/${p}`), prefix.map((p) => `${p}/`), fc.tuple(prefix, prefix).map(([a, b]) => `${a}//${b}`),
  withForeign(prefix, fc.constantFrom('*', ' ', '#', '?', '"', '{', 'é')), fc.constant(''),
  anyPrefix.filter((p) => !bracketsPair(p)),
);
export const invalidDataExportName = fc.oneof(
  withForeign(dataExportName, fc.constantFrom('.', '!', ' ', '*', '/', "'", '(')), fc.stringMatching(/^[0-9A-Za-z_-]{129,140}$/), fc.constant(''),
);
export const invalidReportName = fc.oneof(
  withForeign(reportName, fc.constantFrom(' ', '/', '#', '"', '?', '&', 'é')), fc.stringMatching(/^[0-9A-Za-z]{257,270}$/), fc.constant(''),
);
