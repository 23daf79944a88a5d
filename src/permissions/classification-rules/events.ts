import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `events`. */
export const EVENTS_RULES: ClassificationRule[] = [
  {
    id: 'events/describe-connection',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['events:DescribeConnection'],
    reason: 'Connection auth parameters: usernames, header/query/body parameter values returned, secret values masked.',
    fields: {
      Value: 'the value of a header or body parameter the connection sends with every invocation; values not marked IsValueSecret are returned, and customers put API keys there',
    },
  },
  {
    id: 'events/list-targets-by-rule',
    actionClass: ActionClass.CODE,
    actions: ['events:ListTargetsByRule'],
    reason: 'Targets carry the SQL statements a rule runs through the Redshift Data API and the GraphQL operations it sends to AppSync, which the customer wrote, beside constant Input JSON, input transformers and HTTP header and query parameters.',
    fields: {
      Sql: 'the SQL statement text the target runs on a Redshift cluster (API reference), written by the customer',
      Sqls: 'the SQL statements the target runs as one transaction on a Redshift cluster (API reference), written by the customer',
      GraphQLOperation: 'the GraphQL query, mutation or subscription the target sends to AppSync (API reference), written by the customer',
    },
    metadataFields: {
      JobDefinition: 'the ARN or name of the Batch job definition the target submits (API reference), not its contents',
    },
  },
  {
    id: 'events/describe-subscriber',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['events:DescribeSubscriber'],
    reason: 'Returns how a subscriber invokes its target: the parameters it forwards to HTTP endpoints, Lambda, SQS, SNS, Kinesis, Step Functions and SDK targets and the JSONata transformer that builds each payload, literal values the customer sets, such as HTTP header values.',
    fields: {
      HttpParameters: 'HTTP invocation parameters forwarded to the endpoint (API reference): header, path and query string values, where customers put API keys',
      LambdaParameters: 'Lambda invocation parameters forwarded to Invoke (API reference): literals or JSONata expressions, including the client context and payload',
      SqsParameters: 'SQS invocation parameters forwarded to SendMessageBatch (API reference): literals or JSONata expressions',
      SnsParameters: 'SNS invocation parameters forwarded to PublishBatch (API reference): literals or JSONata expressions',
      KinesisParameters: 'Kinesis invocation parameters forwarded to PutRecords (API reference): literals or JSONata expressions',
      StepFunctionsParameters: 'Step Functions invocation parameters forwarded to StartExecution (API reference): literals or JSONata expressions, including the execution input',
      EventBusV2Parameters: 'parameters for forwarding events to another event bus (API reference): literals or JSONata expressions',
      UniversalTargetParameters: 'the request parameters sent to an AWS SDK API target (API reference): literals or JSONata expressions',
      JsonataConfiguration: 'the JSONata expression that builds the payload sent to the target from each event, with any literal values the customer put in it',
    },
    metadataFields: {
      Pattern: 'an event pattern, a JSON filter on event fields the customer wrote (API reference: "selects which events match"), no event data',
    },
  },
  {
    id: 'events/query-string-parameters',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['events:Describe*', 'events:List*'],
    reason: 'The query string parameters that connections and rule targets add to the HTTP requests they send, with their values.',
    fields: {
      QueryStringParameters: 'the query string keys and values a connection or target sends to an API Gateway API or API destination (API reference); values a connection marks IsValueSecret are not returned, the others are, and customers put API keys there',
    },
  },
  {
    id: 'events/describe-event-source',
    actionClass: ActionClass.METADATA,
    actions: ['events:DescribeEventSource'],
    reason: 'Returns an event source: its name, ARN, creator, state, expiry and the filter patterns of the service or partner events it forwards.',
    metadataFields: {
      Pattern: 'a filter pattern, a JSON string that selects which service or partner events are forwarded (API reference), configuration and no event',
    },
  },
  {
    id: 'events/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['events:TestEventPattern'],
    reason: 'Fallback, not a finding: events reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
