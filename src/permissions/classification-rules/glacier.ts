import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `glacier`. */
export const GLACIER_RULES: ClassificationRule[] = [
  {
    id: 'glacier/get-job-output',
    actionClass: ActionClass.CONTENT,
    actions: ['glacier:GetJobOutput'],
    reason: 'This downloads the output of a retrieval job, which is the archived data itself.',
    fields: {
      body: 'the job data, either archive data or inventory data (API reference)',
    },
  },
  {
    id: 'glacier/list-jobs',
    actionClass: ActionClass.METADATA,
    actions: ['glacier:ListJobs'],
    reason: 'Returns vault jobs: IDs, action, status, sizes, dates, tiers, and for select jobs the S3 output location with its access grants.',
    metadataFields: {
      EmailAddress: 'the e-mail address that identifies an AWS account granted access to a select job\'s S3 output (an S3 ACL grantee, which S3 accepts in place of a canonical user ID), an account identifier',
      URI: 'the URI of a predefined S3 grantee group such as AllUsers or AuthenticatedUsers (API reference), not signed',
    },
  },
  {
    id: 'glacier/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['glacier:GetDataRetrievalPolicy', 'glacier:GetVaultAccessPolicy', 'glacier:GetVaultLock'],
    reason: 'Fallback, not a finding: glacier reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
