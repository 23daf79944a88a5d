import { CostExportKind, CostReportArtifact, CostReportCompression, CostReportFormat, CostReportVersioning, CostTimeGranularity, FocusVersion } from './cost-export-enums';
import { COST_REPORT_ACCEPTED, COST_REPORT_PATTERNS } from './rules';
import { CostExportSettings } from './settings';
import { bracketsPair, isLiteral, PropsValidator } from '../core/validation';

/**
 * Options every export kind takes.
 */
export interface CostExportCommonOptions {
  /**
   * The export's (or report's) name, unique in the account. The name cannot change without
   * replacing the export, and a replaced export starts without history.
   *
   * @default - 'onboarding-cur2', 'onboarding-focus' or 'onboarding-cur', by kind
   */
  readonly name?: string;

  /**
   * The S3 prefix the files are delivered under, as `<prefix>/<name>/...`. Each export of a
   * `CostReport` needs its own prefix; the vendor role may read under these prefixes only.
   *
   * @default - 'cur2', 'focus' or 'cur', by kind
   */
  readonly prefix?: string;

  /**
   * The file format.
   *
   * @default CostReportFormat.PARQUET - about a tenth of the size of CSV, with typed columns that
   * Athena and vendor pipelines read without parsing
   */
  readonly format?: CostReportFormat;

  /**
   * Whether a refresh overwrites the billing period's files or adds a new version.
   *
   * @default CostReportVersioning.OVERWRITE_REPORT - one current set of files per period, which is
   * what Athena tables and most vendor pipelines expect; new versions multiply storage with every refresh
   */
  readonly versioning?: CostReportVersioning;
}

/**
 * Options of a CUR 2.0 export.
 */
export interface Cur2ExportOptions extends CostExportCommonOptions {
  /**
   * How much time one line item covers. Changing it replaces the export.
   *
   * @default CostTimeGranularity.HOURLY - what rightsizing, Savings Plans and reservation coverage
   * analyses need; coarser data cannot be refined later without a backfill
   */
  readonly timeGranularity?: CostTimeGranularity;

  /**
   * Whether line items carry the resource ID (`line_item_resource_id`). Changing it replaces the export.
   *
   * @default true - cost tools attribute spend to individual resources
   */
  readonly includeResourceIds?: boolean;

  /**
   * Whether to include split cost allocation data (the `split_line_item_*` columns) for ECS tasks
   * and EKS pods. The data appears only once split cost allocation is enabled in the Billing console's
   * cost management preferences. Changing it replaces the export.
   *
   * @default false - the columns stay empty until the customer opts in to split cost allocation
   */
  readonly splitCostAllocationData?: boolean;

  /**
   * A description of the export.
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * Options of a FOCUS export.
 */
export interface FocusExportOptions extends CostExportCommonOptions {
  /**
   * The FOCUS version.
   *
   * @default FocusVersion.V1_0 - its column list is AWS's own sample query; FOCUS 1.2 adds invoice,
   * capacity reservation and pricing currency columns but changes row counts and column values
   */
  readonly version?: FocusVersion;

  /**
   * How much time one line item covers; FOCUS 1.2 only (FOCUS 1.0 has no table configuration).
   * Changing it replaces the export.
   *
   * @default - CostTimeGranularity.HOURLY for FOCUS 1.2
   */
  readonly timeGranularity?: CostTimeGranularity;

  /**
   * A description of the export.
   *
   * @default - none
   */
  readonly description?: string;
}

/**
 * Options of a legacy Cost and Usage Report.
 */
export interface LegacyCurOptions extends CostExportCommonOptions {
  /**
   * How much time one line item covers. Changing it replaces the report.
   *
   * @default CostTimeGranularity.HOURLY - what rightsizing and commitment analyses need
   */
  readonly timeGranularity?: CostTimeGranularity;

  /**
   * The compression: `PARQUET` for the Parquet format, `GZIP` or `ZIP` for CSV.
   *
   * @default - CostReportCompression.PARQUET for Parquet, CostReportCompression.GZIP for CSV
   */
  readonly compression?: CostReportCompression;

