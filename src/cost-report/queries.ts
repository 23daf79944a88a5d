/**
 * The Data Exports tables and the columns this library selects from them: AWS's fixed content, kept
 * in one place. AWS rejects a query that names a column the table configuration does not provide
 * ("The columns in the query provided are not a subset of the table ..."), and `SELECT *` is not
 * accepted, so every column is listed and the optional ones follow the table configuration.
 *
 * @see https://docs.aws.amazon.com/cur/latest/userguide/dataexports-table-dictionary.html
 */

/** The SQL table name of CUR 2.0. */
export const CUR2_TABLE = 'COST_AND_USAGE_REPORT';

/**
 * CUR 2.0 columns present in every table configuration (with `INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY`
 * "FALSE", which this library always sets: with "TRUE" AWS removes `discount` and
 * `discount_total_discount`). The list is AWS's own sample query (Cloud Intelligence Dashboards
 * `data-exports-aggregation.yaml`, `Mappings.DataExports.CUR2.DefaultQuery`) without the resource ID.
 */
export const CUR2_COLUMNS: readonly string[] = [
  'bill_bill_type', 'bill_billing_entity', 'bill_billing_period_end_date', 'bill_billing_period_start_date',
  'bill_invoice_id', 'bill_invoicing_entity', 'bill_payer_account_id', 'bill_payer_account_name',
  'cost_category', 'discount', 'discount_bundled_discount', 'discount_total_discount',
  'identity_line_item_id', 'identity_time_interval',
  'line_item_availability_zone', 'line_item_blended_cost', 'line_item_blended_rate', 'line_item_currency_code',
  'line_item_legal_entity', 'line_item_line_item_description', 'line_item_line_item_type',
  'line_item_net_unblended_cost', 'line_item_net_unblended_rate', 'line_item_normalization_factor',
  'line_item_normalized_usage_amount', 'line_item_operation', 'line_item_product_code', 'line_item_tax_type',
  'line_item_unblended_cost', 'line_item_unblended_rate', 'line_item_usage_account_id', 'line_item_usage_account_name',
  'line_item_usage_amount', 'line_item_usage_end_date', 'line_item_usage_start_date', 'line_item_usage_type',
  'pricing_currency', 'pricing_lease_contract_length', 'pricing_offering_class', 'pricing_public_on_demand_cost',
  'pricing_public_on_demand_rate', 'pricing_purchase_option', 'pricing_rate_code', 'pricing_rate_id', 'pricing_term',
  'pricing_unit',
  'product', 'product_comment', 'product_fee_code', 'product_fee_description', 'product_from_location',
  'product_from_location_type', 'product_from_region_code', 'product_instance_family', 'product_instance_type',
  'product_instancesku', 'product_location', 'product_location_type', 'product_operation', 'product_pricing_unit',
  'product_product_family', 'product_region_code', 'product_servicecode', 'product_sku', 'product_to_location',
  'product_to_location_type', 'product_to_region_code', 'product_usagetype',
  'reservation_amortized_upfront_cost_for_usage', 'reservation_amortized_upfront_fee_for_billing_period',
  'reservation_availability_zone', 'reservation_effective_cost', 'reservation_end_time',
  'reservation_modification_status', 'reservation_net_amortized_upfront_cost_for_usage',
  'reservation_net_amortized_upfront_fee_for_billing_period', 'reservation_net_effective_cost',
  'reservation_net_recurring_fee_for_usage', 'reservation_net_unused_amortized_upfront_fee_for_billing_period',
  'reservation_net_unused_recurring_fee', 'reservation_net_upfront_value', 'reservation_normalized_units_per_reservation',
  'reservation_number_of_reservations', 'reservation_recurring_fee_for_usage', 'reservation_reservation_a_r_n',
  'reservation_start_time', 'reservation_subscription_id', 'reservation_total_reserved_normalized_units',
  'reservation_total_reserved_units', 'reservation_units_per_reservation',
  'reservation_unused_amortized_upfront_fee_for_billing_period', 'reservation_unused_normalized_unit_quantity',
  'reservation_unused_quantity', 'reservation_unused_recurring_fee', 'reservation_upfront_value',
  'resource_tags',
  'savings_plan_amortized_upfront_commitment_for_billing_period', 'savings_plan_end_time',
  'savings_plan_instance_type_family', 'savings_plan_net_amortized_upfront_commitment_for_billing_period',
  'savings_plan_net_recurring_commitment_for_billing_period', 'savings_plan_net_savings_plan_effective_cost',
  'savings_plan_offering_type', 'savings_plan_payment_option', 'savings_plan_purchase_term',
  'savings_plan_recurring_commitment_for_billing_period', 'savings_plan_region', 'savings_plan_savings_plan_a_r_n',
  'savings_plan_savings_plan_effective_cost', 'savings_plan_savings_plan_rate', 'savings_plan_start_time',
  'savings_plan_total_commitment_to_date', 'savings_plan_used_commitment',
];

/** The CUR 2.0 column that `INCLUDE_RESOURCES` "TRUE" adds. */
export const CUR2_RESOURCE_COLUMNS: readonly string[] = ['line_item_resource_id'];

