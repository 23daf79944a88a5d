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
    id: 'discovery/describe-agents',
    actionClass: ActionClass.METADATA,
    actions: ['discovery:DescribeAgents'],
    reason: 'Returns the discovery agents and connectors: IDs, host names, network addresses, versions, health and registration times.',
    metadataFields: {
      agentNetworkInfoList: 'the IP and MAC addresses of the host an agent or connector runs on',
    },
  },
];
