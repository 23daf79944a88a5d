import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `dlm`. */
export const DLM_RULES: ClassificationRule[] = [
  {
    id: 'dlm/get-lifecycle-policies',
    actionClass: ActionClass.METADATA,
    actions: ['dlm:GetLifecyclePolicies'],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
