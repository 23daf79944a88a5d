/**
 * The text of an AWS Support request for a backfill of cost report history, built from a published
 * template (which names the exports and prefixes) and, when given, a deployed stack's outputs (which
 * name the bucket and the account).
 */

/** One export or report of the template, as the request names it. */
export interface ReportDelivery {
  readonly kind: 'CUR 2.0 or FOCUS export (Data Exports)' | 'legacy Cost and Usage Report';
  readonly name: string;
  readonly prefix: string;
  readonly bucket?: string;
}

/** A problem with the input of a backfill request, reported as one line. */
export class BackfillRequestError extends Error {}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

function literal(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The exports and legacy reports of a template, with their names, prefixes and literal buckets. */
export function reportDeliveries(template: any): ReportDelivery[] {
  const resources = Object.values<any>(template?.Resources ?? {});
  const bucketNames = new Map<string, string>(Object.entries<any>(template?.Resources ?? {})
    .filter(([, resource]) => resource.Type === 'AWS::S3::Bucket' && literal(resource.Properties?.BucketName))
    .map(([id, resource]) => [id, resource.Properties.BucketName]));
  const bucketOf = (value: unknown): string | undefined => literal(value) ?? bucketNames.get((value as any)?.Ref);
  const deliveries: ReportDelivery[] = [];
  for (const resource of resources) {
    if (resource.Type === 'AWS::BCMDataExports::Export') {
      const destination = resource.Properties?.Export?.DestinationConfigurations?.S3Destination ?? {};
      deliveries.push({
        kind: 'CUR 2.0 or FOCUS export (Data Exports)',
        name: literal(resource.Properties?.Export?.Name) ?? '<export name>',
        prefix: literal(destination.S3Prefix) ?? '<prefix>',
        bucket: bucketOf(destination.S3Bucket),
      });
    } else if (resource.Type === 'AWS::CUR::ReportDefinition') {
      deliveries.push({
        kind: 'legacy Cost and Usage Report',
        name: literal(resource.Properties?.ReportName) ?? '<report name>',
        prefix: literal(resource.Properties?.S3Prefix) ?? '<prefix>',
        bucket: bucketOf(resource.Properties?.S3Bucket),
      });
    }
  }
  return deliveries;
}

/** Reads `aws cloudformation describe-stacks` outputs: the Outputs array, a whole response, or a key-value object. */
export function readStackOutputs(json: any): Record<string, string> {
  const list = Array.isArray(json) ? json : Array.isArray(json?.Stacks?.[0]?.Outputs) ? json.Stacks[0].Outputs : undefined;
  if (list) {
    return Object.fromEntries(list.filter((o: any) => typeof o?.OutputKey === 'string').map((o: any) => [o.OutputKey, String(o.OutputValue)]));
  }
  if (json && typeof json === 'object') {
    return Object.fromEntries(Object.entries(json).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  }
  throw new BackfillRequestError('the outputs must be the Outputs of `aws cloudformation describe-stacks` (a list of OutputKey/OutputValue) or an object of output values');
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) + 1;
}

/** Checks the billing periods: `YYYY-MM`, from not after to, to not after the current month. */
export function checkPeriods(from: string, to: string, now: Date): void {
  for (const [name, value] of [['--from', from], ['--to', to]]) {
    if (!PERIOD.test(value)) {
      throw new BackfillRequestError(`${name} must be a billing period YYYY-MM such as 2026-01, got '${value}'`);
    }
  }
  if (from > to) {
    throw new BackfillRequestError(`--from must not be after --to, got ${from} after ${to}`);
  }
  const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  if (to > current) {
    throw new BackfillRequestError(`--to must not be after the current billing period ${current}, got '${to}'`);
  }
}

/** The request text, ready to paste into a support case. */
export function renderBackfillRequest(options: {
  template?: any;
  outputs?: Record<string, string>;
  from: string;
  to: string;
  now?: Date;
}): string {
  checkPeriods(options.from, options.to, options.now ?? new Date());
  const deliveries = options.template ? reportDeliveries(options.template) : [];
  const outputs = options.outputs ?? {};
  if (options.template && deliveries.length === 0) {
    throw new BackfillRequestError('the template has no cost report (no AWS::BCMDataExports::Export or AWS::CUR::ReportDefinition): there is nothing to backfill');
  }
  const fromOutputs = (outputs.CostReportDeliveries ?? '').split(',').filter((uri) => uri.startsWith('s3://')).map((uri) => {
    const [bucket, ...rest] = uri.slice('s3://'.length).split('/').filter((part) => part.length > 0);
    return { kind: 'CUR 2.0 or FOCUS export (Data Exports)' as const, bucket, name: rest[rest.length - 1], prefix: rest.slice(0, -1).join('/') };
  });
  const all = deliveries.length > 0
    ? deliveries.map((delivery) => ({ ...delivery, bucket: delivery.bucket ?? outputs.CostReportBucketName }))
    : fromOutputs;
  if (all.length === 0) {
    throw new BackfillRequestError('no cost report found: give --template with the published template, or --outputs with the stack outputs CostReportDeliveries');
  }
  const account = /^arn:[^:]+:iam::(\d{12}):/.exec(outputs.RoleArn ?? '')?.[1] ?? '<your 12-digit account ID>';
  const months = monthsBetween(options.from, options.to);
  const lines = [
    'Subject: Backfill of Cost and Usage Report data',
    '',
    'Hello AWS Support,',
    '',
    `please backfill the billing data of the following report${all.length > 1 ? 's' : ''} of account ${account}`,
    `for the billing periods ${options.from} to ${options.to} (${months} month${months > 1 ? 's' : ''}):`,
    '',
    ...all.map((delivery) => `- ${delivery.kind} "${delivery.name}", delivered to s3://${delivery.bucket ?? '<your report bucket: the CostReportBucketName output>'}/${delivery.prefix}/${delivery.name}/`),
    '',
    'The reports already exist and deliver the current month; please regenerate the earlier periods into the same',
    'locations. If this account is the management account, the data should cover every account of the organization.',
    '',
    'Thank you.',
    '',
    '---',
    'Where historical files go: AWS writes backfilled periods next to the current ones, under',
    ...all.map((delivery) => `  ${delivery.prefix}/${delivery.name}/${delivery.kind.startsWith('legacy') ? '<YYYYMMDD-YYYYMMDD>/' : 'data/BILLING_PERIOD=YYYY-MM/'}`),
    'If you copy report files of an earlier export into the bucket yourself, keep that layout under the same prefix:',
    'the vendor reads everything under the report prefixes and nothing else.',
    '',
  ];
  return lines.join('\n');
}
