import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `acm`. */
export const ACM_RULES: ClassificationRule[] = [
  {
    id: 'acm/export-certificate',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['acm:ExportCertificate'],
    reason: 'This exports a certificate together with its private key, encrypted under a passphrase the caller chooses.',
  },
];
