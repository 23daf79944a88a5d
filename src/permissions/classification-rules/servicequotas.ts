import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `servicequotas`. */
export const SERVICEQUOTAS_RULES: ClassificationRule[] = [
  {
    id: 'servicequotas/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'servicequotas:GetAWSDefaultServiceQuota',
      'servicequotas:GetAssociationForServiceQuotaTemplate',
      'servicequotas:GetRequestedServiceQuotaChange',
      'servicequotas:GetServiceQuota',
      'servicequotas:GetServiceQuotaIncreaseRequestFromTemplate',
    ],
    reason: 'Fallback, not a finding: servicequotas reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
