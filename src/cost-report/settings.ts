import type { CostReportCompression, CostReportArtifact, CostReportFormat, CostReportVersioning, CostTimeGranularity, FocusVersion } from './cost-export-enums';

/**
 * An export's settings with every default applied.
 * Not public API: the type of `CostExport._settings`.
 */
export interface CostExportSettings {
  readonly format: CostReportFormat;
  readonly versioning: CostReportVersioning;
  readonly timeGranularity?: CostTimeGranularity;
  readonly includeResourceIds?: boolean;
  readonly splitCostAllocationData?: boolean;
  readonly description?: string;
  readonly focusVersion?: FocusVersion;
  readonly compression?: CostReportCompression;
  readonly refreshClosedReports?: boolean;
  readonly artifacts?: CostReportArtifact[];
}
