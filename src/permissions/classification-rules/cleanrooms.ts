import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `cleanrooms`. */
export const CLEANROOMS_RULES: ClassificationRule[] = [
  {
    id: 'cleanrooms/batch-get-collaboration-analysis-template',
    actionClass: ActionClass.CODE,
    actions: ['cleanrooms:BatchGetCollaborationAnalysisTemplate'],
    reason: 'Analysis templates include source text (SQL/PySpark analysis code).',
  },
  {
    id: 'cleanrooms/get-analysis-template',
    actionClass: ActionClass.CODE,
    actions: ['cleanrooms:GetAnalysisTemplate'],
    reason: 'Analysis template includes source text (SQL/PySpark analysis code).',
  },
  {
    id: 'cleanrooms/get-collaboration-analysis-template',
    actionClass: ActionClass.CODE,
    actions: ['cleanrooms:GetCollaborationAnalysisTemplate'],
    reason: 'Analysis template includes source text (SQL/PySpark analysis code).',
  },
  {
    id: 'cleanrooms/get-protected-query',
    actionClass: ActionClass.CODE,
    actions: ['cleanrooms:GetProtectedQuery'],
    reason: 'Protected query includes the SQL query string run against collaboration data plus result location.',
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
      'cleanrooms:GetCollaborationPrivacyBudgetTemplate',
      'cleanrooms:GetConfiguredAudienceModelAssociation',
      'cleanrooms:GetConfiguredTable',
      'cleanrooms:GetConfiguredTableAnalysisRule',
      'cleanrooms:GetConfiguredTableAssociation',
      'cleanrooms:GetConfiguredTableAssociationAnalysisRule',
      'cleanrooms:GetIdMappingTable',
      'cleanrooms:GetIdNamespaceAssociation',
      'cleanrooms:GetMembership',
      'cleanrooms:GetPrivacyBudgetTemplate',
      'cleanrooms:GetSchema',
      'cleanrooms:GetSchemaAnalysisRule',
      'cleanrooms:PreviewPrivacyImpact',
    ],
    reason: 'Fallback, not a finding: cleanrooms reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
