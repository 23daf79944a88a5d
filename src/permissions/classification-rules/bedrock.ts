import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `bedrock`. */
export const BEDROCK_RULES: ClassificationRule[] = [
  {
    id: 'bedrock/retrieve',
    actionClass: ActionClass.CONTENT,
    actions: [
      'bedrock:Retrieve',
      'bedrock:AgenticRetrieveStream',
      'bedrock:GetAgentMemory',
      'bedrock:GetInvocationStep',
      'bedrock:GetInvoke',
    ],
    reason: 'These return knowledge base passages, agent memory summaries of user conversations, and stored session and model-response content.',
  },
  {
    id: 'bedrock/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'bedrock:GetAgent',
      'bedrock:GetAgentAlias',
      'bedrock:GetAgentKnowledgeBase',
      'bedrock:GetCustomModel',
      'bedrock:GetFlowAlias',
      'bedrock:GetFoundationModel',
      'bedrock:GetFoundationModelAvailability',
      'bedrock:GetImportedModel',
      'bedrock:GetInferenceProfile',
      'bedrock:GetIngestionJob',
      'bedrock:GetKnowledgeBaseDocuments',
      'bedrock:GetMarketplaceModelEndpoint',
      'bedrock:GetModelCopyJob',
      'bedrock:GetModelCustomizationJob',
      'bedrock:GetModelImportJob',
      'bedrock:GetModelInvocationLoggingConfiguration',
      'bedrock:GetPromptRouter',
      'bedrock:GetProvisionedModelThroughput',
    ],
    reason: 'Fallback, not a finding: bedrock reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'bedrock/get-prompt',
    actionClass: ActionClass.CODE,
    actions: ['bedrock:GetPrompt'],
    reason: 'Returns the prompt templates (their text and variables) that the customer wrote.',
  },
  {
    id: 'bedrock/get-agent-action-group',
    actionClass: ActionClass.METADATA,
    actions: [
      'bedrock:GetAgentActionGroup',
      'bedrock:GetAgentVersion',
      'bedrock:GetDataSource',
      'bedrock:GetGuardrail',
      'bedrock:GetKnowledgeBase',
    ],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
