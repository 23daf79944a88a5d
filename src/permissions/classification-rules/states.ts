import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `states`. */
export const STATES_RULES: ClassificationRule[] = [
  {
    id: 'states/describe-execution',
    actionClass: ActionClass.CONTENT,
    actions: ['states:DescribeExecution', 'states:GetExecutionHistory', 'states:GetActivityTask'],
    reason: 'These return the input and output payloads that Step Functions executions and activity tasks carry.',
  },
  {
    id: 'states/reveal-secrets',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['states:RevealSecrets'],
    reason: 'This reveals the secrets (connection credentials) that HTTP task executions use, unmasked.',
  },
  {
    id: 'states/describe-state-machine',
    actionClass: ActionClass.CODE,
    actions: ['states:DescribeStateMachine'],
    reason: 'Returns the state machine definition (Amazon States Language body).',
  },
];