  /**
   * Whether line items carry the resource ID (`RESOURCES`). Changing it replaces the report.
   *
   * @default true - cost tools attribute spend to individual resources
   */
  readonly includeResourceIds?: boolean;

  /**
   * Whether to include split cost allocation data for ECS tasks and EKS pods
   * (`SPLIT_COST_ALLOCATION_DATA`). Changing it replaces the report.
   *
   * @default false - the data stays empty until the customer opts in to split cost allocation
   */
  readonly splitCostAllocationData?: boolean;

  /**
   * Whether AWS updates the report of a closed billing period when refunds, credits or support
   * fees arrive after the month closed.
   *
   * @default true - otherwise the report stops matching the invoice
   */
  readonly refreshClosedReports?: boolean;

  /**
   * Integration files AWS adds. `ATHENA` must be the only artifact and needs the Parquet format and
   * `OVERWRITE_REPORT`; `REDSHIFT` and `QUICKSIGHT` need CSV.
   *
   * @default - none: vendors read the report files themselves
   */
  readonly artifacts?: CostReportArtifact[];
}

/**
 * One kind of billing data for a `CostReport` to deliver: CUR 2.0, FOCUS or the legacy Cost and
 * Usage Report, with its options.
 */
export class CostExport {
  /**
   * CUR 2.0 through AWS Data Exports: the current Cost and Usage Report, with a fixed schema and
   * nested columns for tags, cost categories and product attributes.
   */
  public static cur2(options: Cur2ExportOptions = {}): CostExport {
    return new CostExport(CostExportKind.CUR2, options.name ?? 'onboarding-cur2', options.prefix ?? 'cur2', {
      format: options.format ?? CostReportFormat.PARQUET,
      versioning: options.versioning ?? CostReportVersioning.OVERWRITE_REPORT,
      timeGranularity: options.timeGranularity ?? CostTimeGranularity.HOURLY,
      includeResourceIds: options.includeResourceIds ?? true,
      splitCostAllocationData: options.splitCostAllocationData ?? false,
      description: options.description,
    });
  }

  /**
   * FOCUS with AWS columns through AWS Data Exports: the FinOps Open Cost and Usage Specification,
   * for tools that read several clouds in one schema.
   */
  public static focus(options: FocusExportOptions = {}): CostExport {
    const version = options.version ?? FocusVersion.V1_0;
    return new CostExport(CostExportKind.FOCUS, options.name ?? 'onboarding-focus', options.prefix ?? 'focus', {
      format: options.format ?? CostReportFormat.PARQUET,
      versioning: options.versioning ?? CostReportVersioning.OVERWRITE_REPORT,
      focusVersion: version,
      timeGranularity: options.timeGranularity ?? (version === FocusVersion.V1_2 ? CostTimeGranularity.HOURLY : undefined),
      description: options.description,
    }, options.timeGranularity !== undefined);
  }

  /**
   * The legacy Cost and Usage Report, for vendors whose pipelines still read its layout.
   */
  public static legacyCur(options: LegacyCurOptions = {}): CostExport {
    const format = options.format ?? CostReportFormat.PARQUET;
    return new CostExport(CostExportKind.LEGACY_CUR, options.name ?? 'onboarding-cur', options.prefix ?? 'cur', {
      format,
      versioning: options.versioning ?? CostReportVersioning.OVERWRITE_REPORT,
      timeGranularity: options.timeGranularity ?? CostTimeGranularity.HOURLY,
      compression: options.compression ?? (format === CostReportFormat.PARQUET ? CostReportCompression.PARQUET : CostReportCompression.GZIP),
      includeResourceIds: options.includeResourceIds ?? true,
      splitCostAllocationData: options.splitCostAllocationData ?? false,
      refreshClosedReports: options.refreshClosedReports ?? true,
      artifacts: options.artifacts ?? [],
    });
  }

  /** The kind of billing data. */
  public readonly kind: CostExportKind;

  /** The export's (or report's) name. */
  public readonly name: string;

  /** The S3 prefix the files are delivered under. */
  public readonly prefix: string;

  /**
   * The settings with every default applied.
   *
   * @internal
   */
  public readonly _settings: CostExportSettings;

  private readonly granularityGiven: boolean;

