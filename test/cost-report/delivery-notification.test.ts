import { App, CfnCondition, CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CostExport } from '../../src/cost-report/cost-export';
import { CostReport, CostReportProps } from '../../src/cost-report/cost-report';
import { DeliveryNotification } from '../../src/cost-report/delivery-notification';
import { ReadOnlyRole } from '../../src/role/read-only-role';
import { CUSTOMER, simulate } from '../support/simulator';
import { roleProps } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

const TOPIC = 'arn:aws:sns:us-east-1:111111111111:cost-report-arrivals';
const BUS = 'arn:aws:events:us-east-1:111111111111:event-bus/cost-report-arrivals';
const ALL_KINDS = [CostExport.cur2(), CostExport.focus(), CostExport.legacyCur()];

function build(props: CostReportProps): { stack: Stack; template: any } {
  const app = new App();
  const stack = new Stack(app, 'Customer', { env: { account: CUSTOMER.accountId, region: 'us-east-1' } });
  new CostReport(stack, 'CostReport', { exports: ALL_KINDS, ...props });
  return { stack, template: Template.fromStack(stack).toJSON() };
}

function resourcesOf(template: any, type: string): any[] {
  return Object.values<any>(template.Resources).filter((resource) => resource.Type === type);
}

function errorOf(props: CostReportProps): string {
  try {
    build(props);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a synth error');
}

/**
 * Keys AWS writes, by kind: the data files and manifests of CUR 2.0 and FOCUS (Data Exports:
 * `<prefix>/<name>/data|metadata/BILLING_PERIOD=YYYY-MM/...`, with a dated folder when new versions are
 * kept) and of the legacy report (`<prefix>/<name>/<name>/year=/month=/` for Parquet that overwrites,
 * `<prefix>/<name>/YYYYMMDD-YYYYMMDD/[<assembly ID>/]` otherwise).
 */
const DATA_FILES = [
  'cur2/onboarding-cur2/data/BILLING_PERIOD=2026-11/onboarding-cur2-00001.snappy.parquet',
  'cur2/onboarding-cur2/data/BILLING_PERIOD=2026-11/2026-11-15T04:12:33.146Z-0c8d2f3e-6f1a-4b7c-9d2e-1a2b3c4d5e6f/onboarding-cur2-00001.snappy.parquet',
  'focus/onboarding-focus/data/BILLING_PERIOD=2026-11/onboarding-focus-00001.snappy.parquet',
  'cur/onboarding-cur/onboarding-cur/year=2026/month=11/onboarding-cur-00001.snappy.parquet',
  'cur/onboarding-cur/20261101-20261201/7b3e1c2d-8f9a-4b5c-a6d7-e8f9a0b1c2d3/onboarding-cur-1.csv.gz',
];
const MANIFESTS = [
  'cur2/onboarding-cur2/metadata/BILLING_PERIOD=2026-11/onboarding-cur2-Manifest.json',
  'focus/onboarding-focus/metadata/BILLING_PERIOD=2026-11/onboarding-focus-Manifest.json',
  'cur/onboarding-cur/20261101-20261201/onboarding-cur-Manifest.json',
];
/** What else lands in the bucket: the test object the legacy report writes when it checks the bucket, other exports' and other uses' files. */
const OTHER_KEYS = [
  'cur/aws-programmatic-access-test-object',
  'cur2/onboarding-cur2-copy/data/BILLING_PERIOD=2026-11/onboarding-cur2-copy-00001.snappy.parquet',
  'athena-results/2026/11/15/query.csv',
  'onboarding-cur2-Manifest.json',
];

/** S3's filter rule: the key starts with the prefix and ends with the suffix. */
function s3Matches(configurations: any[], key: string): boolean {
  return configurations.some((configuration) => configuration.Filter.S3Key.Rules.every((rule: any) =>
    (rule.Name === 'prefix' ? key.startsWith(rule.Value) : key.endsWith(rule.Value))));
}

/** EventBridge's content filters on a string: `prefix`, and `wildcard` where `*` matches any characters. */
function eventMatches(patterns: any[], key: string): boolean {
  return patterns.some((pattern) => (pattern.prefix !== undefined ? key.startsWith(pattern.prefix)
    : new RegExp(`^${pattern.wildcard.split('*').map((part: string) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(key)));
}

describe('DeliveryNotification.snsTopic', () => {
  test('sends object-created events under each export\'s <prefix>/<name>/ to the topic and keeps EventBridge', () => {
    const { template } = build({ deliveryNotification: DeliveryNotification.snsTopic(TOPIC) });
    const [bucket] = resourcesOf(template, 'AWS::S3::Bucket');
    const configuration = bucket.Properties.NotificationConfiguration;
    expect(configuration.EventBridgeConfiguration).toEqual({ EventBridgeEnabled: true });
    expect(configuration.TopicConfigurations).toEqual(['cur2/onboarding-cur2/', 'focus/onboarding-focus/', 'cur/onboarding-cur/'].map((prefix) => ({
      Event: 's3:ObjectCreated:*', Topic: TOPIC, Filter: { S3Key: { Rules: [{ Name: 'prefix', Value: prefix }] } },
    })));
  });

  test('the filter matches every report file of CUR 2.0, FOCUS and the legacy report, and nothing else', () => {
    const { template } = build({ deliveryNotification: DeliveryNotification.snsTopic(TOPIC) });
    const configurations = resourcesOf(template, 'AWS::S3::Bucket')[0].Properties.NotificationConfiguration.TopicConfigurations;
    for (const key of [...DATA_FILES, ...MANIFESTS]) expect([key, s3Matches(configurations, key)]).toEqual([key, true]);
    for (const key of OTHER_KEYS) expect([key, s3Matches(configurations, key)]).toEqual([key, false]);
  });

  test('manifestsOnly matches the manifests alone; prefix one export alone', () => {
    const manifests = build({ deliveryNotification: DeliveryNotification.snsTopic(TOPIC, { manifestsOnly: true }) }).template;
    const configurations = resourcesOf(manifests, 'AWS::S3::Bucket')[0].Properties.NotificationConfiguration.TopicConfigurations;
    expect(MANIFESTS.filter((key) => s3Matches(configurations, key))).toEqual(MANIFESTS);
    expect([...DATA_FILES, ...OTHER_KEYS].filter((key) => s3Matches(configurations, key))).toEqual([]);

    const focus = build({ deliveryNotification: DeliveryNotification.snsTopic(TOPIC, { prefix: 'focus' }) }).template;
    const focusConfigurations = resourcesOf(focus, 'AWS::S3::Bucket')[0].Properties.NotificationConfiguration.TopicConfigurations;
    expect([...DATA_FILES, ...MANIFESTS, ...OTHER_KEYS].filter((key) => s3Matches(focusConfigurations, key)))
      .toEqual([...DATA_FILES, ...MANIFESTS].filter((key) => key.startsWith('focus/')));
  });

  test('under a condition, the topic configurations exist only when it is true', () => {
    const app = new App();
    const stack = new Stack(app, 'Customer', { env: { account: CUSTOMER.accountId, region: 'us-east-1' } });
    const notify = new CfnCondition(stack, 'Notify', { expression: Fn.conditionEquals(new CfnParameter(stack, 'P').valueAsString, 'true') });
    new CostReport(stack, 'CostReport', { deliveryNotification: DeliveryNotification.snsTopic(TOPIC), deliveryNotificationCondition: notify });
    const bucket = resourcesOf(Template.fromStack(stack).toJSON(), 'AWS::S3::Bucket')[0];
    expect(bucket.Properties.NotificationConfiguration.TopicConfigurations).toEqual({ 'Fn::If': ['Notify', [expect.objectContaining({ Topic: TOPIC })], { Ref: 'AWS::NoValue' }] });
  });

  test('fails when the bucket is passed in, the topic is in another Region, or the prefix is no export\'s', () => {
    const app = new App();
    const other = new Stack(app, 'Other', { env: { account: CUSTOMER.accountId, region: 'us-east-1' } });
    const bucket = s3.Bucket.fromBucketName(other, 'Imported', 'customer-bucket');
    expect(errorOf({ bucket, deliveryNotification: DeliveryNotification.snsTopic(TOPIC) }))
      .toMatch(/deliveryNotification must be unset when bucket is given: the notification configuration belongs to the bucket's own template/);
    expect(errorOf({ deliveryNotification: DeliveryNotification.snsTopic('arn:aws:sns:eu-west-1:111111111111:t') }))
      .toMatch(/deliveryNotification topicArn must name a topic in the bucket's Region us-east-1 .*, got 'arn:aws:sns:eu-west-1:111111111111:t'/);
    expect(errorOf({ deliveryNotification: DeliveryNotification.snsTopic('sns:topic') })).toMatch(/deliveryNotification topicArn must be an SNS topic ARN/);
    expect(errorOf({ deliveryNotification: DeliveryNotification.snsTopic(TOPIC, { prefix: 'cost' }) }))
      .toMatch(/deliveryNotification prefix must be one of the exports' prefixes \(cur2, focus, cur\), got 'cost'/);
    expect(errorOf({ exports: [CostExport.cur2({ prefix: 'a', name: 'b' }), CostExport.focus({ prefix: 'a/b', name: 'c' })], deliveryNotification: DeliveryNotification.snsTopic(TOPIC) }))
      .toMatch(/deliveryNotification needs exports whose <prefix>\/<name>\/ do not contain one another \(S3 refuses overlapping notification filters\), got 'a\/b\/c\/' under 'a\/b\/'/);
  });
});

test('the vendor role\'s read access is the same with a notification of either kind as without', () => {
  const rolePolicies = (deliveryNotification?: DeliveryNotification) => {
    const app = new App();
    const stack = new Stack(app, 'Customer', { env: { account: CUSTOMER.accountId, region: 'us-east-1' } });
    const report = new CostReport(stack, 'CostReport', { exports: ALL_KINDS, bucketName: 'customer-cost-reports', deliveryNotification });
    report.grantRead(new ReadOnlyRole(stack, 'VendorRole', roleProps()));
    const template = Template.fromStack(stack).toJSON();
    return Object.entries<any>(template.Resources)
      .filter(([id, resource]) => id.startsWith('VendorRole') && resource.Type !== 'AWS::IAM::Role' || resource.Type === 'AWS::S3::BucketPolicy')
      .map(([id, resource]) => [id, resource.Properties]);
  };
  const without = rolePolicies();
  expect(without.length).toBeGreaterThan(2);
  expect(rolePolicies(DeliveryNotification.snsTopic(TOPIC))).toEqual(without);
  expect(rolePolicies(DeliveryNotification.eventBus(BUS))).toEqual(without);
});

describe('DeliveryNotification.eventBus', () => {
  test('a rule matches Object Created events of this bucket under the report prefixes and forwards them to the bus with its role', () => {
    const { template } = build({ deliveryNotification: DeliveryNotification.eventBus(BUS) });
    const [rule] = resourcesOf(template, 'AWS::Events::Rule');
    const bucketId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::S3::Bucket');
    expect(rule.Properties.EventPattern).toEqual({
      'source': ['aws.s3'],
      'detail-type': ['Object Created'],
      'detail': { bucket: { name: [{ Ref: bucketId }] }, object: { key: [{ prefix: 'cur2/onboarding-cur2/' }, { prefix: 'focus/onboarding-focus/' }, { prefix: 'cur/onboarding-cur/' }] } },
    });
    expect(rule.Properties.Targets).toEqual([{ Id: 'VendorEventBus', Arn: BUS, RoleArn: { 'Fn::GetAtt': [expect.stringMatching(/^CostReportDeliveryNotificationRole/), 'Arn'] } }]);
    // The bucket keeps sending to EventBridge, which the rule needs.
    expect(resourcesOf(template, 'AWS::S3::Bucket')[0].Properties.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
    const pattern = rule.Properties.EventPattern.detail.object.key;
    expect([...DATA_FILES, ...MANIFESTS, ...OTHER_KEYS].filter((key) => eventMatches(pattern, key))).toEqual([...DATA_FILES, ...MANIFESTS]);
  });

  test('manifestsOnly matches the manifests alone', () => {
    const { template } = build({ deliveryNotification: DeliveryNotification.eventBus(BUS, { manifestsOnly: true }) });
    const pattern = resourcesOf(template, 'AWS::Events::Rule')[0].Properties.EventPattern.detail.object.key;
    expect([...DATA_FILES, ...MANIFESTS, ...OTHER_KEYS].filter((key) => eventMatches(pattern, key))).toEqual(MANIFESTS);
  });

  test('the rule\'s role may put events on the vendor\'s bus and nothing else, and only EventBridge of this account assumes it', async () => {
    const { template } = build({ deliveryNotification: DeliveryNotification.eventBus(BUS) });
    const [role] = resourcesOf(template, 'AWS::IAM::Role');
    expect(role.Properties.Path).toBe(DeliveryNotification.ROLE_PATH);
    const identityPolicies = resourcesOf(template, 'AWS::IAM::Policy').map((policy: any) => ({ name: policy.Properties.PolicyName, policy: policy.Properties.PolicyDocument }));
    expect(resourcesOf(template, 'AWS::IAM::Policy')[0].Properties.Roles).toEqual([{ Ref: expect.stringMatching(/^CostReportDeliveryNotificationRole/) }]);
    const principal = `arn:aws:sts::${CUSTOMER.accountId}:assumed-role/delivery/events`;
    const put = (resource: string, action = 'events:PutEvents') => simulate({ principal, action, resource, identityPolicies });
    expect(await put(BUS)).toBe('Allowed');
    expect(await put('arn:aws:events:us-east-1:111111111111:event-bus/other')).toBe('ImplicitlyDenied');
    expect(await put(`arn:aws:events:us-east-1:${CUSTOMER.accountId}:event-bus/default`)).toBe('ImplicitlyDenied');
    expect(await put('arn:aws:s3:::customer-bucket/cur2/x', 's3:GetObject')).toBe('ImplicitlyDenied');
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([expect.objectContaining({
      Principal: { Service: 'events.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': CUSTOMER.accountId } },
    })]);
  });

  test('with a bucket passed in it warns that the bucket must send to EventBridge', () => {
    const app = new App();
    const stack = new Stack(app, 'Customer', { env: { account: CUSTOMER.accountId, region: 'us-east-1' } });
    const bucket = s3.Bucket.fromBucketName(stack, 'Imported', 'customer-bucket');
    new CostReport(stack, 'CostReport', { bucket, deliveryNotification: DeliveryNotification.eventBus(BUS) });
    Annotations.fromStack(stack).hasWarning('/Customer/CostReport', Match.stringLikeRegexp('sends its events to Amazon EventBridge'));
    Template.fromStack(stack).resourceCountIs('AWS::Events::Rule', 1);
  });

  test('fails when the bucket passed in is in another Region than the rule', () => {
    const app = new App();
    const other = new Stack(app, 'Other', { env: { account: CUSTOMER.accountId, region: 'eu-west-1' } });
    const bucket = s3.Bucket.fromBucketAttributes(other, 'Imported', { bucketName: 'customer-bucket', region: 'eu-west-1' });
    expect(errorOf({ bucket, deliveryNotification: DeliveryNotification.eventBus(BUS) }))
      .toMatch(/deliveryNotification needs the bucket in the stack's Region us-east-1 \(S3 sends its events to the default bus of the bucket's Region, where the rule is created\), got a bucket in 'eu-west-1'/);
  });

  test('fails when the bus ARN is not one', () => {
    expect(errorOf({ deliveryNotification: DeliveryNotification.eventBus('arn:aws:sns:us-east-1:111111111111:t') }))
      .toMatch(/deliveryNotification eventBusArn must be an event bus ARN/);
  });
});
