import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `config`. */
export const CONFIG_RULES: ClassificationRule[] = [
  {
    id: 'config/get-custom-rule-policy',
    actionClass: ActionClass.CODE,
    actions: ['config:GetCustomRulePolicy'],
    reason: 'Returns the Guard policy text (rule logic) of a custom policy rule.',
  },
  {
    id: 'config/get-organization-custom-rule-policy',
    actionClass: ActionClass.CODE,
    actions: ['config:GetOrganizationCustomRulePolicy'],
    reason: 'Returns the Guard policy text (rule logic) of an organization custom policy rule.',
  },
  {
    id: 'config/get-stored-query',
    actionClass: ActionClass.CODE,
    actions: ['config:GetStoredQuery'],
    reason: 'Returns the stored query definition (SQL expression).',
    fields: {
      StoredQuery: 'the stored query, including Expression, the SQL SELECT statement the customer wrote',
    },
  },
  {
    id: 'config/batch-get-aggregate-resource-config',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['config:BatchGetAggregateResourceConfig'],
    reason: 'Returns full configuration items, which mirror Describe outputs incl. env vars/user data of recorded resources.',
  },
  {
    id: 'config/batch-get-resource-config',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['config:BatchGetResourceConfig'],
    reason: 'Returns full configuration items, which mirror Describe outputs incl. env vars/user data of recorded resources.',
  },
  {
    id: 'config/get-aggregate-resource-config',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['config:GetAggregateResourceConfig'],
    reason: 'Returns a full configuration item, which can include env vars/user data of the recorded resource.',
  },
  {
    id: 'config/get-resource-config-history',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['config:GetResourceConfigHistory'],
    reason: 'Returns historical configuration items, which can include env vars/user data of recorded resources.',
  },
  {
    id: 'config/select-aggregate-resource-config',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['config:SelectAggregateResourceConfig'],
    reason: 'Query results return arbitrary configuration item fields, which can include env vars/user data.',
  },
  {
    id: 'config/select-resource-config',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['config:SelectResourceConfig'],
    reason: 'Query results return arbitrary configuration item fields, which can include env vars/user data.',
  },
  {
    id: 'config/describe-remediation-configurations',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['config:DescribeRemediationConfigurations'],
    reason: 'Remediation configurations return the parameter values passed to the SSM Automation document that remediates a rule, static values the customer writes like environment variables.',
    fields: {
      Parameters: 'the parameters passed to the remediation\'s SSM document: a resource ID placeholder or static values the customer wrote',
    },
  },
  {
    id: 'config/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'config:DeliverConfigSnapshot',
      'config:GetAggregateComplianceDetailsByConfigRule',
      'config:GetAggregateConfigRuleComplianceSummary',
      'config:GetAggregateConformancePackComplianceSummary',
      'config:GetAggregateDiscoveredResourceCounts',
      'config:GetComplianceDetailsByConfigRule',
      'config:GetComplianceDetailsByResource',
      'config:GetComplianceSummaryByConfigRule',
      'config:GetComplianceSummaryByResourceType',
      'config:GetConformancePackComplianceDetails',
      'config:GetConformancePackComplianceSummary',
      'config:GetConnector',
      'config:GetDiscoveredResourceCounts',
      'config:GetOrganizationConfigRuleDetailedStatus',
      'config:GetOrganizationConformancePackDetailedStatus',
      'config:GetResourceEvaluationSummary',
    ],
    reason: 'Fallback, not a finding: config reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
