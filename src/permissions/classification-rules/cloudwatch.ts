import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cloudwatch`. */
export const CLOUDWATCH_RULES: ClassificationRule[] = [
  {
    id: 'cloudwatch/get-space-credentials',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['cloudwatch:GetSpaceCredentials'],
    reason: 'Returns temporary credentials for an Omni space.',
  },
  {
    id: 'cloudwatch/get-space-credentials-for-organization',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['cloudwatch:GetSpaceCredentialsForOrganization'],
    reason: 'Returns temporary credentials for a space in an organization member account.',
    fields: {
      credentials: 'the temporary AWS credentials for the space (API reference)',
    },
  },
  {
    id: 'cloudwatch/get-insight-rule-report',
    actionClass: ActionClass.CONTENT,
    actions: ['cloudwatch:GetInsightRuleReport'],
    reason: 'Top-N contributor keys are values extracted from customer log fields (e.g. IPs, user IDs, URLs).',
  },
  {
    id: 'cloudwatch/get-omni-thread',
    actionClass: ActionClass.CONTENT,
    actions: ['cloudwatch:GetOmniThread', 'cloudwatch:ListOmniThreads'],
    reason: 'Permission-only actions with no operation in the models (Service Authorization Reference): the threads of CloudWatch\'s assistant, conversations in which users ask about their telemetry, and their messages; what users typed is content.',
  },
  {
    id: 'cloudwatch/get-records',
    actionClass: ActionClass.CONTENT,
    actions: ['cloudwatch:GetRecords'],
    reason: 'Fetches log, metric and trace records (telemetry contents).',
  },
  {
    id: 'cloudwatch/get-service-data',
    actionClass: ActionClass.CONTENT,
    actions: ['cloudwatch:GetServiceData'],
    reason: 'Permission-only action with no operation in the models (Service Authorization Reference): the Application Signals service data the console charts, requests, latency and faults per operation and caller, telemetry derived from the application\'s traffic.',
  },
  {
    id: 'cloudwatch/get-telemetry-query-results',
    actionClass: ActionClass.CONTENT,
    actions: ['cloudwatch:GetTelemetryQueryResults'],
    reason: 'Returns telemetry query results (log/trace/metric rows).',
  },
  {
    id: 'cloudwatch/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'cloudwatch:GetAccessGrant',
      'cloudwatch:GetAccessProfile',
      'cloudwatch:GetAlarmMuteRule',
      'cloudwatch:GetContextGraph',
      'cloudwatch:GetDataset',
      'cloudwatch:GetDomain',
      'cloudwatch:GetDomainAccessGrantForOrganization',
      'cloudwatch:GetDomainForOrganization',
      'cloudwatch:GetIntegration',
      'cloudwatch:GetIntelligenceConfiguration',
      'cloudwatch:GetMetricStatistics',
      'cloudwatch:GetMetricStream',
      'cloudwatch:GetMetricWidgetImage',
      'cloudwatch:GetOTelEnrichment',
      'cloudwatch:GetSpace',
    ],
    reason: 'Fallback, not a finding: cloudwatch reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'cloudwatch/monitoring-conditions',
    actionClass: ActionClass.METADATA,
    actions: [
      'cloudwatch:DescribeAlarmsForMetric',
      'cloudwatch:DescribeAnomalyDetectors',
      'cloudwatch:DescribeInsightRules',
      'cloudwatch:GetAlert',
    ],
    reason: 'Returns metric alarms (DescribeAlarmsForMetric returns MetricAlarms only, never a log alarm\'s query), anomaly detectors, Contributor Insights rules and alerts: the conditions they evaluate over the account\'s telemetry, thresholds and actions; no telemetry values.',
    metadataFields: {
      Query: 'the PromQL or telemetry query an alarm or alert evaluates: the alarm\'s condition, monitoring configuration like its threshold and metric math',
      MetricDataQueries: 'the metric ids, metric stats and metric math expressions an anomaly detector evaluates (API reference), as DescribeAlarms returns in Metrics',
      Definition: 'the Contributor Insights rule as JSON: log groups, contributor key fields, aggregation and filters (API reference), configuration like a metric filter pattern',
    },
  },
  {
    id: 'cloudwatch/get-metric-data',
    actionClass: ActionClass.METADATA,
    actions: ['cloudwatch:GetMetricData'],
    reason: 'Returns metric time series (timestamps and values of the account\'s metrics), which cost and utilisation reports read.',
    metadataFields: {
      Messages: 'messages CloudWatch writes about the request or a result, such as "Maximum number of allowed metrics exceeded" (API reference)',
    },
  },
  {
    id: 'cloudwatch/describe-alarms',
    actionClass: ActionClass.CODE,
    actions: ['cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarmHistory'],
    reason: 'DescribeAlarms returns LogAlarms, each with ScheduledQueryConfiguration.QueryString, the CloudWatch Logs Insights query the customer wrote, which logs:DescribeQueryDefinitions is denied as code for; DescribeAlarmHistory returns, in each ConfigurationUpdate item\'s HistoryData JSON, the alarm as it was updated, a log alarm\'s query included (its AlarmTypes select log alarms). Code, with the alarms\' thresholds and actions.',
    fields: {
      QueryString: 'the CloudWatch Logs Insights query a log alarm runs on its schedule (API reference): a query the customer wrote',
    },
    metadataFields: {
      Query: 'the PromQL query a metric alarm evaluates: the alarm\'s condition, monitoring configuration like its threshold and metric math',
    },
  },
  {
    id: 'cloudwatch/get-dashboard',
    actionClass: ActionClass.CODE,
    actions: ['cloudwatch:GetDashboard', 'cloudwatch:GetOmniDashboard'],
    reason: 'Returns the dashboard body, whose log widgets hold the CloudWatch Logs Insights queries the customer wrote (the query of each widget), which logs:DescribeQueryDefinitions is denied as code for; with the widgets\' layout and metrics.',
    fields: {
      body: 'the dashboard definition: widgets, the telemetry they chart and the Logs Insights or PromQL queries of its query widgets',
    },
  },
  {
    id: 'cloudwatch/get-view',
    actionClass: ActionClass.CODE,
    actions: ['cloudwatch:GetView'],
    reason: 'Returns a telemetry view with the SQL query that defines it, a query the customer wrote.',
    fields: {
      definition: 'the SQL query that defines the view (API reference)',
    },
  },
  {
    id: 'cloudwatch/application-signals-and-telemetry-settings',
    actionClass: ActionClass.METADATA,
    actions: [
      'cloudwatch:GetAgentGraph',
      'cloudwatch:GetIngestionEndpoint',
      'cloudwatch:GetPreferences',
      'cloudwatch:GetService',
      'cloudwatch:GetServiceLevelObjective',
      'cloudwatch:GetTopologyDiscoveryStatus',
      'cloudwatch:GetTopologyMap',
      'cloudwatch:ListAlertContributors',
      'cloudwatch:ListEntitiesForMetric',
      'cloudwatch:ListIngestionEndpoints',
      'cloudwatch:ListServiceLevelObjectives',
      'cloudwatch:ListServices',
      'cloudwatch:ListSpaceAccess',
    ],
    reason: 'Permission-only actions with no operation in the models (Service Authorization Reference): Application Signals services and service level objectives with their key attributes and metric references, the service topology map and its discovery status, the entities linked to a metric, the dimensions of the time series contributing to an alarm, telemetry ingestion endpoints, console preferences and the principals with access to a space; names, ARNs, settings and relationships, no telemetry values.',
  },
];
