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
    reason: 'These return Macie\'s status for the account: whether it is enabled or paused, its finding publishing frequency and service role ARN, and whether automated sensitive data discovery is enabled, with its classification scope and sensitivity inspection template IDs; no findings and no data.',
  },
];
