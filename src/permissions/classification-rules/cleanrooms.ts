import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cleanrooms`. */
export const CLEANROOMS_RULES: ClassificationRule[] = [
  {
    id: 'cleanrooms/batch-get-collaboration-analysis-template',
    actionClass: ActionClass.CODE,
    actions: ['cleanrooms:BatchGetCollaborationAnalysisTemplate'],
    reason: 'Analysis templates include source text (SQL/PySpark analysis code).',
    fields: {
      text: 'the analysis template\'s source text: the SQL query the customer wrote',
    },
    metadataFields: {
      analysisParameters: 'the names, types and default values of the parameters the template\'s query accepts',
    },
  },
  {
    id: 'cleanrooms/get-analysis-template',
    actionClass: ActionClass.CODE,
    actions: ['cleanrooms:GetAnalysisTemplate'],
    reason: 'Analysis template includes source text (SQL/PySpark analysis code).',
    fields: {
      text: 'the analysis template\'s source text: the SQL query the customer wrote',
    },
    metadataFields: {
      analysisParameters: 'the names, types and default values of the parameters the template\'s query accepts',
    },
  },
  {
    id: 'cleanrooms/get-collaboration-analysis-template',
    actionClass: ActionClass.CODE,
    actions: ['cleanrooms:GetCollaborationAnalysisTemplate'],
    reason: 'Analysis template includes source text (SQL/PySpark analysis code).',
    fields: {
      text: 'the analysis template\'s source text: the SQL query the customer wrote',
    },
    metadataFields: {
      analysisParameters: 'the names, types and default values of the parameters the template\'s query accepts',
    },
  },
  {
    id: 'cleanrooms/get-protected-query',
    actionClass: ActionClass.CODE,
    actions: ['cleanrooms:GetProtectedQuery'],
    reason: 'Protected query includes the SQL query string run against collaboration data plus result location.',
    fields: {
      protectedQuery: 'the protected query, including sqlParameters.queryString, the SQL the member ran, and its parameters',
    },
  },
  {
    id: 'cleanrooms/configuration-fields',
    actionClass: ActionClass.METADATA,
    actions: ['cleanrooms:GetCollaborationPrivacyBudgetTemplate', 'cleanrooms:GetPrivacyBudgetTemplate'],
    reason: 'Privacy budget templates: the differential privacy and access budget parameters of a collaboration; no query text and no data.',
    metadataFields: {
      parameters: 'the epsilon and users-noise-per-query values and access budget settings of the privacy budget template',
    },
  },
  {
    id: 'cleanrooms/list-protected-queries',
    actionClass: ActionClass.METADATA,
    actions: ['cleanrooms:ListProtectedQueries'],
    reason: 'Lists protected query summaries: ID, membership, creation time, status, receivers and payer account; the query text is returned only by GetProtectedQuery.',
    metadataFields: {
      protectedQueries: 'the protected query summaries (model ProtectedQuerySummary: ID, membership, time, status, receiver configurations, payer account); no SQL',
    },
  },
  {
    id: 'cleanrooms/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'cleanrooms:BatchGetSchema',
      'cleanrooms:BatchGetSchemaAnalysisRule',
      'cleanrooms:GetCollaboration',
      'cleanrooms:GetCollaborationConfiguredAudienceModelAssociation',
      'cleanrooms:GetCollaborationIdNamespaceAssociation',
      'cleanrooms:GetConfiguredAudienceModelAssociation',
      'cleanrooms:GetConfiguredTable',
      'cleanrooms:GetConfiguredTableAnalysisRule',
      'cleanrooms:GetConfiguredTableAssociation',
      'cleanrooms:GetConfiguredTableAssociationAnalysisRule',
      'cleanrooms:GetIdMappingTable',
      'cleanrooms:GetIdNamespaceAssociation',
      'cleanrooms:GetMembership',
      'cleanrooms:GetSchema',
      'cleanrooms:GetSchemaAnalysisRule',
      'cleanrooms:PreviewPrivacyImpact',
    ],
    reason: 'Fallback, not a finding: cleanrooms reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
