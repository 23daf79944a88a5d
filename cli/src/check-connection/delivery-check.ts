/**
 * The vendor's view of the cost report's delivery, with the customer's role: whether a report has
 * landed under each export's prefix (listing it, as the role may), when the first one is due when none
 * has, and whether each Data Export's actual ARN has the form the bucket policy admits. Nothing offline
 * can confirm that form (`export/<name>-<UUID>`, as the AWS provider's documentation shows it); if AWS
 * issued another, the export could never write and no report would ever arrive.
 */
import type { BCMDataExportsClient, ExportReference } from '@aws-sdk/client-bcm-data-exports';
import { ListExportsCommand } from '@aws-sdk/client-bcm-data-exports';
import type { S3Client } from '@aws-sdk/client-s3';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DELIVERY_PRINCIPALS } from 'cdk-account-onboarding/internal';
import { CheckResult } from '../core/check-results';
import { describeAwsError } from '../core/cli-io';

/** Where one export delivers: the stack output `CostReportDeliveries` holds these as `s3://bucket/prefix/name/`. */
export interface ReportDelivery {
  readonly bucket: string;
  readonly prefix: string;
  readonly name: string;
}

export interface DeliveryCheckClients {
  /** S3 with the role's credentials. */
  readonly s3: S3Client;
  /** Data Exports with the role's credentials, in us-east-1 (where exports live). */
  readonly bcmDataExports: BCMDataExportsClient;
}

export interface DeliveryCheckOptions {
  readonly deliveries: ReportDelivery[];
  /** The time to judge "due" by. @default - now */
  readonly now?: Date;
}

/** AWS delivers the first report within 24 hours of the export's creation. */
export const FIRST_DELIVERY_HOURS = 24;

/** `s3://bucket/prefix/name/` (the stack output `CostReportDeliveries`, comma-separated) as deliveries. */
export function parseDeliveries(uris: string): ReportDelivery[] {
  return uris.split(',').map((uri) => uri.trim()).filter((uri) => uri.length > 0).map((uri) => {
    const match = /^s3:\/\/([^/]+)\/(.+)\/([^/]+)\/?$/.exec(uri);
    if (!match) {
      throw new Error(`a delivery must be s3://<bucket>/<prefix>/<name>/ (the CostReportDeliveries output), got '${uri}'`);
    }
    return { bucket: match[1], prefix: match[2], name: match[3] };
  });
}

/** The ArnLike pattern the bucket policy admits a Data Export by, as a regular expression. */
function admittedExportArn(name: string): RegExp {
  const resource = DELIVERY_PRINCIPALS.dataExports.resourceOf(name)
    .replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\?/g, '.').replace(/\*/g, '.*');
  return new RegExp(`^arn:[\\w-]+:bcm-data-exports:[\\w-]+:\\d{12}:${resource}$`);
}

/**
 * One `delivery <prefix>/<name>` result per export (PASS when a report landed, or when none is due
 * yet; FAIL after 24 hours without one), and one `export ARN <name>` result per Data Export found.
 * Never throws for an AWS error.
 */
export async function checkDelivery(clients: DeliveryCheckClients, options: DeliveryCheckOptions): Promise<CheckResult[]> {
  const now = options.now ?? new Date();
  let exports: ExportReference[] | undefined;
  let exportsError: unknown;
  try {
    exports = [];
    let token: string | undefined;
    do {
      const page = await clients.bcmDataExports.send(new ListExportsCommand({ NextToken: token }));
      exports.push(...(page.Exports ?? []));
      token = page.NextToken;
    } while (token);
  } catch (error) {
    exports = undefined;
    exportsError = error;
  }

  const results: CheckResult[] = [];
  for (const delivery of options.deliveries) {
    const exported = exports?.find((candidate) => candidate.ExportName === delivery.name);
    results.push(await deliveryResult(clients, delivery, exported, now));
    if (exported?.ExportArn) {
      results.push(exportArnResult(delivery, exported.ExportArn));
    }
  }
  if (exportsError !== undefined) {
    results.push({
      check: 'export ARNs',
      status: 'FAIL',
      detail: `bcm-data-exports:ListExports failed: ${describeAwsError(exportsError)}`,
      fix: 'the COST profile allows bcm-data-exports:ListExports in us-east-1: check the role\'s profile, or run the check with --region us-east-1',
    });
  }
  return results;
}

