import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `rolesanywhere`. */
export const ROLESANYWHERE_RULES: ClassificationRule[] = [
  {
    id: 'rolesanywhere/get-subject',
    actionClass: ActionClass.METADATA,
    actions: ['rolesanywhere:GetSubject'],
    reason: 'Returns a subject: its ID, X.509 subject, when it was last seen, its instance properties and the certificates it authenticated with.',
    metadataFields: {
      credentials: 'credential summaries of the subject (model CredentialSummary): the X.509 certificate it presented, which is public, its serial number, issuer, when it was seen and whether it failed; no session keys',
    },
  },
  {
    id: 'rolesanywhere/list-tags-for-resource',
    actionClass: ActionClass.METADATA,
    actions: ['rolesanywhere:ListTagsForResource'],
    reason: 'Returns the tags of a trust anchor, profile or CRL.',
    metadataFields: {
      key: 'a tag key the customer set on the resource',
      value: 'a tag value the customer set on the resource',
    },
  },
  {
    id: 'rolesanywhere/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'rolesanywhere:GetCrl',
      'rolesanywhere:GetProfile',
      'rolesanywhere:GetTrustAnchor',
    ],
    reason: 'Fallback, not a finding: rolesanywhere reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
