import { App, CfnCondition, CfnParameter, CfnResource, CfnWaitConditionHandle, Duration, Fn, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CostExport } from '../../src/cost-report/cost-export';
import { CostExportKind, CostReportArtifact, CostReportCompression, CostReportFormat, CostReportVersioning, CostTimeGranularity, FocusVersion } from '../../src/cost-report/cost-export-enums';
import { CostReport, CostReportProps } from '../../src/cost-report/cost-report';
import {
  CUR2_COLUMNS, CUR2_RESOURCE_COLUMNS, CUR2_SPLIT_COST_COLUMNS, cur2Columns, FOCUS_1_0, FOCUS_1_2, MAX_QUERY_CHARACTERS,
  selectStatement,
} from '../../src/cost-report/queries';
import { ReadOnlyRole } from '../../src/role/read-only-role';
import { logicalIdOf, nagFindings, roleProps } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// CloudFormation's schemas are checked for every variant in test/cloudformation-schemas.test.ts.
withoutTemplateValidator();

const ACCOUNT = '333333333333';
const US_EAST_1 = { env: { account: ACCOUNT, region: 'us-east-1' } };

function stackIn(props: StackProps = US_EAST_1): { app: App; stack: Stack } {
  const app = new App();
  return { app, stack: new Stack(app, 'Customer', props) };
}

function build(props: CostReportProps = {}, stackProps: StackProps = US_EAST_1): { stack: Stack; report: CostReport; template: Template } {
  const { stack } = stackIn(stackProps);
  const report = new CostReport(stack, 'CostReport', props);
  return { stack, report, template: Template.fromStack(stack) };
}

/** The properties of the only resource of a type. */
function only(template: Template, type: string): any {
  const resources = Object.values(template.findResources(type));
  expect(resources).toHaveLength(1);
  return resources[0];
}

function exportsOf(template: Template): any[] {
  return Object.values(template.findResources('AWS::BCMDataExports::Export'));
}

function columnsOf(queryStatement: string): string[] {
  const match = /^SELECT (.+) FROM (\w+)$/.exec(queryStatement);
  expect(match).not.toBeNull();
  return match![1].split(',');
}

function expectInvalid(props: CostReportProps, ...messages: RegExp[]): void {
  let error: Error | undefined;
  try {
    build(props);
  } catch (caught) {
    error = caught as Error;
  }
  expect(error).toBeDefined();
  for (const message of messages) {
    expect(error!.message).toMatch(message);
  }
}

