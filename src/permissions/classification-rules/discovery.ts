import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `discovery`. */
export const DISCOVERY_RULES: ClassificationRule[] = [
  {
    id: 'discovery/describe-export-configurations',
    actionClass: ActionClass.CONTENT,
    actions: ['discovery:DescribeExportConfigurations'],
    reason: 'Export info includes configurationsDownloadUrl, a presigned URL to the exported discovery data.',
  },
  {
    id: 'discovery/describe-export-tasks',
    actionClass: ActionClass.CONTENT,
    actions: ['discovery:DescribeExportTasks'],
    reason: 'Export info includes configurationsDownloadUrl, a presigned URL to the exported discovery data.',
  },
  {
    id: 'discovery/describe-import-tasks',
    actionClass: ActionClass.CONTENT,
    actions: ['discovery:DescribeImportTasks'],
    reason: 'Import tasks include errorsAndFailedEntriesZip link to failed imported records.',
  },
];
