import * as path from 'node:path';
import { terraformAddresses } from '../../src/publication/terraform-rendering';
import { fileOf, publishConfig, publishExample, VENDOR_CONFIGS } from '../support/published';

describe('the Terraform rendering', () => {
  const { publication } = publishExample();
  const variables: Record<string, any> = JSON.parse(fileOf(publication, 'terraform/main.tf.json')).variable;

  test('every check\'s message names the variable the user sets, not the template\'s parameter', () => {
    const checks = Object.entries(variables)
      .flatMap(([name, variable]) => (variable.validation ?? []).map((check: any) => [name, check.error_message]));
    expect(checks.length).toBeGreaterThan(3);
    expect(checks.filter(([name, message]) => !message.startsWith(`${name} `))).toEqual([]);
    // No message names a parameter of the template.
    const parameters = Object.keys(publication.template.Parameters);
    expect(checks.filter(([, message]) => parameters.some((parameter) => message.includes(parameter)))).toEqual([]);
  });

  test('the StackSet is named after the stack name the quick-create link offers, as the template names it after its stack', () => {
    expect(variables.name.default).toBe(new URL(publication.quickCreateUrl('x').replace('#/', '')).searchParams.get('stackName'));
  });
});

describe.each(VENDOR_CONFIGS.map((file) => [path.basename(file), file]))('the Terraform rendering of %s, in the Region the template deploys in', (_name, file) => {
  const published = publishConfig(file);
  const template = published.template;
  const configuration = JSON.parse(fileOf(published, 'terraform/main.tf.json'));
  const text = JSON.stringify(configuration);
  const resources = Object.entries<Record<string, any>>(configuration.resource)
    .flatMap(([type, byName]) => Object.entries(byName).map(([name, body]) => ({ address: `${type}.${name}`, type, provider: body.provider })));
  const hasCostReport = Object.values<any>(template.Resources).some((resource) => ['AWS::BCMDataExports::Export', 'AWS::CUR::ReportDefinition'].includes(resource.Type));
  // The alias CloudFormation's Region maps to: the exports' own, the Region AWS offers them in.
  const alias = configuration.provider.aws.find((provider: any) => provider.region === 'us-east-1')?.alias;
  // Every data source of a Region that the configuration reads.
  const regionReferences = [...new Set(text.match(/data\.aws_region\.\w+/g) ?? [])];

  test('every regional resource is on the provider of the Region the template deploys in: us-east-1 with a cost report, as in CloudFormation, else the default; IAM is global', () => {
    expect(alias).toBe('us_east_1');
    const regional = resources.filter((resource) => !resource.type.startsWith('aws_iam_'));
    if (hasCostReport) {
      // The bucket, its settings, policy and notification, the exports, the delivery rule and the StackSet, whichever the template has.
      expect(regional.map((resource) => resource.type)).toEqual(expect.arrayContaining(['aws_s3_bucket', 'aws_s3_bucket_policy', 'aws_s3_bucket_notification']));
      expect(regional.filter((resource) => resource.provider !== `aws.${alias}`)).toEqual([]);
    } else {
      // A template without a cost report deploys in any Region: the default provider's.
      expect(regional.filter((resource) => resource.provider !== undefined)).toEqual([]);
    }
    expect(resources.filter((resource) => resource.type.startsWith('aws_iam_') && resource.provider !== undefined)).toEqual([]);
  });

  test('AWS::Region (the Region scope\'s home Region) is the Region of the provider the regional resources are on', () => {
    const scope = Object.entries<any>(template.Resources)
      .find(([, resource]) => JSON.stringify(resource.Properties?.PolicyDocument ?? {}).includes('"DenyOutsideAllowedRegionsAndHome"'));
    expect(scope).toBeDefined();
    const [type, name] = terraformAddresses(template).get(scope![0])!.split('.');
    const policy: string = configuration.resource[type][name].policy;
    // One Region throughout: the home Region of the Region scope is the one the exports' S3Region names too.
    expect(regionReferences.length).toBe(1);
    expect(policy.match(/data\.aws_region\.\w+/g)).toEqual([regionReferences[0]]);
    const regionData = configuration.data.aws_region[regionReferences[0].split('.')[2]];
    expect(regionData).toEqual(hasCostReport ? { provider: `aws.${alias}` } : {});
  });
});
