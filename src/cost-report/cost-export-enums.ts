/**
 * The kind of billing data AWS delivers.
 */
export enum CostExportKind {
  /** CUR 2.0 through AWS Data Exports (`AWS::BCMDataExports::Export`, table `COST_AND_USAGE_REPORT`). */
  CUR2 = 'CUR2',
  /** FOCUS with AWS columns through AWS Data Exports (`AWS::BCMDataExports::Export`). */
  FOCUS = 'FOCUS',
  /** The legacy Cost and Usage Report (`AWS::CUR::ReportDefinition`). */
  LEGACY_CUR = 'LEGACY_CUR',
}

/**
 * How much time one line item covers.
 */
export enum CostTimeGranularity {
  /** One line item per resource and hour. */
  HOURLY = 'HOURLY',
  /** One line item per resource and day. */
  DAILY = 'DAILY',
  /** One line item per resource and month. */
  MONTHLY = 'MONTHLY',
}

/**
 * The file format of the delivered report.
 */
export enum CostReportFormat {
  /** Apache Parquet: typed columns, compressed, read directly by Athena, Spark and most vendor pipelines. */
  PARQUET = 'PARQUET',
  /** CSV text, compressed with GZIP (or ZIP, legacy report only). */
  CSV = 'CSV',
}

/**
 * The compression of a legacy Cost and Usage Report. Data Exports derive it from the format.
 */
export enum CostReportCompression {
  /** Parquet's own compression; the only choice for the Parquet format. */
  PARQUET = 'PARQUET',
  /** GZIP, for the CSV format. */
  GZIP = 'GZIP',
  /** ZIP, for the CSV format. */
  ZIP = 'ZIP',
}

/**
 * What AWS does with the files of a billing period when it refreshes them.
 */
export enum CostReportVersioning {
  /** Replace the period's files in place: one current set of files per billing period. */
  OVERWRITE_REPORT = 'OVERWRITE_REPORT',
  /** Write each refresh as a new set of files next to the earlier ones. */
  CREATE_NEW_REPORT = 'CREATE_NEW_REPORT',
}

/**
 * Integration files AWS adds to a legacy Cost and Usage Report.
 */
export enum CostReportArtifact {
  /** A CloudFormation template and SQL that set up an Athena table over the report. */
  ATHENA = 'ATHENA',
  /** SQL and a manifest for loading the report into Amazon Redshift. */
  REDSHIFT = 'REDSHIFT',
  /** A manifest for loading the report into Amazon QuickSight. */
  QUICKSIGHT = 'QUICKSIGHT',
}

/**
 * The FOCUS specification version of a FOCUS export.
 */
export enum FocusVersion {
  /** FOCUS 1.0 with AWS columns (table `FOCUS_1_0_AWS`, 48 columns, no table configuration). */
  V1_0 = 'V1_0',
  /** FOCUS 1.2 with AWS columns (table `FOCUS_1_2_AWS`, 60 columns, with a time granularity). */
  V1_2 = 'V1_2',
}