describe('CostReport', () => {
  describe('with defaults', () => {
    let stack: Stack;
    let report: CostReport;
    let template: Template;
    beforeAll(() => ({ stack, report, template } = build()));

    test('creates one CUR 2.0 export: hourly, with resource IDs, Parquet, overwritten, refreshed with the data', () => {
      template.resourceCountIs('AWS::BCMDataExports::Export', 1);
      template.resourceCountIs('AWS::CUR::ReportDefinition', 0);
      template.hasResourceProperties('AWS::BCMDataExports::Export', {
        Export: {
          Name: 'onboarding-cur2',
          DataQuery: {
            QueryStatement: Match.stringLikeRegexp('^SELECT .* FROM COST_AND_USAGE_REPORT$'),
            TableConfigurations: {
              COST_AND_USAGE_REPORT: {
                TIME_GRANULARITY: 'HOURLY',
                INCLUDE_RESOURCES: 'TRUE',
                INCLUDE_SPLIT_COST_ALLOCATION_DATA: 'FALSE',
                INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY: 'FALSE',
              },
            },
          },
          DestinationConfigurations: {
            S3Destination: {
              S3Bucket: { Ref: logicalIdOf(template, 'AWS::S3::Bucket') },
              S3Prefix: 'cur2',
              S3Region: 'us-east-1',
              S3OutputConfigurations: { Format: 'PARQUET', Compression: 'PARQUET', OutputType: 'CUSTOM', Overwrite: 'OVERWRITE_REPORT' },
            },
          },
          RefreshCadence: { Frequency: 'SYNCHRONOUS' },
        },
      });
    });

    test('selects exactly the columns the table configuration provides', () => {
      const query = exportsOf(template)[0].Properties.Export.DataQuery.QueryStatement;
      const columns = columnsOf(query);
      expect(columns).toEqual(cur2Columns(true, false));
      expect(columns).toContain('line_item_resource_id');
      expect(columns.filter((c) => c.startsWith('split_line_item_'))).toEqual([]);
    });

    test('creates the export after the bucket policy that lets AWS deliver', () => {
      const policyId = logicalIdOf(template, 'AWS::S3::BucketPolicy');
      expect(exportsOf(template)[0].DependsOn).toEqual([policyId]);
    });

    test('hardens the bucket: S3-managed encryption, Block Public Access, BucketOwnerEnforced, versioning, noncurrent expiry', () => {
      template.hasResource('AWS::S3::Bucket', {
        Properties: {
          BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
          PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
          VersioningConfiguration: { Status: 'Enabled' },
          LifecycleConfiguration: {
            Rules: [{ Id: 'ExpireNoncurrentVersions', Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 30 }, AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } }],
          },
        },
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
      expect(only(template, 'AWS::S3::Bucket').Properties.LoggingConfiguration).toBeUndefined();
    });

    test('denies every request without TLS', () => {
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([Match.objectLike({
            Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          })]),
        },
      });
    });

    test('lets only the report\'s own Data Export deliver, under its own prefix, with an ARN operator for the ARN pattern', () => {
      const bucketArn = { 'Fn::GetAtt': [logicalIdOf(template, 'AWS::S3::Bucket'), 'Arn'] };
      const conditions = {
        StringEquals: { 'aws:SourceAccount': ACCOUNT },
        ArnLike: { 'aws:SourceArn': [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:bcm-data-exports:us-east-1:${ACCOUNT}:export/onboarding-cur2-????????-????-????-????-????????????`]] }] },
      };
      const statements = only(template, 'AWS::S3::BucketPolicy').Properties.PolicyDocument.Statement;
      expect(statements.filter((s: any) => s.Effect === 'Allow')).toEqual([
        { Sid: 'BillingDeliveryChecks', Effect: 'Allow', Principal: { Service: 'bcm-data-exports.amazonaws.com' }, Action: ['s3:GetBucketAcl', 's3:GetBucketPolicy'], Resource: bucketArn, Condition: conditions },
        { Sid: 'BillingDelivery1', Effect: 'Allow', Principal: { Service: 'bcm-data-exports.amazonaws.com' }, Action: 's3:PutObject', Resource: { 'Fn::Join': ['', [bucketArn, '/cur2/*']] }, Condition: conditions },
      ]);
      // A `*` inside StringEquals matches nothing: no condition may hold a pattern under a String operator.
      for (const statement of statements) {
        for (const [operator, keys] of Object.entries<any>(statement.Condition ?? {})) {
          if (operator.startsWith('String') && !operator.endsWith('Like')) {
            expect(JSON.stringify(keys)).not.toContain('*');
          }
        }
      }
    });

    test('exposes the bucket, the prefixes and where each export arrives', () => {
      expect(report.reportPrefixes).toEqual(['cur2']);
      expect(report.deliveries.map(({ kind, name, prefix }) => ({ kind, name, prefix })))
        .toEqual([{ kind: CostExportKind.CUR2, name: 'onboarding-cur2', prefix: 'cur2' }]);
      expect(stack.resolve(report.deliveries[0].s3Uri))
        .toEqual({ 'Fn::Join': ['', ['s3://', { Ref: logicalIdOf(template, 'AWS::S3::Bucket') }, '/cur2/onboarding-cur2/']] });
      expect(stack.resolve(report.bucketName)).toEqual({ Ref: logicalIdOf(template, 'AWS::S3::Bucket') });
    });

    test('keeps the construct IDs of its contract', () => {
      expect(report.node.findChild('Bucket')).toBeInstanceOf(s3.Bucket);
      expect(report.node.findChild('Bucket').node.findChild('Policy')).toBeDefined();
      expect(report.node.findChild('Export-onboarding-cur2')).toBeDefined();
    });

    test('has no warnings in a stack in us-east-1', () => {
      Annotations.fromStack(stack).hasNoWarning('*', Match.anyValue());
    });
  });

  describe('CUR 2.0 options', () => {
    test('without resource IDs, AWS\'s resource column is not selected', () => {
      const { template } = build({ exports: [CostExport.cur2({ includeResourceIds: false })] });
      const { DataQuery } = exportsOf(template)[0].Properties.Export;
      expect(DataQuery.TableConfigurations.COST_AND_USAGE_REPORT.INCLUDE_RESOURCES).toBe('FALSE');
      expect(columnsOf(DataQuery.QueryStatement)).not.toContain('line_item_resource_id');
      expect(columnsOf(DataQuery.QueryStatement)).toEqual([...CUR2_COLUMNS]);
    });

    test('with split cost allocation data, daily, gzip CSV, new versions and a description', () => {
      const { template } = build({
        exports: [CostExport.cur2({
          splitCostAllocationData: true,
          timeGranularity: CostTimeGranularity.DAILY,
          format: CostReportFormat.CSV,
          versioning: CostReportVersioning.CREATE_NEW_REPORT,
          description: 'Billing data for Acme',
          name: 'acme',
          prefix: 'billing/acme',
        })],
      });
      const { Export } = exportsOf(template)[0].Properties;
      expect(Export.Name).toBe('acme');
      expect(Export.Description).toBe('Billing data for Acme');
      expect(Export.DataQuery.TableConfigurations.COST_AND_USAGE_REPORT).toEqual({
        TIME_GRANULARITY: 'DAILY', INCLUDE_RESOURCES: 'TRUE', INCLUDE_SPLIT_COST_ALLOCATION_DATA: 'TRUE', INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY: 'FALSE',
      });
      expect(columnsOf(Export.DataQuery.QueryStatement)).toEqual(expect.arrayContaining([...CUR2_SPLIT_COST_COLUMNS, 'line_item_resource_id']));
      expect(Export.DestinationConfigurations.S3Destination).toMatchObject({
        S3Prefix: 'billing/acme',
        S3OutputConfigurations: { Format: 'TEXT_OR_CSV', Compression: 'GZIP', OutputType: 'CUSTOM', Overwrite: 'CREATE_NEW_REPORT' },
      });
    });

    test('monthly granularity', () => {
      const { template } = build({ exports: [CostExport.cur2({ timeGranularity: CostTimeGranularity.MONTHLY })] });
      expect(exportsOf(template)[0].Properties.Export.DataQuery.TableConfigurations.COST_AND_USAGE_REPORT.TIME_GRANULARITY).toBe('MONTHLY');
    });
  });

  describe('FOCUS', () => {
    test('1.0 by default: AWS\'s 48 columns and no table configuration', () => {
      const { template } = build({ exports: [CostExport.focus()] });
      const { Export } = exportsOf(template)[0].Properties;
      expect(Export.Name).toBe('onboarding-focus');
      expect(Export.DataQuery.TableConfigurations).toBeUndefined();
      expect(Export.DataQuery.QueryStatement).toMatch(/ FROM FOCUS_1_0_AWS$/);
      expect(columnsOf(Export.DataQuery.QueryStatement)).toHaveLength(48);
      expect(Export.DestinationConfigurations.S3Destination.S3Prefix).toBe('focus');
    });

    test('1.2: 60 columns and a time granularity, hourly unless chosen', () => {
      const { template } = build({
        exports: [
          CostExport.focus({ version: FocusVersion.V1_2 }),
          CostExport.focus({ version: FocusVersion.V1_2, timeGranularity: CostTimeGranularity.DAILY, name: 'focus-daily', prefix: 'focus-daily', format: CostReportFormat.CSV }),
        ],
      });
      const [hourly, daily] = exportsOf(template).map((resource) => resource.Properties.Export);
      expect(hourly.DataQuery.TableConfigurations).toEqual({ FOCUS_1_2_AWS: { TIME_GRANULARITY: 'HOURLY' } });
      expect(daily.DataQuery.TableConfigurations).toEqual({ FOCUS_1_2_AWS: { TIME_GRANULARITY: 'DAILY' } });
      expect(columnsOf(hourly.DataQuery.QueryStatement)).toHaveLength(60);
      expect(daily.DestinationConfigurations.S3Destination.S3OutputConfigurations).toMatchObject({ Format: 'TEXT_OR_CSV', Compression: 'GZIP' });
    });
  });

  describe('the legacy Cost and Usage Report', () => {
    test('defaults: hourly, Parquet, resource IDs, closed periods refreshed, overwritten, no artifacts', () => {
      const { template } = build({ exports: [CostExport.legacyCur()] });
      const report = only(template, 'AWS::CUR::ReportDefinition');
      expect(report.Properties).toEqual({
        ReportName: 'onboarding-cur',
        TimeUnit: 'HOURLY',
        Format: 'Parquet',
        Compression: 'Parquet',
        AdditionalSchemaElements: ['RESOURCES'],
        RefreshClosedReports: true,
        ReportVersioning: 'OVERWRITE_REPORT',
        S3Bucket: { Ref: logicalIdOf(template, 'AWS::S3::Bucket') },
        S3Prefix: 'cur',
        S3Region: 'us-east-1',
      });
      expect(report.DependsOn).toEqual([logicalIdOf(template, 'AWS::S3::BucketPolicy')]);
      template.resourceCountIs('AWS::BCMDataExports::Export', 0);
    });

    test('lets only the legacy report service deliver, for this account\'s report definitions', () => {
      const { template } = build({ exports: [CostExport.legacyCur()] });
      const allows = only(template, 'AWS::S3::BucketPolicy').Properties.PolicyDocument.Statement.filter((s: any) => s.Effect === 'Allow');
      expect(allows.map((s: any) => s.Principal)).toEqual([{ Service: 'billingreports.amazonaws.com' }, { Service: 'billingreports.amazonaws.com' }]);
      expect(allows[0].Condition.ArnLike['aws:SourceArn'])
        .toEqual([{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:cur:us-east-1:${ACCOUNT}:definition/onboarding-cur`]] }]);
    });

    test('CSV with ZIP, daily, split cost data, Redshift and QuickSight, new versions, closed periods left alone', () => {
      const { template } = build({
        exports: [CostExport.legacyCur({
          format: CostReportFormat.CSV,
          compression: CostReportCompression.ZIP,
          timeGranularity: CostTimeGranularity.DAILY,
          splitCostAllocationData: true,
          artifacts: [CostReportArtifact.REDSHIFT, CostReportArtifact.QUICKSIGHT],
          versioning: CostReportVersioning.CREATE_NEW_REPORT,
          refreshClosedReports: false,
        })],
      });
      template.hasResourceProperties('AWS::CUR::ReportDefinition', {
        Format: 'textORcsv',
        Compression: 'ZIP',
        TimeUnit: 'DAILY',
        AdditionalSchemaElements: ['RESOURCES', 'SPLIT_COST_ALLOCATION_DATA'],
        AdditionalArtifacts: ['REDSHIFT', 'QUICKSIGHT'],
        ReportVersioning: 'CREATE_NEW_REPORT',
        RefreshClosedReports: false,
      });
    });

    test('CSV defaults to GZIP; no resource IDs leaves out the schema element; Athena with Parquet', () => {
      const { template } = build({
        exports: [
          CostExport.legacyCur({ format: CostReportFormat.CSV, includeResourceIds: false, timeGranularity: CostTimeGranularity.MONTHLY }),
          CostExport.legacyCur({ name: 'athena-cur', prefix: 'athena', artifacts: [CostReportArtifact.ATHENA] }),
        ],
      });
      const [csv, athena] = Object.values(template.findResources('AWS::CUR::ReportDefinition')).map((r) => r.Properties);
      expect(csv).toMatchObject({ Format: 'textORcsv', Compression: 'GZIP', TimeUnit: 'MONTHLY' });
      expect(csv.AdditionalSchemaElements).toBeUndefined();
      expect(athena).toMatchObject({ ReportName: 'athena-cur', S3Prefix: 'athena', AdditionalArtifacts: ['ATHENA'], Format: 'Parquet', Compression: 'Parquet', ReportVersioning: 'OVERWRITE_REPORT' });
    });
  });

  describe('several kinds at once', () => {
    let stack: Stack;
    let report: CostReport;
    let template: Template;
    beforeAll(() => ({ stack, report, template } = build({ exports: [CostExport.cur2(), CostExport.focus(), CostExport.legacyCur()] })));

    test('creates each under its own prefix, every one after the bucket policy', () => {
      const policyId = logicalIdOf(template, 'AWS::S3::BucketPolicy');
      const prefixes = exportsOf(template).map((e) => e.Properties.Export.DestinationConfigurations.S3Destination.S3Prefix);
      expect(prefixes).toEqual(['cur2', 'focus']);
      for (const resource of [...exportsOf(template), only(template, 'AWS::CUR::ReportDefinition')]) {
        expect(resource.DependsOn).toEqual([policyId]);
      }
      expect(report.reportPrefixes).toEqual(['cur2', 'focus', 'cur']);
      expect(report.deliveries.map((d) => d.kind)).toEqual([CostExportKind.CUR2, CostExportKind.FOCUS, CostExportKind.LEGACY_CUR]);
      expect(report.node.findChild('Report-onboarding-cur')).toBeDefined();
      expect(report.node.findChild('Export-onboarding-focus')).toBeDefined();
    });

    test('lets both billing services deliver, each export for itself', () => {
      const allows = only(template, 'AWS::S3::BucketPolicy').Properties.PolicyDocument.Statement.filter((s: any) => s.Effect === 'Allow');
      const [checks, ...deliveries] = allows;
      expect(checks.Principal).toEqual({ Service: ['bcm-data-exports.amazonaws.com', 'billingreports.amazonaws.com'] });
      expect(stack.resolve(checks.Condition.ArnLike['aws:SourceArn'])).toHaveLength(3);
      expect(deliveries.map((statement: any) => [statement.Sid, statement.Principal.Service, stack.resolve(statement.Condition.ArnLike['aws:SourceArn']).length]))
        .toEqual([['BillingDelivery1', 'bcm-data-exports.amazonaws.com', 1], ['BillingDelivery2', 'bcm-data-exports.amazonaws.com', 1], ['BillingDelivery3', 'billingreports.amazonaws.com', 1]]);
    });
  });

  describe('the bucket', () => {
    test('takes a name, a removal policy, an access-log bucket and a noncurrent-version expiry', () => {
      const { stack } = stackIn();
      const logs = new s3.Bucket(stack, 'Logs');
      new CostReport(stack, 'CostReport', {
        bucketName: 'acme-cost-reports',
        removalPolicy: RemovalPolicy.DESTROY,
        accessLogsBucket: logs,
        accessLogsPrefix: 'cost-reports/',
        noncurrentVersionExpiration: Duration.days(90),
      });
      const template = Template.fromStack(stack);
      template.hasResource('AWS::S3::Bucket', {
        Properties: Match.objectLike({
          BucketName: 'acme-cost-reports',
          LoggingConfiguration: { DestinationBucketName: { Ref: logicalIdOf(template, 'AWS::S3::Bucket', 'Logs') }, LogFilePrefix: 'cost-reports/' },
          LifecycleConfiguration: { Rules: [Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 90 } })] },
        }),
        DeletionPolicy: 'Delete',
      });
    });

    test('passed in: adds the delivery statements to its policy and creates no bucket', () => {
      const { stack } = stackIn();
      const bucket = new s3.Bucket(stack, 'Existing');
      const report = new CostReport(stack, 'CostReport', { bucket });
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::S3::Bucket', 1);
      expect(report.bucket).toBe(bucket);
      expect(report.node.tryFindChild('Bucket')).toBeUndefined();
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logicalIdOf(template, 'AWS::S3::Bucket', 'Existing') },
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'BillingDelivery1', Action: 's3:PutObject' })]) },
      });
      expect(exportsOf(template)[0].DependsOn).toEqual([logicalIdOf(template, 'AWS::S3::BucketPolicy')]);
    });

    test('imported: warns that its policy must allow delivery, and delivers to its region', () => {
      const { stack } = stackIn();
      const bucket = s3.Bucket.fromBucketAttributes(stack, 'Imported', { bucketName: 'central-billing', region: 'eu-west-1' });
      new CostReport(stack, 'CostReport', { bucket });
      const template = Template.fromStack(stack);
      template.resourceCountIs('AWS::S3::BucketPolicy', 0);
      template.hasResourceProperties('AWS::BCMDataExports::Export', {
        Export: { DestinationConfigurations: { S3Destination: Match.objectLike({ S3Bucket: 'central-billing', S3Region: 'eu-west-1' }) } },
      });
      expect(exportsOf(template)[0].DependsOn).toBeUndefined();
      Annotations.fromStack(stack).hasWarning('/Customer/CostReport', Match.stringLikeRegexp('not managed in this app.*bcm-data-exports.amazonaws.com.*s3:PutObject.*costReportBucketPolicy'));
    });
  });

  describe('region', () => {
    test('fails in a stack of another region, naming the region that works in the stack\'s partition', () => {
      expect(() => build({}, { env: { account: ACCOUNT, region: 'eu-west-1' } })).toThrow(
        "stack region must be us-east-1, got 'eu-west-1': a CostReport with CUR 2.0 or FOCUS exports deploys in us-east-1 only "
        + '(where AWS::BCMDataExports::Export exists): put the CostReport in a stack of that Region (a bucket passed in may be in another Region)');
      // cn-northwest-1 is in another partition: not a Region a commercial account could use.
      expect(() => build({ exports: [CostExport.legacyCur()] }, { env: { region: 'ap-southeast-2' } }))
        .toThrow(/stack region must be us-east-1, got 'ap-southeast-2': a CostReport with legacy CUR exports deploys in us-east-1 only \(where AWS::CUR::ReportDefinition exists\)/);
      expect(() => build({ exports: [CostExport.legacyCur()] }, { env: { region: 'cn-north-1' } }))
        .toThrow(/stack region must be cn-northwest-1, got 'cn-north-1': a CostReport with legacy CUR exports deploys in cn-northwest-1 only in partition aws-cn/);
    });

    test('names the legacy report in cn-northwest-1 for Data Exports in the China partition, and refuses GovCloud', () => {
      expect(() => build({ exports: [CostExport.cur2(), CostExport.legacyCur()] }, { env: { region: 'cn-north-1' } })).toThrow(
        "stack region must be a Region where AWS::BCMDataExports::Export and AWS::CUR::ReportDefinition exist, got 'cn-north-1': "
        + 'partition aws-cn has no AWS::BCMDataExports::Export, so a CostReport there holds legacy CUR exports in cn-northwest-1');
      expect(() => build({ exports: [CostExport.legacyCur()] }, { env: { region: 'us-gov-west-1' } })).toThrow(
        "stack region must be a Region where AWS::CUR::ReportDefinition exists, got 'us-gov-west-1': partition aws-us-gov has no AWS::CUR::ReportDefinition, "
        + 'so a CostReport cannot deploy there');
    });

    test('warns in a stack without a region, and uses the deployment\'s account and partition', () => {
      const { stack, template } = build({}, {});
      Annotations.fromStack(stack).hasWarning('/Customer/CostReport', Match.stringLikeRegexp('no region.*us-east-1.*costReportRegion'));
      const allow = only(template, 'AWS::S3::BucketPolicy').Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'BillingDelivery1');
      expect(allow.Condition).toEqual({
        StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
        ArnLike: { 'aws:SourceArn': [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':bcm-data-exports:us-east-1:', { Ref: 'AWS::AccountId' }, ':export/onboarding-cur2-????????-????-????-????-????????????']] }] },
      });
      template.hasResourceProperties('AWS::BCMDataExports::Export', {
        Export: { DestinationConfigurations: { S3Destination: Match.objectLike({ S3Region: { Ref: 'AWS::Region' } }) } },
      });
    });

    test('accepts the legacy report in cn-northwest-1, where its ARNs name that region, but no Data Export', () => {
      const { template } = build({ exports: [CostExport.legacyCur()] }, { env: { account: ACCOUNT, region: 'cn-northwest-1' } });
      const allow = only(template, 'AWS::S3::BucketPolicy').Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'BillingDelivery1');
      expect(JSON.stringify(allow.Condition.ArnLike)).toContain(`:cur:cn-northwest-1:${ACCOUNT}:definition/onboarding-cur`);
      expect(() => build({}, { env: { account: ACCOUNT, region: 'cn-northwest-1' } }))
        .toThrow(/stack region must be a Region where AWS::BCMDataExports::Export exists, got 'cn-northwest-1': .*legacy CUR exports in cn-northwest-1/);
    });
  });

  describe('validation', () => {
    test('fails when no export is given', () => {
      expectInvalid({ exports: [] }, /exports must list at least one export, got \[\]/);
    });

    test('fails on export and report names outside AWS\'s patterns and lengths', () => {
      expectInvalid({
        exports: [
          CostExport.cur2({ name: 'my.export' }),
          CostExport.focus({ name: 'f'.repeat(129) }),
          CostExport.legacyCur({ name: 'my report' }),
          CostExport.legacyCur({ name: 'r'.repeat(257), prefix: 'cur-long' }),
        ],
      },
      /exports\[0\]\.name must be 1 to 128 characters from \[0-9A-Za-z_-\], got 'my\.export'/,
      /exports\[1\]\.name must be 1 to 128 characters .*, got 'fff/,
      /exports\[2\]\.name must be 1 to 256 characters from \[0-9A-Za-z!_\.\*'\(\)-\], got 'my report'/,
      /exports\[3\]\.name must be 1 to 256 characters .*, got 'rrr/);
    });

    test('accepts the legacy report name characters AWS allows', () => {
      expect(() => build({ exports: [CostExport.legacyCur({ name: "Acme.CUR_(hourly)-v1!*'" })] })).not.toThrow();
    });

    test('fails on prefixes that are empty, slashed at an end, doubled, wildcards or too long', () => {
      const prefixes = ['', '/cur2', 'cur2/', 'a//b', 'cur*', 'a b', 'p'.repeat(257)];
      expectInvalid({ exports: prefixes.map((prefix, index) => CostExport.cur2({ prefix, name: `e${index}` })) },
        ...prefixes.map((prefix, index) =>
          new RegExp(`exports\\[${index}\\]\\.prefix must be 1 to 256 characters from .*not starting or ending with '/' and without '//', got '${prefix.replace(/\*/g, '\\*').slice(0, 20)}`)));
    });

    test('fails when two exports share a prefix or a name', () => {
      expectInvalid({
        exports: [CostExport.cur2(), CostExport.focus({ prefix: 'cur2' }), CostExport.cur2({ name: 'onboarding-focus', prefix: 'x' })],
      },
      /exports\[1\]\.prefix must differ from exports\[0\]\.prefix \(each export needs its own prefix\), got 'cur2'/,
      /exports\[2\]\.name must differ from exports\[1\]\.name \(Data Exports names are unique in the account\), got 'onboarding-focus'/);
    });

    test('lets a legacy report share a name with a Data Export', () => {
      expect(() => build({ exports: [CostExport.cur2({ name: 'acme' }), CostExport.legacyCur({ name: 'acme' })] })).not.toThrow();
    });

    test('fails beyond AWS\'s exports per table', () => {
      expectInvalid({ exports: [0, 1, 2].map((i) => CostExport.focus({ name: `f${i}`, prefix: `f${i}` })) },
        /exports must hold at most 2 exports of table FOCUS_1_0_AWS \(the AWS quota per account\), got 3/);
      expectInvalid({ exports: [0, 1, 2, 3, 4, 5].map((i) => CostExport.cur2({ name: `c${i}`, prefix: `c${i}` })) },
        /at most 5 exports of table COST_AND_USAGE_REPORT .*got 6/);
    });

    test('fails on a time granularity for FOCUS 1.0', () => {
      expectInvalid({ exports: [CostExport.focus({ timeGranularity: CostTimeGranularity.DAILY })] },
        /exports\[0\]\.timeGranularity must be unset for FocusVersion\.V1_0, which has no table configuration, got 'DAILY'/);
    });

    test('fails on legacy format and compression that do not go together', () => {
      expectInvalid({
        exports: [
          CostExport.legacyCur({ compression: CostReportCompression.GZIP }),
          CostExport.legacyCur({ name: 'b', prefix: 'b', format: CostReportFormat.CSV, compression: CostReportCompression.PARQUET }),
        ],
      },
      /exports\[0\]\.compression must be PARQUET for the Parquet format, got 'GZIP'/,
      /exports\[1\]\.compression must be GZIP or ZIP for the CSV format, got 'PARQUET'/);
    });

    test('fails on the Athena artifact with another artifact, new report versions or CSV', () => {
      expectInvalid({
        exports: [CostExport.legacyCur({
          artifacts: [CostReportArtifact.ATHENA, CostReportArtifact.REDSHIFT],
          versioning: CostReportVersioning.CREATE_NEW_REPORT,
          format: CostReportFormat.CSV,
        })],
      },
      /exports\[0\]\.artifacts must hold ATHENA alone \(AWS allows no other artifact with it\), got 'ATHENA, REDSHIFT'/,
      /exports\[0\]\.versioning must be OVERWRITE_REPORT with the ATHENA artifact, got 'CREATE_NEW_REPORT'/,
      /exports\[0\]\.format must be PARQUET with the ATHENA artifact, got 'CSV'/);
    });

    test('fails on Redshift or QuickSight with Parquet, and on a repeated artifact', () => {
      const artifacts = [CostReportArtifact.QUICKSIGHT, CostReportArtifact.REDSHIFT, CostReportArtifact.REDSHIFT];
      expectInvalid({ exports: [CostExport.legacyCur({ artifacts })] },
        /exports\[0\]\.format must be CSV with the QUICKSIGHT and REDSHIFT artifacts, got 'PARQUET'/,
        /exports\[0\]\.artifacts must not repeat an artifact, got 'QUICKSIGHT, REDSHIFT, REDSHIFT'/);
    });

    test('fails on bucket settings given with a bucket passed in', () => {
      const { stack } = stackIn();
      const bucket = s3.Bucket.fromBucketName(stack, 'Imported', 'central-billing');
      const logs = s3.Bucket.fromBucketName(stack, 'Logs', 'central-logs');
      expect(() => new CostReport(stack, 'CostReport', {
        bucket,
        bucketName: 'other',
        removalPolicy: RemovalPolicy.DESTROY,
        accessLogsBucket: logs,
        accessLogsPrefix: 'p/',
        noncurrentVersionExpiration: Duration.days(7),
      })).toThrow(new RegExp([
        "bucketName must be unset when bucket is given \\(it configures only the bucket created here\\), got 'other'",
        "removalPolicy must be unset when bucket is given .*, got 'destroy'",
        "accessLogsBucket must be unset when bucket is given .*, got 'Customer/Logs'",
        "accessLogsPrefix must be unset when bucket is given .*, got 'p/'",
        "noncurrentVersionExpiration must be unset when bucket is given .*, got '7 days'",
      ].join('\n- ')));
    });

    test('fails on a bucket name S3 rejects, a log prefix without a log bucket, and a partial-day expiry', () => {
      expectInvalid({ bucketName: 'Acme_Costs', accessLogsPrefix: 'logs/', noncurrentVersionExpiration: Duration.hours(36) },
        /bucketName must be 3 to 63 characters from \[a-z0-9\.-\], .*got 'Acme_Costs'/,
        /accessLogsPrefix must be unset without accessLogsBucket \(the bucket would log into itself\), got 'logs\/'/,
        /noncurrentVersionExpiration must be a whole number of days, at least 1, got 1 day 12 hours/);
      expectInvalid({ noncurrentVersionExpiration: Duration.minutes(90) }, /noncurrentVersionExpiration must be a whole number of days, at least 1, got 1 hour 30 minutes/);
      expectInvalid({ noncurrentVersionExpiration: Duration.days(0) }, /noncurrentVersionExpiration must be .*at least 1, got 0/);
      expectInvalid({ bucketName: 'a..b' }, /bucketName must be .*got 'a\.\.b'/);
      expectInvalid({ bucketName: '192.168.1.1' }, /bucketName must be .*got '192\.168\.1\.1'/);
    });

    test('fails on a removal policy an S3 bucket does not take', () => {
      expectInvalid({ removalPolicy: RemovalPolicy.SNAPSHOT },
        /removalPolicy must be RemovalPolicy\.RETAIN, RETAIN_ON_UPDATE_OR_DELETE or DESTROY \(an S3 bucket takes no snapshot\), got 'snapshot'/);
    });

    test('reports every problem of one props set in one error', () => {
      expectInvalid({ exports: [CostExport.cur2({ name: 'bad name', prefix: '/bad' }), CostExport.legacyCur({ compression: CostReportCompression.ZIP })], bucketName: 'BAD' },
        /^invalid props:\n- exports\[0\]\.name .*\n- exports\[0\]\.prefix .*\n- exports\[1\]\.compression .*\n- bucketName /);
    });

    test('does not validate tokens as literals, and names token-named exports by position', () => {
      const { stack } = stackIn();
      const name = new CfnParameter(stack, 'ExportName').valueAsString;
      const prefix = new CfnParameter(stack, 'Prefix').valueAsString;
      const bucketName = new CfnParameter(stack, 'BucketName').valueAsString;
      const report = new CostReport(stack, 'CostReport', {
        bucketName,
        exports: [CostExport.cur2({ name, prefix }), CostExport.focus({ name, prefix }), CostExport.legacyCur({ name, prefix })],
      });
      const template = Template.fromStack(stack);
      expect(report.node.findChild('Export1')).toBeDefined();
      expect(report.node.findChild('Export2')).toBeDefined();
      expect(report.node.findChild('Report3')).toBeDefined();
      template.hasResourceProperties('AWS::BCMDataExports::Export', {
        Export: Match.objectLike({ Name: { Ref: 'ExportName' }, DestinationConfigurations: { S3Destination: Match.objectLike({ S3Prefix: { Ref: 'Prefix' } }) } }),
      });
      template.hasResourceProperties('AWS::S3::Bucket', { BucketName: { Ref: 'BucketName' } });
    });
  });

  describe('grantRead', () => {
    let template: Template;
    beforeAll(() => {
      const { stack } = stackIn();
      const report = new CostReport(stack, 'CostReport', { exports: [CostExport.cur2(), CostExport.focus()] });
      const role = new ReadOnlyRole(stack, 'VendorRole', roleProps());
      report.grantRead(role);
      template = Template.fromStack(stack);
    });

    test('allows GetObject under the report prefixes and exempts exactly those from the guardrail', () => {
      const bucketArn = { 'Fn::GetAtt': [logicalIdOf(template, 'AWS::S3::Bucket'), 'Arn'] };
      const prefixes = [
        { 'Fn::Join': ['', [bucketArn, '/cur2/*']] },
        { 'Fn::Join': ['', [bucketArn, '/focus/*']] },
      ];
      template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Allow', Action: 's3:GetObject', Resource: prefixes })] },
      });
      template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: Match.stringLikeRegexp('^DenyDataPlaneReads'), Effect: 'Deny', NotResource: prefixes })]) },
      });
    });

    test('allows listing only with an s3:prefix under a report prefix, and the bucket location', () => {
      const bucketArn = { 'Fn::GetAtt': [logicalIdOf(template, 'AWS::S3::Bucket'), 'Arn'] };
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: [
            { Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': ['cur2/*', 'focus/*'] } } },
            { Effect: 'Allow', Action: 's3:GetBucketLocation', Resource: bucketArn },
            {
              Sid: 'ListReportPrefixesOnly',
              Effect: 'Deny',
              Action: ['s3:ListBucket', 's3:ListBucketVersions', 's3:ListBucketMultipartUploads'],
              Resource: bucketArn,
              Condition: { StringNotLike: { 's3:prefix': ['cur2/*', 'focus/*'] } },
            },
          ],
        },
        Roles: [{ Ref: logicalIdOf(template, 'AWS::IAM::Role') }],
      });
    });
  });

  describe('grantRead of two reports with one construct ID, in two stacks, to one role', () => {
    let role: ReadOnlyRole;
    let template: Template;
    beforeAll(() => {
      // GIVEN two stacks, each with a report called CostReport, and a role in a third
      const app = new App();
      const first = new Stack(app, 'BillingA', US_EAST_1);
      const second = new Stack(app, 'BillingB', US_EAST_1);
      const security = new Stack(app, 'Security', US_EAST_1);
      role = new ReadOnlyRole(security, 'VendorRole', roleProps());
      // WHEN both grant the role read access
      new CostReport(first, 'CostReport').grantRead(role);
      new CostReport(second, 'CostReport').grantRead(role);
      template = Template.fromStack(security);
    });

    test('keeps the first listing policy\'s construct ID and gives the second its own', () => {
      const listings = role.node.children.filter((child) => child.node.id.startsWith('ListReports-CostReport'));
      expect(listings.map((child) => child.node.id)).toEqual(['ListReports-CostReport', expect.stringMatching(/^ListReports-CostReport-[0-9a-f]{8}$/)]);
      expect(Object.keys(template.findResources('AWS::IAM::Policy'))).toHaveLength(2);
    });
  });

  test('is the CfnBucket through node.defaultChild, so that overrideLogicalId renames the bucket', () => {
    // GIVEN a report with the bucket created here
    const { stack } = stackIn();
    const report = new CostReport(stack, 'CostReport');
    // WHEN the bucket's logical ID is overridden through the escape hatch
    (report.node.defaultChild as CfnResource).overrideLogicalId('CostReportBucket');
    // THEN the bucket has that logical ID, and the construct IDs are unchanged
    const template = Template.fromStack(stack);
    expect(logicalIdOf(template, 'AWS::S3::Bucket')).toBe('CostReportBucket');
    expect(report.node.defaultChild).toBe(report.node.findChild('Bucket').node.defaultChild);
    template.hasResourceProperties('AWS::S3::BucketPolicy', { Bucket: { Ref: 'CostReportBucket' } });
  });

  test('has no node.defaultChild with a bucket passed in', () => {
    const { stack } = stackIn();
    const report = new CostReport(stack, 'CostReport', { bucket: new s3.Bucket(stack, 'Central') });
    expect(report.node.defaultChild).toBeUndefined();
  });

  test('fails when grantRead gets a condition of another stack than the role\'s', () => {
    const app = new App();
    const billing = new Stack(app, 'Billing', { env: { account: '333333333333', region: 'us-east-1' } });
    const security = new Stack(app, 'Security', { env: { account: '333333333333', region: 'us-east-1' } });
    const condition = new CfnCondition(billing, 'CostReportEnabled', { expression: Fn.conditionEquals('a', 'a') });
    const report = new CostReport(billing, 'CostReport', { condition });
    const role = new ReadOnlyRole(security, 'VendorRole', roleProps());
    expect(() => report.grantRead(role)).toThrow(/grantRead condition must be defined in the role's stack Security, got 'CostReportEnabled' of stack Billing/);
  });

  test('fails when a conditional report logs into a bucket of the same app', () => {
    const { stack } = stackIn();
    const logs = new s3.Bucket(stack, 'Logs');
    const condition = new CfnCondition(stack, 'CostReportEnabled', { expression: Fn.conditionEquals('a', 'a') });
    expect(() => new CostReport(stack, 'CostReport', { condition, accessLogsBucket: logs }))
      .toThrow(/accessLogsBucket must be an imported bucket when condition is set .*got '.*\/Logs'/);
  });

  describe('under a condition', () => {
    const conditionIn = (stack: Stack) => new CfnCondition(stack, 'CostReportEnabled', {
      expression: Fn.conditionEquals(new CfnParameter(stack, 'CreateCostReport').valueAsString, 'true'),
    });

    test('creates every resource of the report, and the grants, only when the condition holds', () => {
      const { stack } = stackIn();
      const report = new CostReport(stack, 'CostReport', { condition: conditionIn(stack), exports: [CostExport.cur2(), CostExport.legacyCur()] });
      const role = new ReadOnlyRole(stack, 'VendorRole', roleProps());
      report.grantRead(role);
      report.grantRead(role);
      const template = Template.fromStack(stack);
      const types = ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::BCMDataExports::Export', 'AWS::CUR::ReportDefinition', 'AWS::IAM::Policy'];
      for (const type of types) {
        expect([type, Object.values(template.findResources(type)).map((r) => r.Condition)]).toEqual([type, ['CostReportEnabled']]);
      }
      template.hasResource('AWS::IAM::ManagedPolicy', {
        Condition: 'CostReportEnabled',
        Properties: { PolicyDocument: { Statement: [Match.objectLike({ Action: 's3:GetObject' })] } },
      });
      expect(only(template, 'AWS::IAM::Role').Condition).toBeUndefined();
      const chosen = Object.values(template.findResources('AWS::IAM::ManagedPolicy'))
        .filter((r) => JSON.stringify(r.Properties.PolicyDocument).includes('DenyDataPlaneReads'))
        .flatMap((r) => r.Properties.PolicyDocument.Statement).filter((statement: any) => statement['Fn::If']);
      expect(chosen.map((statement: any) => statement['Fn::If'][0])).toEqual(['CostReportEnabled']);
    });

    test('grantRead takes a condition of its own', () => {
      const { stack } = stackIn();
      const report = new CostReport(stack, 'CostReport');
      const role = new ReadOnlyRole(stack, 'VendorRole', roleProps());
      report.grantRead(role, { condition: conditionIn(stack) });
      const template = Template.fromStack(stack);
      expect(only(template, 'AWS::IAM::Policy').Condition).toBe('CostReportEnabled');
      expect(only(template, 'AWS::S3::Bucket').Condition).toBeUndefined();
      expect(role.node.findChild('ListReports-CostReport')).toBeDefined();
    });
  });

  describe('cdk-nag AwsSolutions', () => {
    test('has no unacknowledged finding with defaults', () => {
      const { app, stack } = stackIn();
      new CostReport(stack, 'CostReport');
      expect(nagFindings(app)).toBe('');
    });

    test('has no unacknowledged finding with every kind, a vendor role and an access-log bucket', () => {
      const { app, stack } = stackIn();
      const report = new CostReport(stack, 'CostReport', { exports: [CostExport.cur2(), CostExport.focus(), CostExport.legacyCur()] });
      report.grantRead(new ReadOnlyRole(stack, 'VendorRole', roleProps()));
      const logged = new CostReport(stack, 'Logged', {
        exports: [CostExport.cur2({ name: 'logged', prefix: 'logged' })],
        accessLogsBucket: s3.Bucket.fromBucketName(stack, 'CentralLogs', 'central-access-logs'),
        accessLogsPrefix: 'access-logs/',
      });
      expect(logged.node.findChild('Bucket')).toBeDefined();
      expect(nagFindings(app)).toBe('');
    });
  });
});

describe('CostReport queries', () => {
  test('CUR 2.0 columns follow the table configuration, without duplicates', () => {
    expect(cur2Columns(true, false)).toHaveLength(114);
    expect(cur2Columns(false, false)).toHaveLength(113);
    expect(cur2Columns(true, true)).toHaveLength(125);
    expect(new Set(cur2Columns(true, true)).size).toBe(125);
    expect(CUR2_RESOURCE_COLUMNS).toEqual(['line_item_resource_id']);
    expect(CUR2_COLUMNS.filter((column) => /^split_line_item_|resource_id$/.test(column))).toEqual([]);
  });

  test('FOCUS 1.2 is FOCUS 1.0 without the two retired AWS columns, plus AWS\'s new ones', () => {
    const retired = ['x_UsageType', 'x_CostCategories'];
    const added = ['InvoiceId', 'CapacityReservationId', 'CapacityReservationStatus', 'CommitmentDiscountQuantity', 'CommitmentDiscountUnit',
      'ServiceSubcategory', 'SkuMeter', 'SkuPriceDetails', 'PricingCurrency', 'PricingCurrencyEffectiveCost', 'PricingCurrencyListUnitPrice',
      'PricingCurrencyContractedUnitPrice', 'BillingAccountType', 'SubAccountType'];
    expect([...FOCUS_1_2.columns].sort()).toEqual([...FOCUS_1_0.columns.filter((c) => !retired.includes(c)), ...added].sort());
    expect(FOCUS_1_0.columns).toHaveLength(48);
    expect(FOCUS_1_2.columns).toHaveLength(60);
  });

  test('every query fits Data Exports\' limit', () => {
    for (const [columns, table] of [[cur2Columns(true, true), 'COST_AND_USAGE_REPORT'], [FOCUS_1_0.columns, FOCUS_1_0.table], [FOCUS_1_2.columns, FOCUS_1_2.table]] as const) {
      expect(selectStatement(columns, table).length).toBeLessThanOrEqual(MAX_QUERY_CHARACTERS);
    }
  });

  test('CUR 2.0 and FOCUS together add at most 8 KB to the template', () => {
    // The published template embeds the role and a StackSet too, within CloudFormation's 51,200 bytes.
    const size = (props?: CostReportProps): number => {
      const { stack } = stackIn();
      new CfnWaitConditionHandle(stack, 'Baseline');
      if (props) {
        new CostReport(stack, 'CostReport', props);
      }
      return Buffer.byteLength(JSON.stringify(Template.fromStack(stack).toJSON()));
    };
    expect(size({ exports: [CostExport.cur2(), CostExport.focus()] }) - size()).toBeLessThanOrEqual(8 * 1024);
  });
});
