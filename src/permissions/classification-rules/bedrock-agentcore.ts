import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `bedrock-agentcore`. */
export const BEDROCK_AGENTCORE_RULES: ClassificationRule[] = [
  {
    id: 'bedrock-agentcore/get-event',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: [
      'bedrock-agentcore:GetEvent',
      'bedrock-agentcore:ListEvents',
      'bedrock-agentcore:GetMemoryRecord',
      'bedrock-agentcore:ListMemoryRecords',
      'bedrock-agentcore:RetrieveMemoryRecords',
    ],
    reason: 'These return the conversation events and long-term memory records that AgentCore Memory keeps about users.',
    fields: {
      payload: 'the content of a conversation event: what the user and the agent said, or a blob the agent stored',
      content: 'the text of a long-term memory record: facts, preferences and summaries extracted from users\' conversations',
    },
  },
  {
    id: 'bedrock-agentcore/get-payment-session',
    actionClass: ActionClass.CONTENT,
    actions: ['bedrock-agentcore:GetPaymentSession'],
    reason: 'Returns an end user/agent payment session (spend amounts, limits, transactions flowing through the agent).',
  },
  {
    id: 'bedrock-agentcore/list-payment-sessions',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['bedrock-agentcore:ListPaymentSessions'],
    reason: 'Lists the payment sessions of end users: per session the ID, payment manager ARN, the end user\'s user ID, expiry and dates, which tells who paid through the agent and when.',
  },
  {
    id: 'bedrock-agentcore/get-payment-instrument',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['bedrock-agentcore:GetPaymentInstrument'],
    reason: 'Returns an end user\'s payment instrument (userId, embedded crypto wallet details).',
    fields: {
      linkedAccounts: 'the accounts linked to the end user\'s embedded wallet: an e-mail address, a phone number (SMS) or Apple, GitHub, Google, Telegram or X identities',
    },
  },
  {
    id: 'bedrock-agentcore/list-payment-instruments',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['bedrock-agentcore:ListPaymentInstruments'],
    reason: 'Lists end users\' payment instruments (wallet details per user).',
  },
  {
    id: 'bedrock-agentcore/get-agent-runtime',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['bedrock-agentcore:GetAgentRuntime'],
    reason: 'Returns the agent runtime with the environment variables passed to the agent container, where customers put keys and tokens; the code appears only as its S3 location.',
    fields: {
      environmentVariables: 'the environment variables passed to the agent runtime, name-value pairs the customer sets',
    },
    metadataFields: {
      code: 'the S3 bucket, prefix and version of the agent\'s code package, not the code',
    },
  },
  {
    id: 'bedrock-agentcore/get-configuration-bundle',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['bedrock-agentcore:GetConfigurationBundle'],
    reason: 'Returns the bundle\'s component configurations, free-form JSON documents the customer writes for agents, where settings and keys for the agent go.',
    fields: {
      'components{}': 'the map of component names to their configuration, free-form JSON the customer writes for the agent',
    },
  },
  {
    id: 'bedrock-agentcore/get-configuration-bundle-version',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['bedrock-agentcore:GetConfigurationBundleVersion'],
    reason: 'Returns a version\'s component configurations, free-form JSON documents the customer writes for agents, where settings and keys for the agent go.',
    fields: {
      'components{}': 'the map of component names to their configuration in this version, free-form JSON the customer writes for the agent',
    },
  },
  {
    id: 'bedrock-agentcore/get-harness',
    actionClass: ActionClass.CODE,
    actions: ['bedrock-agentcore:GetHarness'],
    reason: 'Returns the harness with its system prompts and inline tool definitions, instructions the customer wrote for the model, besides its environment variables and the headers it sends to remote MCP servers.',
    fields: {
      'systemPrompt': 'the system prompt the customer wrote for the harness\'s model',
      'summarizationSystemPrompt': 'the system prompt the customer wrote for summarizing the conversation when it is truncated',
      'inlineFunction.description': 'the description of an inline tool, which the model reads as instructions for when to call it',
      'inputSchema': 'the JSON Schema of an inline tool\'s input, with descriptions the model reads',
    },
  },
  {
    id: 'bedrock-agentcore/remote-mcp-headers',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['bedrock-agentcore:GetHarness*'],
    reason: 'A harness stores the custom headers it sends to remote MCP servers, where the servers\' API keys and bearer tokens go.',
    fields: {
      headers: 'custom headers sent when connecting to a remote MCP server, such as an Authorization header with a bearer token or API key',
    },
  },
  {
    id: 'bedrock-agentcore/environment-and-fixed-parameters',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['bedrock-agentcore:Get*'],
    reason: 'Harnesses and gateway targets carry environment variables and fixed parameter values that the customer sets, where keys and tokens go.',
    fields: {
      environmentVariables: 'environment variables exposed to the harness, name-value pairs the customer sets',
      staticQueryParameters: 'query parameters the gateway appends to every outbound request to the target, where APIs take keys',
      parameterValues: 'fixed or default parameter values the gateway sets on a connector tool',
    },
  },
  {
    id: 'bedrock-agentcore/evaluator-instructions',
    actionClass: ActionClass.CODE,
    actions: ['bedrock-agentcore:GetEvaluator'],
    reason: 'Returns an LLM-as-a-judge evaluator with the instructions and rating scale the customer wrote for the judging model: a prompt, code as in Prompt Management.',
    fields: {
      instructions: 'the evaluation instructions the customer wrote for the judge model',
      ratingScale: 'the numerical or categorical rating levels with the definitions the judge model follows',
    },
  },
  {
    id: 'bedrock-agentcore/gateway-instructions',
    actionClass: ActionClass.CODE,
    actions: ['bedrock-agentcore:GetGateway'],
    reason: 'Returns the gateway with the instructions its MCP server gives to connecting agents, a prompt the customer wrote.',
    fields: {
      instructions: 'the MCP instructions the gateway returns to clients, which their models read as a prompt',
    },
  },
  {
    id: 'bedrock-agentcore/gateway-target-schemas',
    actionClass: ActionClass.CODE,
    actions: ['bedrock-agentcore:GetGatewayTarget'],
    reason: 'Returns the gateway target with its inline OpenAPI, Smithy or MCP tool schemas, which the customer wrote and whose descriptions the agents\' models read as instructions for calling the tools.',
    fields: {
      inlinePayload: 'an inline API or tool schema (OpenAPI, Smithy or MCP tool definitions) the customer wrote, with descriptions models follow as instructions',
    },
    metadataFields: {
      'allowedQueryParameters': 'the names of query parameters the gateway lets through, not their values',
      'connector.parameters': 'resource parameters of a connector target (for example a memoryId) that the service validates against the request path',
    },
  },
  {
    id: 'bedrock-agentcore/memory-extraction-prompts',
    actionClass: ActionClass.CODE,
    actions: ['bedrock-agentcore:GetMemory'],
    reason: 'Returns the memory with its custom strategies, whose prompt additions and extraction instructions the customer wrote for the models that extract, consolidate and reflect on memories.',
    fields: {
      appendToPrompt: 'text the customer appends to the system prompt of a memory extraction, consolidation or reflection model',
      llmExtractionInstruction: 'the instruction the customer wrote for the model that extracts a metadata field from memories',
      definition: 'the description of a memory metadata field that the extraction model reads to fill it',
    },
  },
  {
    id: 'bedrock-agentcore/get-recommendation',
    actionClass: ActionClass.CODE,
    actions: ['bedrock-agentcore:GetRecommendation'],
    reason: 'Returns a recommendation to improve an agent\'s system prompt or tool descriptions, with the prompt or descriptions it started from and the rewritten ones.',
    fields: {
      'systemPrompt': 'the agent\'s current system prompt that the recommendation starts from',
      'recommendedSystemPrompt': 'the rewritten system prompt recommended for the agent',
      'toolDescription.text': 'the current description of one of the agent\'s tools, instructions its model reads',
      'recommendedToolDescription': 'the rewritten tool description recommended for the agent',
    },
  },
  {
    id: 'bedrock-agentcore/recommendation-traces',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['bedrock-agentcore:GetRecommendation*'],
    reason: 'A recommendation can be computed from agent traces passed inline, which record the agent\'s sessions with users.',
    fields: {
      sessionSpans: 'agent traces passed inline as OpenTelemetry session spans: the agent\'s sessions with users, including their inputs and the agent\'s outputs',
    },
  },
  {
    id: 'bedrock-agentcore/get-registry-record',
    actionClass: ActionClass.CODE,
    actions: ['bedrock-agentcore:GetRegistryRecord'],
    reason: 'Returns a registry record with its descriptors, including an agent\'s skill definitions, which the agent\'s model reads as instructions.',
    fields: {
      skillDefinition: 'the structured definition of an agent\'s skills (schema version and content), which tells the agent\'s model what it can do and how',
    },
  },
  {
    id: 'bedrock-agentcore/policies',
    actionClass: ActionClass.METADATA,
    actions: ['bedrock-agentcore:GetPolicy', 'bedrock-agentcore:ListPolicies', 'bedrock-agentcore:ListPolicyGenerationAssets'],
    reason: 'Return the Cedar policies of a policy engine and the policies generated for review: authorization statements that decide which agent may call which gateway tool, access-control configuration as IAM policy documents are.',
    metadataFields: {
      definition: 'a Cedar policy statement (permit or forbid, with principal, action, resource and conditions) that the policy engine enforces on gateway tool calls',
    },
  },
  {
    id: 'bedrock-agentcore/payment-secret-references',
    actionClass: ActionClass.METADATA,
    actions: ['bedrock-agentcore:GetPaymentConnector', 'bedrock-agentcore:GetPaymentCredentialProvider'],
    reason: 'Return payment connectors and credential providers; the model documents the provider configuration output as "no raw secrets, only ARNs", and names the JSON keys under which the secrets are stored.',
    metadataFields: {
      apiKeySecretJsonKey: 'the name of the JSON key under which the Coinbase API key is stored in its Secrets Manager secret, not the key',
      walletSecretJsonKey: 'the name of the JSON key under which the wallet secret is stored in its Secrets Manager secret, not the secret',
      appSecretJsonKey: 'the name of the JSON key under which the Privy app secret is stored in its Secrets Manager secret, not the secret',
    },
  },
  {
    id: 'bedrock-agentcore/resource-settings',
    actionClass: ActionClass.METADATA,
    actions: ['bedrock-agentcore:Get*', 'bedrock-agentcore:List*'],
    reason: 'AgentCore marks resource names and descriptions sensitive and names the locations of its resources\' schemas, skills, MCP servers and model endpoints; these are labels the customer wrote, S3 URIs and endpoints.',
    metadataFields: {
      description: 'the free-text description the customer gave the resource',
      name: 'the name the customer gave the runtime endpoint or gateway target',
      uri: 'an S3 URI of a schema, certificate or skill, not a presigned URL',
      url: 'the HTTPS address of a remote MCP server, of the MCP server a registry record synchronizes from, or of a skill\'s Git repository',
      apiBase: 'the base URL of the model provider\'s API endpoint',
      environment: 'the compute environment the harness runs on',
      customParameters: 'custom parameters added to the harness\'s OAuth requests to a gateway, such as an audience; the client secret stays in the credential provider',
    },
  },
  {
    id: 'bedrock-agentcore/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'bedrock-agentcore:GetABTest',
      'bedrock-agentcore:GetAgentRuntimeEndpoint',
      'bedrock-agentcore:GetBatchEvaluation',
      'bedrock-agentcore:GetBrowser',
      'bedrock-agentcore:GetBrowserProfile',
      'bedrock-agentcore:GetCodeInterpreter',
      'bedrock-agentcore:GetOnlineEvaluationConfig',
      'bedrock-agentcore:GetPaymentManager',
      'bedrock-agentcore:GetPolicyEngine',
      'bedrock-agentcore:GetPolicyGeneration',
      'bedrock-agentcore:GetRegistry',
    ],
    reason: 'Fallback, not a finding: bedrock-agentcore reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
