import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `trustedadvisor`. */
export const TRUSTEDADVISOR_RULES: ClassificationRule[] = [
  {
    id: 'trustedadvisor/describe-notification-configurations',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['trustedadvisor:DescribeNotificationConfigurations'],
    reason: 'Trusted Advisor Priority notification config lists recipient email addresses of people.',
  },
  {
    id: 'trustedadvisor/console-check-reads',
    actionClass: ActionClass.METADATA,
    actions: [
      'trustedadvisor:DescribeAccount',
      'trustedadvisor:DescribeAccountAccess',
      'trustedadvisor:DescribeCheckItems',
      'trustedadvisor:DescribeCheckRefreshStatuses',
      'trustedadvisor:DescribeCheckStatusHistoryChanges',
      'trustedadvisor:DescribeCheckSummaries',
      'trustedadvisor:DescribeChecks',
      'trustedadvisor:DescribeOrganization',
      'trustedadvisor:DescribeOrganizationAccounts',
      'trustedadvisor:DescribeReports',
      'trustedadvisor:DescribeRisk',
      'trustedadvisor:DescribeRiskResources',
      'trustedadvisor:DescribeRisks',
      'trustedadvisor:DescribeServiceMetadata',
    ],
    reason: 'Trusted Advisor console permissions with no API model (the Service Authorization Reference notes they apply to the console only; the API is support:DescribeTrustedAdvisor*): the Support plan and Trusted Advisor settings, checks, their summaries, statuses and flagged resources (resource IDs and check-specific details such as estimated savings), organizational view readiness, the organization\'s linked accounts, report metadata and Trusted Advisor Priority risks with their affected resources; findings about the account\'s configuration.',
  },
  {
    id: 'trustedadvisor/describe-notification-preferences',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['trustedadvisor:DescribeNotificationPreferences'],
    reason: 'A console permission with no API model; the Service Authorization Reference says it views the account\'s notification preferences: the language and the recipients of Trusted Advisor\'s weekly e-mail, which are the account\'s alternate contacts (people), kept in the class of account:GetAlternateContact.',
  },
];
