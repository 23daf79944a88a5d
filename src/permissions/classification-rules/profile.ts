import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `profile`. */
export const PROFILE_RULES: ClassificationRule[] = [
  {
    id: 'profile/domain-settings',
    actionClass: ActionClass.METADATA,
    actions: ['profile:GetDomain', 'profile:ListIntegrations'],
    reason: 'These return a Customer Profiles domain\'s settings (encryption key, dead-letter queue, matching and rule-based matching settings, profile counts) and its integrations (source URIs and object types); never a profile.',
    metadataFields: {
      DefaultEncryptionKey: 'the ARN of the KMS key that encrypts the domain\'s data: a reference, not key material',
      EmailAddress: 'which profile attributes rule-based matching treats as the e-mail address (EmailAddress, PersonalEmailAddress or BusinessEmailAddress): attribute type names, not addresses',
      PhoneNumber: 'which profile attributes rule-based matching treats as the phone number (PhoneNumber, HomePhoneNumber or MobilePhoneNumber): attribute type names, not numbers',
      Uri: 'the URI of the integration\'s data source: an S3 bucket, AppFlow flow or Connect instance ARN, not a signed URL',
    },
  },
];
