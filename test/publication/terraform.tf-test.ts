/**
 * The Terraform rendering, checked by Terraform itself: `terraform init` against the provider mirror
 * (no network), `terraform validate`, and `terraform test` planning the configuration with mocked
 * providers for every combination of the variables (cost report on and off, Region scope on and off,
 * OUs given or not), and once more with the default provider in eu-west-1. Each run asserts, inside
 * Terraform, that every IAM document, the bucket's settings, Region and policy, the exports and the
 * StackSet equal the CloudFormation template's, resolved for the same values in the Region the
 * template deploys in. Without `terraform` on PATH the tests are skipped and say so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveIntrinsics } from '../../src/publication/resolve-intrinsics';
import { terraformAddresses } from '../../src/publication/terraform-rendering';
import { EXAMPLE_CONFIG, fileOf, publishConfig, VENDOR_CONFIGS } from '../support/published';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

const PLUGIN_DIR = process.env.TF_PLUGIN_DIR ?? '/opt/tf-plugins';
const terraformVersion = spawnSync('terraform', ['version'], { encoding: 'utf8' });
const hasTerraform = terraformVersion.status === 0 && fs.existsSync(PLUGIN_DIR);
if (!hasTerraform) {
  // Visible in the test output: the Terraform rendering is then checked by the JSON tests only.
  process.stdout.write(`SKIPPED: Terraform checks need terraform on PATH and the provider mirror ${PLUGIN_DIR}; neither is on this machine.\n`);
}
const describeWithTerraform = hasTerraform ? describe : describe.skip;

const ACCOUNT = '333333333333';
const STACK_NAME = 'TestStack';

interface Combination {
  readonly name: string;
  /** Variable values by parameter: only the template's own parameters. */
  readonly costReport?: boolean;
  readonly regions?: string[];
  readonly ous?: string[];
  /** The default provider's Region. @default 'us-east-1' */
  readonly defaultRegion?: string;
}

/**
 * Every combination of the switches the template has: cost report on and off, Region scope on and off, OUs or none;
 * then every switch on with the default provider in another Region than us-east-1.
 */
function combinationsOf(template: any): Combination[] {
  const has = (name: string) => template.Parameters?.[name] !== undefined;
  const costReports = has('CreateCostReport') ? [true, false] : [undefined];
  const regionLists = has('AllowedRegions') ? [['eu-west-1', 'eu-central-1'], []] : [undefined];
  const ouLists = has('OrganizationalUnitIds') ? [['ou-ab12-cd34ef56'], []] : [undefined];
  const combinations = costReports.flatMap((costReport) => regionLists.flatMap((regions) => ouLists.map((ous) => ({
    name: [
      costReport === undefined ? undefined : `cost_${costReport ? 'on' : 'off'}`,
      regions === undefined ? undefined : `regions_${regions.length > 0 ? 'on' : 'off'}`,
      ous === undefined ? undefined : `ous_${ous.length > 0 ? 'on' : 'off'}`,
    ].filter((part) => part !== undefined).join('_') || 'defaults',
    costReport,
    regions,
    ous,
  }))));
  return [...combinations, { ...combinations[0], name: `${combinations[0].name}_default_provider_eu_west_1`, defaultRegion: 'eu-west-1' }];
}

/**
 * The Region CloudFormation deploys the template in when Terraform's default provider is in `defaultRegion`: a
 * template with a cost report deploys in us-east-1 only, where AWS offers the exports (the publication refuses another
 * Region); any other in whichever Region it is given.
 */
function deploymentRegion(template: any, defaultRegion: string): string {
  const hasCostReport = Object.values<any>(template.Resources).some((resource) => ['AWS::BCMDataExports::Export', 'AWS::CUR::ReportDefinition'].includes(resource.Type));
  return hasCostReport ? 'us-east-1' : defaultRegion;
}

