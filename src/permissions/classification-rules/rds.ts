import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `rds`. */
export const RDS_RULES: ClassificationRule[] = [
  {
    id: 'rds/download-db-log-file-portion',
    actionClass: ActionClass.CONTENT,
    actions: ['rds:DownloadDBLogFilePortion', 'rds:DownloadCompleteDBLogFile'],
    reason: 'Database engine logs (general, slow-query, audit and error logs) can contain full SQL statements and the values in them.',
  },
  {
    id: 'rds/describe-option-groups',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['rds:DescribeOptionGroups'],
    reason: 'Option settings Value field is API-marked sensitive; some options (e.g. OEM agent) take password-type settings.',
  },
];
