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
      entryPoint: 'the Amazon S3 location of the PySpark entry point artifact (model AnalysisTemplateArtifact has only location), not its code',
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
      entryPoint: 'the Amazon S3 location of the PySpark entry point artifact (model AnalysisTemplateArtifact has only location), not its code',
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
      entryPoint: 'the Amazon S3 location of the PySpark entry point artifact (model AnalysisTemplateArtifact has only location), not its code',
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
    actions: [
      'cleanrooms:BatchGetSchemaAnalysisRule',
      'cleanrooms:GetCollaborationPrivacyBudgetTemplate',
      'cleanrooms:GetMembership',
      'cleanrooms:GetPrivacyBudgetTemplate',
      'cleanrooms:GetSchemaAnalysisRule',
      'cleanrooms:ListMembers',
      'cleanrooms:ListMemberships',
    ],
    reason: 'Analysis rules, privacy budget templates and memberships: the columns a query must join on, differential privacy parameters and who pays for query compute; no query text and no data.',
    metadataFields: {
      queryConstraints: 'the columns an ID mapping table query must overlap on in its JOIN (model QueryConstraint has only requireOverlap.columns); no query text',
      parameters: 'the epsilon and users-noise-per-query values and access budget settings of the privacy budget template',
      queryCompute: 'whether the member pays for query compute costs (model MembershipQueryComputePaymentConfig has only isResponsible)',
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
      'cleanrooms:GetSchema',
      'cleanrooms:PreviewPrivacyImpact',
    ],
    reason: 'Fallback, not a finding: cleanrooms reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