function terraform(dir: string, args: string[]): string {
  try {
    return execFileSync('terraform', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' } });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    throw new Error(`terraform ${args.join(' ')} failed:\n${failed.stdout ?? ''}\n${failed.stderr ?? ''}`);
  }
}

function hcl(value: unknown): string {
  return JSON.stringify(value);
}

// The example with its member template embedded in the StackSet (template_body), the form that the
// configs, which take it from its URL (template_url), do not show.
const EMBEDDED_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'terraform-embedded-'));
const EMBEDDED_CONFIG = path.join(EMBEDDED_DIR, 'onboarding.json');
fs.writeFileSync(EMBEDDED_CONFIG, JSON.stringify({ ...JSON.parse(fs.readFileSync(EXAMPLE_CONFIG, 'utf8')), memberAccounts: { embedTemplate: true } }));
afterAll(() => fs.rmSync(EMBEDDED_DIR, { recursive: true, force: true }));

describeWithTerraform.each([
  ...VENDOR_CONFIGS.map((file) => [path.relative(path.dirname(EXAMPLE_CONFIG), file), file]),
  ['onboarding.json with memberAccounts.embedTemplate', EMBEDDED_CONFIG],
])('the Terraform rendering of %s, checked by Terraform', (_name, configFile) => {
  const publication = publishConfig(configFile);
  const template = publication.template;
  const addresses = terraformAddresses(template);
  const COMBINATIONS = combinationsOf(template);
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'terraform-rendering-'));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), fileOf(publication, 'terraform/main.tf.json'));
    terraform(dir, ['init', '-input=false', '-no-color', `-plugin-dir=${PLUGIN_DIR}`]);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('validates', () => {
    expect(terraform(dir, ['validate', '-no-color'])).toContain('The configuration is valid');
  });

  test('plans every combination of the variables with mocked providers, and each equals the template', () => {
    const bucketId = Object.entries<any>(template.Resources).find(([, resource]) => resource.Type === 'AWS::S3::Bucket')?.[0];
    const bucketName = bucketId?.toLowerCase();
    const expected = path.join(dir, 'expected');
    // A mocked provider in a Region: its aws_region and its buckets' Region are that Region, so a run sees which
    // provider each resource and each Region reference is on.
    const mockProvider = (alias: string | undefined, region: string) => [
      'mock_provider "aws" {',
      ...(alias ? [`  alias = ${hcl(alias)}`] : []),
      // Mocked values must still be ARNs where the provider checks them.
      '  mock_resource "aws_iam_policy" {',
      `    defaults = { arn = ${hcl(`arn:aws:iam::${ACCOUNT}:policy/mocked`)} }`,
      '  }',
      '  mock_resource "aws_iam_role" {',
      `    defaults = { arn = ${hcl(`arn:aws:iam::${ACCOUNT}:role/mocked`)} }`,
      '  }',
      '  mock_data "aws_region" {',
      `    defaults = { name = ${hcl(region)} }`,
      '  }',
      ...(bucketId ? [
        // The template's one bucket; known while planning, so that the documents that name it can be compared without an apply.
        '  mock_resource "aws_s3_bucket" {',
        `    defaults = { id = ${hcl(bucketName)}, bucket = ${hcl(bucketName)}, arn = ${hcl(`arn:aws:s3:::${bucketName}`)}, region = ${hcl(region)} }`,
        '    override_during = plan',
        '  }',
      ] : []),
      '}',
    ];
    const lines: string[] = [
      ...mockProvider(undefined, 'us-east-1'),
      ...mockProvider('us_east_1', 'us-east-1'),
      ...mockProvider('eu_west_1', 'eu-west-1'),
      'override_data {',
      '  target = data.aws_partition.current',
      '  values = { partition = "aws", dns_suffix = "amazonaws.com" }',
      '}',
    ];
    let assertions = 0;
    for (const combination of COMBINATIONS) {
      const defaultRegion = combination.defaultRegion ?? 'us-east-1';
      const deployment = {
        accountId: ACCOUNT,
        region: deploymentRegion(template, defaultRegion),
        parameters: {
          ExternalId: 'customer-1234',
          AccountLabel: 'payments-prod',
          ...(combination.regions !== undefined ? { AllowedRegions: combination.regions.join(',') } : {}),
          ...(combination.costReport !== undefined ? { CreateCostReport: String(combination.costReport) } : {}),
          ...(combination.ous !== undefined ? { OrganizationalUnitIds: combination.ous.join(',') } : {}),
        },
      };
      const resolve = (value: unknown) => resolveIntrinsics(value, template, deployment);
      const holds = (condition: string | undefined) => condition === undefined || resolve({ 'Fn::If': [condition, true, false] }) === true;
      const folder = path.join(expected, combination.name);
      fs.mkdirSync(folder, { recursive: true });
      const file = (name: string, content: unknown) => {
        const at = path.join(folder, name);
        fs.writeFileSync(at, typeof content === 'string' ? content : JSON.stringify(content));
        return `${hcl(path.relative(dir, at))}`;
      };
      const asserts: string[] = [];
      const assert = (condition: string, message: string) => {
        asserts.push(`  assert {\n    condition     = ${condition}\n    error_message = ${hcl(message)}\n  }`);
      };
      for (const [logicalId, resource] of Object.entries<any>(template.Resources)) {
        const address = addresses.get(logicalId)!;
        const present = holds(resource.Condition);
        const instance = resource.Condition ? `${address}[0]` : address;
        if (resource.Condition) {
          assert(`length(${address}) == ${present ? 1 : 0}`, `${logicalId} is created exactly when its condition ${resource.Condition} holds`);
        }
        if (!present) continue;
        const props = resource.Properties;
        switch (resource.Type) {
          case 'AWS::IAM::Role':
            assert(`jsondecode(${instance}.assume_role_policy) == jsondecode(file(${file(`${logicalId}.trust.json`, resolve(props.AssumeRolePolicyDocument))}))`,
              `the trust policy of ${logicalId} differs from the template's`);
            if (props.RoleName !== undefined) {
              assert(`${instance}.name == ${hcl(resolve(props.RoleName))}`, `the name of ${logicalId} differs`);
            }
            if (props.Path !== undefined) {
              assert(`${instance}.path == ${hcl(props.Path)}`, `the path of ${logicalId} differs`);
            }
            assert(`jsonencode(${instance}.tags) == jsonencode(${hcl(Object.fromEntries(resolve(props.Tags).map((tag: any) => [tag.Key, tag.Value])))})`, `the tags of ${logicalId} differ`);
            break;
          case 'AWS::IAM::ManagedPolicy':
          case 'AWS::IAM::Policy':
          case 'AWS::S3::BucketPolicy':
            assert(`jsondecode(${instance}.policy) == jsondecode(file(${file(`${logicalId}.json`, resolve(props.PolicyDocument))}))`,
              `the policy document of ${logicalId} differs from the template's`);
            break;
          case 'AWS::S3::Bucket': {
            const settings = address.replace('aws_s3_bucket.', '');
            assert(`${instance}.region == ${hcl(deployment.region)}`, `the bucket is not in ${deployment.region}, where the template deploys`);
            assert(`aws_s3_bucket_versioning.${settings}[0].versioning_configuration[0].status == ${hcl(props.VersioningConfiguration.Status)}`, 'versioning differs');
            const block = props.PublicAccessBlockConfiguration;
            assert(`aws_s3_bucket_public_access_block.${settings}[0].block_public_acls == ${block.BlockPublicAcls} && `
              + `aws_s3_bucket_public_access_block.${settings}[0].block_public_policy == ${block.BlockPublicPolicy} && `
              + `aws_s3_bucket_public_access_block.${settings}[0].ignore_public_acls == ${block.IgnorePublicAcls} && `
              + `aws_s3_bucket_public_access_block.${settings}[0].restrict_public_buckets == ${block.RestrictPublicBuckets}`, 'the public access block differs');
            const encryption = props.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm;
            assert(`one(one(aws_s3_bucket_server_side_encryption_configuration.${settings}[0].rule).apply_server_side_encryption_by_default).sse_algorithm == ${hcl(encryption)}`,
              'the encryption differs');
            assert(`aws_s3_bucket_ownership_controls.${settings}[0].rule[0].object_ownership == ${hcl(props.OwnershipControls.Rules[0].ObjectOwnership)}`, 'the object ownership differs');
            const rule = props.LifecycleConfiguration.Rules[0];
            assert(`aws_s3_bucket_lifecycle_configuration.${settings}[0].rule[0].noncurrent_version_expiration[0].noncurrent_days == ${rule.NoncurrentVersionExpiration.NoncurrentDays}`,
              'the lifecycle differs');
            assert(`jsonencode(${instance}.tags) == jsonencode(${hcl(Object.fromEntries(resolve(props.Tags).map((tag: any) => [tag.Key, tag.Value])))})`, 'the bucket tags differ');
            // The delivery notification's topics, when the deployment has them: the same topics and filters.
            const topics = (resolve(props.NotificationConfiguration).TopicConfigurations ?? []).map((topic: any) => [topic.Topic, topic.Event,
              ...['prefix', 'suffix'].map((name) => topic.Filter.S3Key.Rules.find((filterRule: any) => filterRule.Name === name)?.Value ?? null)]);
            assert(`jsonencode([for topic in aws_s3_bucket_notification.${settings}[0].topic : [topic.topic_arn, one(topic.events), topic.filter_prefix, topic.filter_suffix]]) == jsonencode(${hcl(topics)})`,
              'the delivery notification topics differ');
            assert(`aws_s3_bucket_notification.${settings}[0].eventbridge == true`, 'the bucket no longer sends its events to EventBridge');
            break;
          }
          case 'AWS::Events::Rule': {
            assert(`jsondecode(${instance}.event_pattern) == jsondecode(file(${file(`${logicalId}.pattern.json`, resolve(props.EventPattern))}))`, `the event pattern of ${logicalId} differs`);
            const [target] = resolve(props.Targets);
            const targetAddress = `aws_cloudwatch_event_target.${address.split('.')[1]}_vendor_event_bus[0]`;
            assert(`${targetAddress}.arn == ${hcl(target.Arn)} && ${targetAddress}.target_id == ${hcl(target.Id)}`, `the target of ${logicalId} differs`);
            break;
          }
          case 'AWS::BCMDataExports::Export': {
            const exported = resolve(props.Export);
            assert(`${instance}.export[0].name == ${hcl(exported.Name)}`, `the name of ${logicalId} differs`);
            assert(`${instance}.export[0].data_query[0].query_statement == file(${file(`${logicalId}.sql`, exported.DataQuery.QueryStatement)})`, `the query of ${logicalId} differs`);
            assert(`jsonencode(${instance}.export[0].data_query[0].table_configurations) == jsonencode(${hcl(exported.DataQuery.TableConfigurations ?? null)})`, `the table configuration of ${logicalId} differs`);
            const destination = exported.DestinationConfigurations.S3Destination;
            assert(`${instance}.export[0].destination_configurations[0].s3_destination[0].s3_bucket == ${hcl(destination.S3Bucket)} && `
              + `${instance}.export[0].destination_configurations[0].s3_destination[0].s3_prefix == ${hcl(destination.S3Prefix)} && `
              + `${instance}.export[0].destination_configurations[0].s3_destination[0].s3_region == ${hcl(destination.S3Region)}`, `the destination of ${logicalId} differs`);
            break;
          }
          case 'AWS::CUR::ReportDefinition': {
            const report = resolve(props);
            assert(`${instance}.report_name == ${hcl(report.ReportName)} && ${instance}.s3_prefix == ${hcl(report.S3Prefix)} && ${instance}.s3_region == ${hcl(report.S3Region)} && `
              + `${instance}.s3_bucket == ${hcl(report.S3Bucket)} && ${instance}.time_unit == ${hcl(report.TimeUnit)} && ${instance}.format == ${hcl(report.Format)}`,
            `the report definition ${logicalId} differs`);
            break;
          }
          case 'AWS::CloudFormation::StackSet': {
            if (props.TemplateURL !== undefined) {
              // Taken from the member template the vendor hosts beside the template, as the StackSet takes it.
              assert(`${instance}.template_url == ${hcl(resolve(props.TemplateURL))}`, 'the member template URL differs');
            } else {
              assert(`jsondecode(${instance}.template_body) == jsondecode(file(${file(`${logicalId}.member.json`, resolve(props.TemplateBody))}))`, 'the member template differs');
            }
            assert(`jsonencode(${instance}.parameters) == jsonencode(${hcl(Object.fromEntries(resolve(props.Parameters).map((parameter: any) => [parameter.ParameterKey, parameter.ParameterValue])))})`,
              'the StackSet parameters differ');
            assert(`${instance}.permission_model == "SERVICE_MANAGED" && ${instance}.auto_deployment[0].enabled == true`, 'the StackSet is not service-managed with auto-deployment');
            const instances = [...addresses.values()].filter((candidate) => candidate.startsWith('aws_cloudformation_stack_set_instance.'));
            for (const stackInstance of instances) {
              assert(`toset(${stackInstance}[0].deployment_targets[0].organizational_unit_ids) == toset(${hcl(combination.ous ?? [])})`, 'the stack instances target other OUs');
            }
            break;
          }
          default:
        }
      }
      assert(`output.template_version == ${hcl(resolve(template.Outputs.TemplateVersion.Value))}`, 'the version output differs');
      assertions += asserts.length;
      lines.push(
        `run ${hcl(combination.name)} {`,
        '  command = plan',
        // The default provider in another Region; the alias stays in its own.
        ...(defaultRegion === 'us-east-1' ? [] : [`  providers = {\n    aws           = aws.${defaultRegion.replace(/-/g, '_')}\n    aws.us_east_1 = aws.us_east_1\n  }`]),
        '  variables {',
        `    account_id              = ${hcl(ACCOUNT)}`,
        `    name                    = ${hcl(STACK_NAME)}`,
        '    external_id             = "customer-1234"',
        '    account_label           = "payments-prod"',
        ...(combination.costReport !== undefined ? [`    create_cost_report      = ${combination.costReport}`] : []),
        ...(combination.regions !== undefined ? [`    allowed_regions         = ${hcl(combination.regions)}`] : []),
        ...(combination.ous !== undefined ? [`    organizational_unit_ids = ${hcl(combination.ous)}`] : []),
        '  }',
        ...asserts,
        '}',
      );
    }
    // The variables refuse what the template's parameters refuse.
    // A well-formed code that is no Region (eu-wst-1) is refused by the rule the template has, translated.
    const refused = ([['external_id', 'x'], ['allowed_regions', ['eu-west']], ['allowed_regions', ['eu-west-1', 'eu-wst-1']], ['account_label', 'prod<script>']] as const)
      .filter(([variable]) => JSON.parse(fileOf(publication, 'terraform/main.tf.json')).variable[variable] !== undefined);
    for (const [variable, value] of refused) {
      lines.push(
        `run "refuses_${variable}_${JSON.stringify(value).replace(/\W+/g, '_')}" {`,
        '  command = plan',
        `  variables {\n    account_id = ${hcl(ACCOUNT)}\n    ${variable === 'external_id' ? '' : 'external_id = "customer-1234"\n    '}${variable} = ${hcl(value)}\n  }`,
        `  expect_failures = [var.${variable}]`,
        '}',
      );
    }
    fs.mkdirSync(path.join(dir, 'tests'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'tests', 'rendering.tftest.hcl'), `${lines.join('\n')}\n`);

    const output = terraform(dir, ['test', '-no-color']);

    expect(output).toMatch(new RegExp(`Success! ${COMBINATIONS.length + refused.length} passed, 0 failed`));
    expect(assertions).toBeGreaterThan(COMBINATIONS.length * 5);
  });
});
