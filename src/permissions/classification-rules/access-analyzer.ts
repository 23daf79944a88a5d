import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `access-analyzer`. */
export const ACCESS_ANALYZER_RULES: ClassificationRule[] = [
  {
    id: 'access-analyzer/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'access-analyzer:GetAnalyzedResource',
      'access-analyzer:GetAnalyzer',
      'access-analyzer:GetArchiveRule',
      'access-analyzer:GetFinding',
    ],
    reason: 'Fallback, not a finding: access-analyzer reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