  private constructor(kind: CostExportKind, name: string, prefix: string, settings: CostExportSettings, granularityGiven = false) {
    this.kind = kind;
    this.name = name;
    this.prefix = prefix;
    this._settings = settings;
    this.granularityGiven = granularityGiven;
  }

  /**
   * Whether this export is created through AWS Data Exports (as opposed to the legacy report).
   *
   * @internal
   */
  public get _isDataExport(): boolean {
    return this.kind !== CostExportKind.LEGACY_CUR;
  }

  /**
   * Records every literal AWS would reject, under the given property name.
   *
   * @internal
   */
  public _validate(property: string, validator: PropsValidator): void {
    const s = this._settings;
    if (this._isDataExport) {
      validator.pattern(`${property}.name`, this.name, COST_REPORT_PATTERNS.exportName, COST_REPORT_ACCEPTED.exportName);
      if (isLiteral(s.description)) {
        validator.check(s.description.length > 1024, `${property}.description must be at most 1024 characters, got ${s.description.length}`);
      }
    } else {
      validator.pattern(`${property}.name`, this.name, COST_REPORT_PATTERNS.reportName, COST_REPORT_ACCEPTED.reportName);
    }
    validator.pattern(`${property}.prefix`, this.prefix, COST_REPORT_PATTERNS.prefix, COST_REPORT_ACCEPTED.prefix);
    // The prefix becomes part of the resource of the vendor role's read grant, and cdk-nag names that
    // resource in its finding ID; CDK's validation framework rejects an ID whose parentheses do not pair
    // up, so synthesis with cdk-nag would fail. AWS itself accepts such prefixes.
    if (isLiteral(this.prefix) && COST_REPORT_PATTERNS.prefix.test(this.prefix)) {
      validator.check(!bracketsPair(this.prefix),
        `${property}.prefix must close every '(' it opens and open one before every ')', got '${this.prefix}'`);
    }

    if (this.kind === CostExportKind.FOCUS) {
      validator.check(s.focusVersion === FocusVersion.V1_0 && this.granularityGiven,
        `${property}.timeGranularity must be unset for FocusVersion.V1_0, which has no table configuration, got '${s.timeGranularity}'; choose FocusVersion.V1_2 for a time granularity`);
    }
    if (this.kind !== CostExportKind.LEGACY_CUR) {
      return;
    }

    // The legacy report's combination rules, as the console enforces them; the API answers a
    // violation with an empty ValidationException.
    const compression = s.compression!;
    if (s.format === CostReportFormat.PARQUET) {
      validator.check(compression !== CostReportCompression.PARQUET,
        `${property}.compression must be PARQUET for the Parquet format, got '${compression}'`);
    } else {
      validator.check(compression === CostReportCompression.PARQUET,
        `${property}.compression must be GZIP or ZIP for the CSV format, got '${compression}'`);
    }
    const artifacts = s.artifacts ?? [];
    validator.check(new Set(artifacts).size !== artifacts.length,
      `${property}.artifacts must not repeat an artifact, got '${artifacts.join(', ')}'`);
    if (artifacts.includes(CostReportArtifact.ATHENA)) {
      validator.check(artifacts.some((artifact) => artifact !== CostReportArtifact.ATHENA),
        `${property}.artifacts must hold ATHENA alone (AWS allows no other artifact with it), got '${artifacts.join(', ')}'`);
      validator.check(s.versioning !== CostReportVersioning.OVERWRITE_REPORT,
        `${property}.versioning must be OVERWRITE_REPORT with the ATHENA artifact, got '${s.versioning}'`);
      validator.check(s.format !== CostReportFormat.PARQUET,
        `${property}.format must be PARQUET with the ATHENA artifact, got '${s.format}'`);
    }
    const csvOnly = [...new Set(artifacts)]
      .filter((artifact) => artifact === CostReportArtifact.REDSHIFT || artifact === CostReportArtifact.QUICKSIGHT);
    validator.check(csvOnly.length > 0 && s.format === CostReportFormat.PARQUET,
      `${property}.format must be CSV with the ${csvOnly.join(' and ')} artifact${csvOnly.length > 1 ? 's' : ''}, got 'PARQUET'`);
  }
}

