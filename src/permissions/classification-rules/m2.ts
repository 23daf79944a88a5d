import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `m2`. */
export const M2_RULES: ClassificationRule[] = [
  {
    id: 'm2/list-environments',
    actionClass: ActionClass.METADATA,
    actions: ['m2:ListEnvironments'],
    reason: 'Returns summaries of the mainframe runtime environments: name, ID, ARN, engine type and version, instance type, network type, status and creation time.',
    metadataFields: {
      environments: 'runtime environment summaries (model EnvironmentSummary: name, ARN, engine, instance type, status); flagged for the name "environment", they hold no variables',
    },
  },
  {
    id: 'm2/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['m2:GetApplication', 'm2:GetEnvironment'],
    reason: 'Fallback, not a finding: m2 reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
