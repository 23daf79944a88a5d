import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `dlm`. */
export const DLM_RULES: ClassificationRule[] = [
  {
    id: 'dlm/get-lifecycle-policies',
    actionClass: ActionClass.METADATA,
    actions: ['dlm:GetLifecyclePolicies'],
    reason: 'Returns summaries of Data Lifecycle Manager policies: id, description, state, policy type, default-policy flag and tags; the schedules are returned only by GetLifecyclePolicy.',
  },
];
