/**
 * aws-cdk-lib's built-in CloudFormation validator, run over every variant of the constructs' templates
 * in one file: each report kind and option, each StackSet option and each profile's member template.
 * The validator throws at synthesis on a property CloudFormation's schema refuses. The files that
 * test behaviour leave it out (test/support/validator.ts): it costs more than the behaviour they test.
 */
import { App, CfnCondition, CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import {
  CallAs, CostExport, CostReport, CostReportArtifact, CostReportCompression, CostReportFormat, CostReportVersioning, CostTimeGranularity,
  DeliveryNotification,
  ExternalId, FocusVersion, MemberAccountsStackSet, PermissionProfile, ReadOnlyRole, StackSetTarget, TrustedPrincipal,
} from '../src';

const US_EAST_1 = { env: { account: '333333333333', region: 'us-east-1' } };
const ROLE = { trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/vendor-reader'), externalId: ExternalId.of('customer-1234') };

function synthesizes(build: (stack: Stack) => void): Template {
  expect(process.env.CDK_VALIDATION).not.toBe('false');
  const stack = new Stack(new App(), 'Customer', US_EAST_1);
  build(stack);
  return Template.fromStack(stack);
}

describe('CloudFormation accepts every variant of the templates', () => {
  test('a cost report with every export kind and option, read by a role', () => {
    const template = synthesizes((stack) => {
      const role = new ReadOnlyRole(stack, 'Role', { ...ROLE, profile: PermissionProfile.COST, allowedRegions: ['eu-west-1'] });
      new CostReport(stack, 'Report', {
        exports: [
          CostExport.cur2({ name: 'hourly', prefix: 'cur2', timeGranularity: CostTimeGranularity.HOURLY, includeResourceIds: true, splitCostAllocationData: true }),
          CostExport.cur2({ name: 'daily-csv', prefix: 'csv', format: CostReportFormat.CSV, versioning: CostReportVersioning.CREATE_NEW_REPORT }),
          CostExport.focus({ name: 'focus', prefix: 'focus', version: FocusVersion.V1_2 }),
          CostExport.legacyCur({
            name: 'legacy', prefix: 'legacy', compression: CostReportCompression.PARQUET, format: CostReportFormat.PARQUET, artifacts: [CostReportArtifact.ATHENA],
          }),
        ],
      }).grantRead(role);
    });
    template.resourceCountIs('AWS::BCMDataExports::Export', 3);
    template.resourceCountIs('AWS::CUR::ReportDefinition', 1);
  });

  test.each([
    ['an SNS topic, manifests only', DeliveryNotification.snsTopic('arn:aws:sns:us-east-1:111111111111:arrivals', { manifestsOnly: true })],
    ['an event bus, one export', DeliveryNotification.eventBus('arn:aws:events:us-east-1:111111111111:event-bus/arrivals', { prefix: 'focus' })],
  ])('a cost report under a condition that notifies %s', (_name, deliveryNotification) => {
    synthesizes((stack) => {
      const enabled = new CfnParameter(stack, 'CreateCostReport', { allowedValues: ['true', 'false'], default: 'true' });
      const condition = new CfnCondition(stack, 'CostReportEnabled', { expression: Fn.conditionEquals(enabled.valueAsString, 'true') });
      new CostReport(stack, 'Report', { condition, exports: [CostExport.cur2(), CostExport.focus(), CostExport.legacyCur()], deliveryNotification });
    });
  });

  test('a cost report under a condition, with access logs into an imported bucket', () => {
    synthesizes((stack) => {
      const enabled = new CfnParameter(stack, 'CreateCostReport', { allowedValues: ['true', 'false'], default: 'true' });
      const condition = new CfnCondition(stack, 'CostReportEnabled', { expression: Fn.conditionEquals(enabled.valueAsString, 'true') });
      const logs = s3.Bucket.fromBucketName(stack, 'Logs', 'customer-access-logs');
      const role = new ReadOnlyRole(stack, 'Role', { ...ROLE, profile: PermissionProfile.COST });
      new CostReport(stack, 'Report', { condition, accessLogsBucket: logs }).grantRead(role);
    });
  });

  test.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('a StackSet with every option, and the %s member template', (_name, profile) => {
    const template = synthesizes((stack) => {
      const role = new ReadOnlyRole(stack, 'Role', {
        ...ROLE,
        profile,
        allowedRegions: ['eu-west-1', 'eu-central-1'],
        pinnedPermissions: profile === PermissionProfile.SECURITY_AUDIT,
        optInFeatures: [{ name: 'Tagging', reason: 'Tags resources.', actions: ['tag:TagResources'], enabled: 'true' }],
      });
      new MemberAccountsStackSet(stack, 'Members', {
        role,
        target: StackSetTarget.organizationRoot('r-ab12', { excludeAccounts: ['555555555555'] }),
        callAs: CallAs.DELEGATED_ADMIN,
        stackSetName: 'vendor-members',
      });
    });
    const stackSet = Object.values<any>(template.findResources('AWS::CloudFormation::StackSet'))[0];
    expect(JSON.parse(stackSet.Properties.TemplateBody).Resources).toBeDefined();
  });
});
