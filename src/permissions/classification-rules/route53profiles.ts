import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `route53profiles`. */
export const ROUTE53PROFILES_RULES: ClassificationRule[] = [
  {
    id: 'route53profiles/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'route53profiles:GetProfile',
      'route53profiles:GetProfileAssociation',
      'route53profiles:GetProfileResourceAssociation',
    ],
    reason: 'Fallback, not a finding: route53profiles reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
