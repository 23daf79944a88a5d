import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `discovery`. */
export const DISCOVERY_RULES: ClassificationRule[] = [
  {
    id: 'discovery/describe-export-configurations',
    actionClass: ActionClass.CONTENT,
    actions: ['discovery:DescribeExportConfigurations'],
    reason: 'Export info includes configurationsDownloadUrl, a presigned URL to the exported discovery data.',
    fields: {
      configurationsDownloadUrl: 'a presigned Amazon S3 URL that downloads the exported server, process and network-connection data',
    },
  },
  {
    id: 'discovery/describe-export-tasks',
    actionClass: ActionClass.CONTENT,
    actions: ['discovery:DescribeExportTasks'],
    reason: 'Export info includes configurationsDownloadUrl, a presigned URL to the exported discovery data.',
    fields: {
      configurationsDownloadUrl: 'a presigned Amazon S3 URL that downloads the exported server, process and network-connection data',
    },
  },
  {
    id: 'discovery/describe-import-tasks',
    actionClass: ActionClass.CONTENT,
    actions: ['discovery:DescribeImportTasks'],
    reason: 'Import tasks include errorsAndFailedEntriesZip link to failed imported records.',
  },
  {
    id: 'discovery/agent-and-export-settings',
    actionClass: ActionClass.METADATA,
    actions: ['discovery:DescribeAgents', 'discovery:DescribeContinuousExports'],
    reason: 'Return the discovery agents and connectors with their host names and network addresses, and the continuous exports with their status, data source, S3 bucket and schema storage settings.',
    metadataFields: {
      agentNetworkInfoList: 'the IP and MAC addresses of the host an agent or connector runs on',
      descriptions: 'continuous export descriptions: export ID, status and reason, S3 bucket, start and stop times, data source and schema storage configuration',
    },
  },
];
