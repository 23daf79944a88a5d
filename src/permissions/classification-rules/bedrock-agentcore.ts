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
  },
  {
    id: 'bedrock-agentcore/get-payment-session',
    actionClass: ActionClass.CONTENT,
    actions: ['bedrock-agentcore:GetPaymentSession'],
    reason: 'Returns an end user/agent payment session (spend amounts, limits, transactions flowing through the agent).',
  },
  {
    id: 'bedrock-agentcore/list-payment-sessions',
    actionClass: ActionClass.CONTENT,
    actions: ['bedrock-agentcore:ListPaymentSessions'],
    reason: 'Lists end-user payment sessions (amounts/spend per user); unsure of summary shape, treated as transaction data.',
  },
  {
    id: 'bedrock-agentcore/get-payment-instrument',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['bedrock-agentcore:GetPaymentInstrument'],
    reason: 'Returns an end user\'s payment instrument (userId, embedded crypto wallet details).',
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
    reason: 'Agent runtime details include environmentVariables map passed to the agent container.',
  },
  {
    id: 'bedrock-agentcore/get-configuration-bundle',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['bedrock-agentcore:GetConfigurationBundle'],
    reason: 'Returns component configurations as free-form JSON documents for agents; may carry secrets. Unverified field-level detail.',
  },
  {
    id: 'bedrock-agentcore/get-configuration-bundle-version',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['bedrock-agentcore:GetConfigurationBundleVersion'],
    reason: 'Returns a version\'s component configurations as free-form JSON documents; may carry secrets.',
  },
  {
    id: 'bedrock-agentcore/get-harness',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['bedrock-agentcore:GetHarness'],
    reason: 'Harness includes environmentVariables map and system prompts (free-form config that can carry secrets).',
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
      'bedrock-agentcore:GetEvaluator',
      'bedrock-agentcore:GetGateway',
      'bedrock-agentcore:GetGatewayTarget',
      'bedrock-agentcore:GetMemory',
      'bedrock-agentcore:GetOnlineEvaluationConfig',
      'bedrock-agentcore:GetPaymentConnector',
      'bedrock-agentcore:GetPaymentCredentialProvider',
      'bedrock-agentcore:GetPaymentManager',
      'bedrock-agentcore:GetPolicy',
      'bedrock-agentcore:GetPolicyEngine',
      'bedrock-agentcore:GetPolicyGeneration',
      'bedrock-agentcore:GetRecommendation',
      'bedrock-agentcore:GetRegistry',
      'bedrock-agentcore:GetRegistryRecord',
    ],
    reason: 'Fallback, not a finding: bedrock-agentcore reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
