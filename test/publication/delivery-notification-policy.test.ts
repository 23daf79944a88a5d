import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CostExport } from '../../src/cost-report/cost-export';
import { CostReport } from '../../src/cost-report/cost-report';
import { DeliveryNotification } from '../../src/cost-report/delivery-notification';
import { deliveryNotificationPolicy } from '../../src/publication/delivery-notification-policy';
import { resolveIntrinsics } from '../../src/publication/resolve-intrinsics';
import { fileOf, publishConfig, publishExample, VENDOR_CONFIGS } from '../support/published';
import { CUSTOMER, deployedRole, simulate, simulateServiceAction } from '../support/simulator';
import { logicalIdOf } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

const VENDOR_ACCOUNT = '111111111111';
const TOPIC = `arn:aws:sns:us-east-1:${VENDOR_ACCOUNT}:cost-report-arrivals`;
const BUS = `arn:aws:events:us-east-1:${VENDOR_ACCOUNT}:event-bus/cost-report-arrivals`;

describe('the vendor\'s SNS topic policy', () => {
  const policy = deliveryNotificationPolicy(DeliveryNotification.snsTopic(TOPIC)).document;
  const publish = (principal: string, context: Record<string, string>) =>
    simulate({ principal, action: 'sns:Publish', resource: TOPIC, resourceAccount: VENDOR_ACCOUNT, identityPolicies: [], resourcePolicy: policy, context });

  test('admits S3 publishing for any customer\'s bucket, without listing accounts', async () => {
    for (const bucket of ['customerstack-costreportbucket1a2b3c4d-x9y8z7w6v5u4', 'acme-billing-reports']) {
      expect(await simulateServiceAction('s3.amazonaws.com', 'sns:Publish', TOPIC, policy,
        { 'aws:SourceArn': `arn:aws:s3:::${bucket}`, 'aws:SourceAccount': CUSTOMER.accountId })).toBe('Allowed');
    }
  });

  test('refuses another service, S3 on behalf of something else, and any account\'s principal', async () => {
    expect(await publish('events.amazonaws.com', { 'aws:SourceArn': 'arn:aws:s3:::customer-bucket' })).toBe('ImplicitlyDenied');
    expect(await publish('s3.amazonaws.com', { 'aws:SourceArn': `arn:aws:sqs:us-east-1:${CUSTOMER.accountId}:queue` })).toBe('ImplicitlyDenied');
    expect(await publish(`arn:aws:iam::${CUSTOMER.accountId}:role/anyone`, { 'aws:PrincipalArn': `arn:aws:iam::${CUSTOMER.accountId}:role/anyone` })).toBe('ImplicitlyDenied');
  });
});

describe('the vendor\'s event bus policy, with the customer\'s rule role', () => {
  const policy = deliveryNotificationPolicy(DeliveryNotification.eventBus(BUS)).document;
  // The customer's side as synthesized: the role the rule sends with, under the path the template gives it.
  const app = new App();
  const stack = new Stack(app, 'Customer', { env: { account: CUSTOMER.accountId, region: 'us-east-1' } });
  new CostReport(stack, 'CostReport', { exports: [CostExport.cur2()], deliveryNotification: DeliveryNotification.eventBus(BUS) });
  const template = Template.fromStack(stack);
  const role = deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role'));
  const roleArn = `arn:aws:iam::${CUSTOMER.accountId}:role${DeliveryNotification.ROLE_PATH}Customer-DeliveryNotificationRole-AB12CD34EF56`;
  const S3_EVENT: Record<string, string | string[]> = { 'events:source': ['aws.s3'], 'events:detail-type': ['Object Created'] };
  const put = (resource: string, context: Record<string, string | string[]>,
    principalArn = roleArn, identityPolicies = role.identityPolicies) => simulate({
    principal: `arn:aws:sts::${principalArn.split(':')[4]}:assumed-role/${principalArn.split('/').pop()}/events`,
    action: 'events:PutEvents',
    resource,
    resourceAccount: VENDOR_ACCOUNT,
    identityPolicies,
    resourcePolicy: policy,
    context: { 'aws:PrincipalArn': principalArn, ...context },
  });

  test('admits the rule\'s role of any account sending S3\'s Object Created events', async () => {
    expect(await put(BUS, S3_EVENT)).toBe('Allowed');
  });

  test('refuses other events, other roles and other buses', async () => {
    expect(await put(BUS, { ...S3_EVENT, 'events:source': ['aws.s3', 'com.example.fake'] })).toBe('ImplicitlyDenied');
    expect(await put(BUS, { ...S3_EVENT, 'events:detail-type': ['Object Deleted'] })).toBe('ImplicitlyDenied');
    expect(await put(BUS, { 'events:detail-type': ['Object Created'] })).toBe('ImplicitlyDenied');
    const anyone = `arn:aws:iam::${CUSTOMER.accountId}:role/anyone`;
    const allowAll = [{ name: 'all', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'events:PutEvents', Resource: '*' }] } }];
    expect(await put(BUS, S3_EVENT, anyone, allowAll)).toBe('ImplicitlyDenied');
    // The rule's role may put events on the vendor's bus alone.
    expect(await put(`arn:aws:events:us-east-1:${VENDOR_ACCOUNT}:event-bus/other`, S3_EVENT)).toBe('ImplicitlyDenied');
  });
});

