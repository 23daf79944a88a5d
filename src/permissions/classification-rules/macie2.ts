import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `macie2`. */
export const MACIE2_RULES: ClassificationRule[] = [
  {
    id: 'macie2/get-sensitive-data-occurrences',
    actionClass: ActionClass.CONTENT,
    actions: ['macie2:GetSensitiveDataOccurrences'],
    reason: 'This reveals the actual sensitive values, such as card numbers, that a Macie finding detected in an S3 object.',
  },
  {
    id: 'macie2/get-automated-discovery-configuration',
    actionClass: ActionClass.METADATA,
    actions: ['macie2:GetAutomatedDiscoveryConfiguration', 'macie2:GetMacieSession'],
    reason: 'Reviewed reads of configuration that security scanners and inventory collectors make (backup selections, agent settings with their instructions, prompt overrides and action-group schemas, guardrail settings, report groups, MFA settings, lifecycle policies, limits, table schemas, database settings without passwords, Macie status, replication sets, the caller\'s identity, WAF rules): no content, keys, code or personal data in the response.',
  },
];
