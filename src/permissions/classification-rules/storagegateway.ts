import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `storagegateway`. */
export const STORAGEGATEWAY_RULES: ClassificationRule[] = [
  {
    id: 'storagegateway/describe-smb-file-shares',
    actionClass: ActionClass.METADATA,
    actions: ['storagegateway:DescribeSMBFileShares'],
    reason: 'Reviewed List and Describe reads that the profiles\' own grants add beyond the AWS-managed policies (billing, cost, commitment, build, directory, incident and catalog settings): names, settings and status, no content, keys, code or personal data.',
  },
];