describe('publication', () => {
  test('publishes the vendor\'s policy with the template, and PERMISSIONS.md says what leaves the account', () => {
    const { publication } = publishExample();
    const policy = JSON.parse(fileOf(publication, 'vendor/delivery-notification-policy.json'));
    expect(policy.Statement[0]).toMatchObject({ Principal: { Service: 's3.amazonaws.com' }, Action: 'sns:Publish', Resource: 'arn:aws:sns:us-east-1:111122223333:example-cloud-costs-report-arrivals' });
    expect(fileOf(publication, 'vendor/README.md')).toContain('aws sns set-topic-attributes --region us-east-1 --topic-arn arn:aws:sns:us-east-1:111122223333:example-cloud-costs-report-arrivals');
    const permissions = fileOf(publication, 'PERMISSIONS.md');
    expect(permissions).toContain('## What leaves your account: report-arrival notifications');
    expect(permissions).toContain(`For each new manifest of the cost report, ${DeliveryNotification.EVENT_CONTENTS} go to Example Cloud Costs's account: `
      + 'the bucket\'s S3 event notifications send them to the SNS topic `arn:aws:sns:us-east-1:111122223333:example-cloud-costs-report-arrivals`. The file\'s content never does.');
    // The manual path sets the same topic configurations, in the S3 API's shape, with the EventBridge setting.
    expect(JSON.parse(fileOf(publication, 'manual/cost-report/bucket-notification.json'))).toEqual({
      EventBridgeConfiguration: {},
      TopicConfigurations: ['cur2/example-cloud-costs-cur2/', 'focus/example-cloud-costs-focus/'].map((prefix) => ({
        TopicArn: 'arn:aws:sns:us-east-1:111122223333:example-cloud-costs-report-arrivals',
        Events: ['s3:ObjectCreated:*'],
        Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: prefix }, { Name: 'suffix', Value: '-Manifest.json' }] } },
      })),
    });
    expect(fileOf(publication, 'manual/README.md')).toContain(`# Leaves the account: for each new report file, S3's event (${DeliveryNotification.EVENT_CONTENTS}; never the file's content), to the vendor's SNS topic`);
    // The switch it names exists in the template and in Terraform.
    expect(publication.template.Parameters.NotifyVendorOfDeliveries.Default).toBe('true');
    expect(JSON.parse(fileOf(publication, 'terraform/main.tf.json')).variable.notify_vendor_of_deliveries).toMatchObject({ type: 'bool', default: true });
  });

  test('the customer\'s NotifyVendorOfDeliveries=false leaves the bucket\'s EventBridge setting alone and notifies no one', () => {
    const { publication } = publishExample();
    const template = publication.template;
    const [bucket] = Object.values<any>(template.Resources).filter((resource) => resource.Type === 'AWS::S3::Bucket');
    const deployed = (notify: string) => resolveIntrinsics(bucket.Properties.NotificationConfiguration, template,
      { ...CUSTOMER, parameters: { ExternalId: 'tenant-42', CreateCostReport: 'true', NotifyVendorOfDeliveries: notify } });
    expect(deployed('true').TopicConfigurations).toHaveLength(2);
    expect(deployed('false')).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
  });

  test('the event bus variant publishes the bus policy and the manual commands of the rule', () => {
    const publication = publishConfig(VENDOR_CONFIGS.find((file) => file.endsWith('cost-legacy-cur.json'))!);
    expect(fileOf(publication, 'vendor/README.md')).toContain('aws events put-permission --region us-east-1 --event-bus-name example-legacy-costs-arrivals');
    const manual = fileOf(publication, 'manual/README.md');
    expect(manual).toContain('aws events put-rule --region us-east-1 --name cost-report-delivery --event-pattern file://cost-report/delivery-notification-pattern.json');
    expect(JSON.parse(fileOf(publication, 'manual/cost-report/delivery-notification-pattern.json')).detail.object.key).toEqual([{ prefix: 'cur/example-legacy-cur/' }]);
    expect(fileOf(publication, 'PERMISSIONS.md')).toContain('For each new file of the export under `cur/`');
  });
});