/** The CUR 2.0 columns that `INCLUDE_SPLIT_COST_ALLOCATION_DATA` "TRUE" adds (AWS's `SCADQuery` sample). */
export const CUR2_SPLIT_COST_COLUMNS: readonly string[] = [
  'split_line_item_actual_usage', 'split_line_item_net_split_cost', 'split_line_item_net_unused_cost',
  'split_line_item_parent_resource_id', 'split_line_item_public_on_demand_split_cost',
  'split_line_item_public_on_demand_unused_cost', 'split_line_item_reserved_usage', 'split_line_item_split_cost',
  'split_line_item_split_usage', 'split_line_item_split_usage_ratio', 'split_line_item_unused_cost',
];

/** A FOCUS table of Data Exports. */
export interface FocusTable {
  /** The SQL table name. */
  readonly table: string;
  /** Whether the table takes a `TIME_GRANULARITY` configuration (FOCUS 1.0 takes none). */
  readonly granularity: boolean;
  /** Every column of the table. */
  readonly columns: readonly string[];
}

/**
 * FOCUS 1.0 with AWS columns: 43 FOCUS columns and 5 AWS columns, as AWS's sample template selects
 * them (`Mappings.DataExports.FOCUS.DefaultQuery`). The table has no configurations.
 *
 * @see https://docs.aws.amazon.com/cur/latest/userguide/table-dictionary-focus-1-0-aws.html
 */
export const FOCUS_1_0: FocusTable = {
  table: 'FOCUS_1_0_AWS',
  granularity: false,
  columns: [
    'AvailabilityZone', 'BilledCost', 'BillingAccountId', 'BillingAccountName', 'BillingCurrency', 'BillingPeriodEnd',
    'BillingPeriodStart', 'ChargeCategory', 'ChargeClass', 'ChargeDescription', 'ChargeFrequency', 'ChargePeriodEnd',
    'ChargePeriodStart', 'CommitmentDiscountCategory', 'CommitmentDiscountId', 'CommitmentDiscountName',
    'CommitmentDiscountType', 'CommitmentDiscountStatus', 'ConsumedQuantity', 'ConsumedUnit', 'ContractedCost',
    'ContractedUnitPrice', 'EffectiveCost', 'InvoiceIssuerName', 'ListCost', 'ListUnitPrice', 'PricingCategory',
    'PricingQuantity', 'PricingUnit', 'ProviderName', 'PublisherName', 'RegionId', 'RegionName', 'ResourceId',
    'ResourceName', 'ResourceType', 'ServiceCategory', 'ServiceName', 'SkuId', 'SkuPriceId', 'SubAccountId',
    'SubAccountName', 'Tags', 'x_CostCategories', 'x_Discounts', 'x_Operation', 'x_ServiceCode', 'x_UsageType',
  ],
};

/**
 * FOCUS 1.2 with AWS columns: 57 FOCUS columns and 3 AWS columns. AWS publishes no sample query for
 * this table; the list is FOCUS 1.0's without `x_UsageType` (now `SkuMeter`) and `x_CostCategories`
 * (now inside `Tags`), plus the columns AWS's migration page names as new.
 *
 * @see https://docs.aws.amazon.com/cur/latest/userguide/table-dictionary-focus-1-2-migrating.html
 */
export const FOCUS_1_2: FocusTable = {
  table: 'FOCUS_1_2_AWS',
  granularity: true,
  columns: [
    'AvailabilityZone', 'BilledCost', 'BillingAccountId', 'BillingAccountName', 'BillingAccountType', 'BillingCurrency',
    'BillingPeriodEnd', 'BillingPeriodStart', 'CapacityReservationId', 'CapacityReservationStatus', 'ChargeCategory',
    'ChargeClass', 'ChargeDescription', 'ChargeFrequency', 'ChargePeriodEnd', 'ChargePeriodStart',
    'CommitmentDiscountCategory', 'CommitmentDiscountId', 'CommitmentDiscountName', 'CommitmentDiscountQuantity',
    'CommitmentDiscountStatus', 'CommitmentDiscountType', 'CommitmentDiscountUnit', 'ConsumedQuantity', 'ConsumedUnit',
    'ContractedCost', 'ContractedUnitPrice', 'EffectiveCost', 'InvoiceId', 'InvoiceIssuerName', 'ListCost',
    'ListUnitPrice', 'PricingCategory', 'PricingCurrency', 'PricingCurrencyContractedUnitPrice',
    'PricingCurrencyEffectiveCost', 'PricingCurrencyListUnitPrice', 'PricingQuantity', 'PricingUnit', 'ProviderName',
    'PublisherName', 'RegionId', 'RegionName', 'ResourceId', 'ResourceName', 'ResourceType', 'ServiceCategory',
    'ServiceName', 'ServiceSubcategory', 'SkuId', 'SkuMeter', 'SkuPriceDetails', 'SkuPriceId', 'SubAccountId',
    'SubAccountName', 'SubAccountType', 'Tags', 'x_Discounts', 'x_Operation', 'x_ServiceCode',
  ],
};

/** The longest query Data Exports accepts. */
export const MAX_QUERY_CHARACTERS = 36000;

/** The CUR 2.0 columns a table configuration provides, in a stable order. */
export function cur2Columns(includeResources: boolean, splitCostAllocationData: boolean): string[] {
  return [
    ...CUR2_COLUMNS,
    ...(includeResources ? CUR2_RESOURCE_COLUMNS : []),
    ...(splitCostAllocationData ? CUR2_SPLIT_COST_COLUMNS : []),
  ];
}

/** A query selecting the columns; commas without spaces keep the embedded template small. */
export function selectStatement(columns: readonly string[], table: string): string {
  return `SELECT ${columns.join(',')} FROM ${table}`;
}