async function deliveryResult(clients: DeliveryCheckClients, delivery: ReportDelivery, exported: ExportReference | undefined,
  now: Date): Promise<CheckResult> {
  const check = `delivery ${delivery.prefix}/${delivery.name}`;
  const prefix = `${delivery.prefix}/${delivery.name}/`;
  let newest: { key: string; at: Date } | undefined;
  let count = 0;
  try {
    let token: string | undefined;
    do {
      const page = await clients.s3.send(new ListObjectsV2Command({ Bucket: delivery.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        count++;
        if (object.Key && object.LastModified && (!newest || object.LastModified > newest.at)) {
          newest = { key: object.Key, at: object.LastModified };
        }
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  } catch (error) {
    return {
      check,
      status: 'FAIL',
      detail: `s3:ListBucket of s3://${delivery.bucket}/${prefix} failed: ${describeAwsError(error)}`,
      fix: 'the role may list the report prefixes only: check the bucket, prefix and name against the customer\'s CostReportDeliveries output, '
        + 'and that the customer deployed the cost report with the role (CreateCostReport true)',
    };
  }
  if (newest) {
    return { check, status: 'PASS', detail: `${count} file${count === 1 ? '' : 's'}, the newest ${newest.key} at ${newest.at.toISOString()}` };
  }
  const created = exported?.ExportStatus?.CreatedAt;
  const status = exported?.ExportStatus?.StatusCode;
  const reason = exported?.ExportStatus?.StatusReason;
  const history = 'AWS delivers no history: for earlier months, send AWS Support the request that `cdk-account-onboarding backfill-request` writes';
  if (created && now.getTime() - created.getTime() < FIRST_DELIVERY_HOURS * 3_600_000 && status !== 'UNHEALTHY') {
    const due = new Date(created.getTime() + FIRST_DELIVERY_HOURS * 3_600_000);
    return { check, status: 'PASS', detail: `no report yet: the export was created at ${created.toISOString()}, the first report is due by ${due.toISOString()}. ${history}` };
  }
  return {
    check,
    status: 'FAIL',
    detail: `no report under s3://${delivery.bucket}/${prefix}`
      + (created ? `, ${Math.floor((now.getTime() - created.getTime()) / 3_600_000)} hours after the export was created` : ', and no Data Export of that name (a legacy report, or a name that differs)')
      + (status ? `; the export is ${status}${reason ? ` (${reason})` : ''}` : ''),
    fix: `${reason === 'INSUFFICIENT_PERMISSION' || status === 'UNHEALTHY'
      ? 'the export cannot write to the bucket: compare its ARN with the bucket policy\'s aws:SourceArn (the export ARN check) and update the customer\'s stack to this release; '
      : 'more than 24 hours without a report: check in the customer\'s Billing console (Data Exports) that the export exists and is healthy, and that the bucket policy admits it; '}${history}`,
  };
}

function exportArnResult(delivery: ReportDelivery, arn: string): CheckResult {
  const check = `export ARN ${delivery.name}`;
  const expected = `export/${delivery.name}-<UUID>`;
  if (admittedExportArn(delivery.name).test(arn)) {
    return { check, status: 'PASS', detail: `${arn} has the form the bucket policy admits (${expected})` };
  }
  return {
    check,
    status: 'FAIL',
    detail: `${arn} does not have the form the bucket policy admits (aws:SourceArn ArnLike ...:${expected}): the export cannot write, so no report will arrive`,
    fix: `the customer adds ${arn} to the aws:SourceArn condition of the bucket policy statements BillingDeliveryChecks and BillingDelivery* `
      + '(aws s3api get-bucket-policy / put-bucket-policy), and reports the form to cdk-account-onboarding',
  };
}
