import { App, Aws, CfnParameter, Fn } from 'aws-cdk-lib';
import { CostExport, ExternalId, OnboardingPublication, OnboardingStack, PermissionProfile, TrustedPrincipal } from '../../src';
import { renderForReview } from '../../src/publication/review-text';
import { fileOf } from '../support/published';

const TEMPLATE = {
  Parameters: { ReportBucket: { Type: 'String' }, Regions: { Type: 'CommaDelimitedList' } },
  Resources: {
    Bucket1: { Type: 'AWS::S3::Bucket', Properties: {} },
    Named: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'ReportBucket' } } },
    Role1: { Type: 'AWS::IAM::Role', Properties: { RoleName: 'Reader', Path: '/vendor/' } },
    Queue1: { Type: 'AWS::SQS::Queue' },
  },
  Outputs: { BucketName: { Value: { Ref: 'Bucket1' } } },
};
const render = (value: unknown, partition = 'aws') => renderForReview(value, TEMPLATE, partition);

describe('a template value rendered for review', () => {
  test('literals stay as they are', () => {
    expect(render('arn:aws:s3:::my-bucket/cur2/*')).toBe('arn:aws:s3:::my-bucket/cur2/*');
    expect(render(3600)).toBe('3600');
  });

  test('a bucket is named by its parameter, by the output that shows it, or by its logical ID', () => {
    expect(render({ 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Named', 'Arn'] }, '/cur2/*']] })).toBe('arn:aws:s3:::<parameter ReportBucket>/cur2/*');
    expect(render({ 'Fn::Join': ['', [{ 'Fn::GetAtt': ['Bucket1', 'Arn'] }, '/focus/*']] }, 'aws-cn')).toBe('arn:aws-cn:s3:::<bucket in output BucketName>/focus/*');
    expect(render({ Ref: 'Bucket1' })).toBe('<bucket in output BucketName>');
    expect(render({ Ref: 'Queue1' })).toBe('<queue Queue1>');
  });

  test('pseudo parameters, parameters, Fn::Sub, Fn::If and attributes read as text', () => {
    expect(render({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':policy/Boundary']] }, 'aws-us-gov'))
      .toBe('arn:aws-us-gov:iam::<your account ID>:policy/Boundary');
    expect(render({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${ReportBucket}/${Bucket1.Arn}' })).toBe('arn:aws:s3:::<parameter ReportBucket>/arn:aws:s3:::<bucket in output BucketName>');
    expect(render({ 'Fn::Sub': ['${Prefix}/*', { Prefix: 'cur2' }] })).toBe('cur2/*');
    expect(render({ 'Fn::GetAtt': ['Role1', 'Arn'] })).toBe('arn:aws:iam::<your account ID>:role/vendor/Reader');
    expect(render({ 'Fn::GetAtt': ['Queue1', 'QueueUrl'] })).toBe('<QueueUrl of Queue1>');
    expect(render({ 'Fn::If': ['Enabled', 'a', { Ref: 'AWS::NoValue' }] })).toBe('a (if Enabled)');
    expect(render({ 'Fn::If': ['Enabled', 'a', 'b'] })).toBe('a (if Enabled; otherwise b)');
    expect(render({ 'Fn::Join': [',', { Ref: 'Regions' }] })).toBe('<parameter Regions>');
  });

  test('an intrinsic it does not know is shown as the template has it, never as an object stringified', () => {
    expect(render({ 'Fn::Select': [0, { 'Fn::GetAZs': '' }] })).toBe('{"Fn::Select":[0,{"Fn::GetAZs":""}]}');
  });
});

describe('PERMISSIONS.md of a CDK app', () => {
  test('names a report bucket given as a parameter, and grants on tokens, as the reviewer will see them', () => {
    // GIVEN a stack whose report bucket name and an additional grant's resource are known at deployment only
    const stack = new OnboardingStack(new App(), 'Onboarding', {
      vendorName: 'Acme',
      trustedPrincipal: TrustedPrincipal.account('444455556666'),
      externalId: ExternalId.of('customer-42'),
      profile: PermissionProfile.COST,
      additionalGrants: [{ actions: ['ecs:DescribeServices'], resources: [`arn:${Aws.PARTITION}:ecs:${Aws.REGION}:${Aws.ACCOUNT_ID}:service/*`], reason: 'Attributes container costs.' }],
      costReport: { exports: [CostExport.cur2({ prefix: 'cur2' })] },
    });
    // WHEN it is published
    const permissions = fileOf(OnboardingPublication.of(stack, { templateName: 'acme', baseUrl: 'https://acme.s3.amazonaws.com/' }), 'PERMISSIONS.md');
    // THEN each value reads as text
    expect(permissions).toContain('- Principal: `arn:aws:iam::444455556666:root`');
    expect(permissions).toContain('`arn:aws:ecs:<the stack\'s Region>:<your account ID>:service/*`');
    expect(permissions).toContain('| `s3:GetObject` | `arn:aws:s3:::<bucket in output CostReportBucketName>/cur2/*` |');
    expect(permissions).not.toMatch(/\[object Object\]|\$\{Token\[/);
  });

  test('names a bucket whose name is a parameter by that parameter', () => {
    const app = new App();
    const stack = new OnboardingStack(app, 'Onboarding', {
      vendorName: 'Acme',
      trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::444455556666:role/reader'),
      externalId: ExternalId.of('customer-42'),
      profile: PermissionProfile.COST,
      costReport: { exports: [CostExport.cur2({ prefix: 'cur2' })], bucketName: Fn.ref('ReportBucketName') },
    });
    new CfnParameter(stack, 'ReportBucketName', { type: 'String' });
    const permissions = fileOf(OnboardingPublication.of(stack, { templateName: 'acme', baseUrl: 'https://acme.s3.amazonaws.com/' }), 'PERMISSIONS.md');
    expect(permissions).toContain('| `s3:GetObject` | `arn:aws:s3:::<parameter ReportBucketName>/cur2/*` |');
  });
});
