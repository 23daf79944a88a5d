import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `workdocs`. */
export const WORKDOCS_RULES: ClassificationRule[] = [
  {
    id: 'workdocs/console-site-reads',
    actionClass: ActionClass.METADATA,
    actions: ['workdocs:DescribeAvailableDirectories', 'workdocs:DescribeInstances'],
    reason: 'Console-only permissions with no API operation in any model; per the Service Authorization Reference they describe the Directory Service directories available to WorkDocs and the WorkDocs sites (instances) of the account, not documents or users.',
  },
];
