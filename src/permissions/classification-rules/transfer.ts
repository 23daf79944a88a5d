import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `transfer`. */
export const TRANSFER_RULES: ClassificationRule[] = [
  {
    id: 'transfer/describe-web-app-customization',
    actionClass: ActionClass.CONTENT,
    actions: ['transfer:DescribeWebAppCustomization'],
    reason: 'Returns LogoFile and FaviconFile image blobs (customer-uploaded media).',
    fields: {
      LogoFile: 'the logo image file the customer uploaded, base64-encoded (API reference)',
      FaviconFile: 'the icon image file the customer uploaded, base64-encoded (API reference)',
    },
  },
  {
    id: 'transfer/server-and-connector-settings',
    actionClass: ActionClass.METADATA,
    actions: ['transfer:Describe*', 'transfer:List*'],
    reason: 'The public certificates, public host keys, endpoint URLs and Secrets Manager references in Transfer Family servers, connectors and certificates.',
    metadataFields: {
      Certificate: 'the body of an imported AS2 certificate, which is public; the private key is write-only and DescribeCertificate does not return it',
      CertificateChain: 'the chain of public certificates above an imported certificate',
      HostKey: 'a server host key\'s description: ARN, ID, fingerprint, type and import date; no private key (the model\'s DescribedHostKey has no key member)',
      HostKeys: 'the list of a server\'s host keys: ARN, ID, fingerprint, type and import date; no private key',
      TrustedHostKeys: 'the public portion of the remote SFTP server\'s host keys (API reference), which ssh-keyscan reads from the server',
      OrderedUserSecretVersionStages: 'Secrets Manager version stage labels such as AWSCURRENT (API reference), names of versions, not secret values',
      MessageSubject: 'the Subject header the connector puts on the AS2 messages it sends (API reference), a configured constant',
      Url: 'the URL of a partner\'s AS2 or SFTP endpoint, of an asynchronous MDN receiver, or of a custom identity provider (API reference), an address, not signed',
    },
  },
];
