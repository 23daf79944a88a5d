import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `states`. */
export const STATES_RULES: ClassificationRule[] = [
  {
    id: 'states/describe-execution',
    actionClass: ActionClass.CONTENT,
    actions: ['states:DescribeExecution', 'states:GetExecutionHistory', 'states:GetActivityTask'],
    reason: 'These return the input and output payloads that Step Functions executions and activity tasks carry.',
    fields: {
      input: 'the JSON input of the execution, state, activity task or Lambda function: the data the workflow processes',
      output: 'the JSON output of the execution, state, task or Lambda function: the data the workflow produced',
      parameters: 'the JSON data a task state passed to the resource it calls: the data the workflow processes',
      cause: 'the cause of a failure, which carries the failed task\'s error output (e.g. a Lambda function\'s error message and stack trace) and can quote its data',
      error: 'the error name a failed task, activity or Lambda function raised, written by the customer\'s code or the service it calls',
      assignedVariables: 'the values a state assigned to workflow variables when it exited: data the workflow processes',
      taskToken: 'the token of an activity task, which lets its holder report the task\'s success or failure; it comes with the task\'s input',
    },
    metadataFields: {
      taskCredentials: 'the task\'s TaskCredentials, whose only member is roleArn: the ARN of the role Step Functions assumes, not a credential',
      redriveStatusReason: 'why Step Functions cannot redrive the execution (e.g. the execution history event limit was reached), written by Step Functions',
      location: 'where in the state\'s definition an evaluation failed (the field\'s path), written by Step Functions',
    },
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
    fields: {
      definition: 'the Amazon States Language definition of the state machine: the workflow\'s program, written by the customer',
    },
    metadataFields: {
      description: 'the description of the state machine version, written by the customer',
      variableReferences: 'for each state, the names of the variables it references: names, not their values',
    },
  },
];
