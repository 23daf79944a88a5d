import { Stage, Token } from 'aws-cdk-lib';
import { deliveryNotificationPolicy } from './delivery-notification-policy';
import { formatTemplate } from './format-template';
import { renderManualPath } from './manual-rendering';
import { renderPermissionsDocument } from './permissions-document';
import { renderForReview } from './review-text';
import { renderTerraformConfiguration } from './terraform-rendering';
import { consoleHostOf, PARTITIONS, partitionOf, regionProblem } from '../core/partitions';
import { PATTERNS } from '../core/patterns';
import { isLiteral, PropsValidator, synthError } from '../core/validation';
import { DeliveryNotification } from '../cost-report/delivery-notification';
import { OnboardingStack } from '../onboarding-stack/onboarding-stack';

/**
 * Where and how the vendor publishes the template.
 */
export interface OnboardingPublicationOptions {
  /**
   * The file name stem of the template, e.g. `acme-onboarding`: files are `<name>-<version>.json`
   * and `<name>-latest.json`.
   */
  readonly templateName: string;

  /**
   * The HTTPS URL of the S3 bucket (and folder) where the vendor hosts the files, e.g.
   * `https://acme-public-templates.s3.amazonaws.com/aws/`. CloudFormation's quick-create page takes
   * template URLs from S3 only, so a CDN in front of the bucket will not do.
   */
  readonly baseUrl: string;

  /**
   * The Region the template is published for: the quick-create link opens the console there, in
   * the console of its partition. It must be a Region this release knows (or one of the stack's
   * `additionalKnownRegions`), where the chosen parts exist: a
   * cost report with CUR 2.0 or FOCUS exports deploys in us-east-1 only, one with legacy CUR exports
   * in us-east-1 or, in the China partition, cn-northwest-1; the trusted role ARN and the member
   * accounts' Region must be of the same partition.
   *
   * @default 'us-east-1'
   */
  readonly region?: string;

  /**
   * The stack name the quick-create link proposes.
   *
   * @default - the template name
   */
  readonly stackName?: string;
}

/**
 * One file of a publication.
 */
export interface PublishedFile {
  /** Path relative to the output folder. */
  readonly path: string;
  /** The file's content. */
  readonly content: string;
}

/** Virtual-hosted (`bucket.s3.region.amazonaws.com`) and path-style (`s3.region.amazonaws.com/bucket`) S3 hosts. */
const S3_HOST = /^(?:[a-z0-9][a-z0-9.-]*\.)?s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$/;

function isS3HttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && S3_HOST.test(url.hostname) && !url.search && !url.hash;
  } catch {
    return false;
  }
}

const TEMPLATE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
const STACK_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
/** The placeholder the written quick-create link carries where each customer's external ID goes. */
const EXTERNAL_ID_PLACEHOLDER = 'EXTERNAL_ID';

/** An account label as the end of a stack name: letters, digits and hyphens. */
function stackNameSuffix(label: string): string {
  return label.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'account';
}

/**
 * Checks a well-formed publication Region against the parts of the stack: a Region AWS offers, where
 * the cost report's resources exist, in the partition of the trusted role ARN and of the member
 * accounts' Region.
 */
function checkRegion(stack: OnboardingStack, region: string, validator: PropsValidator): void {
  const unknown = regionProblem('region', region, stack.readOnlyRole.props.additionalKnownRegions);
  validator.check(unknown !== undefined, unknown!);
  if (unknown !== undefined) {
    return;
  }
  const costReport = stack.costReport?._regionProblem('region', region, 'publish the template for that Region');
  validator.check(costReport !== undefined, costReport!);
  stack.readOnlyRole.props.trustedPrincipal._validatePartition('trustedPrincipal', validator, region, 'the template is published for');
  const memberRegion = stack.memberAccounts?.region;
  const partition = partitionOf(region);
  validator.check(isLiteral(memberRegion) && partitionOf(memberRegion) !== partition,
    `memberAccounts region must be a Region of partition '${partition}', where the template is published (${region}), such as `
    + `${PARTITIONS[partition]?.defaultRegion ?? region}, got '${memberRegion}' of partition '${isLiteral(memberRegion) ? partitionOf(memberRegion) : ''}'`);
}

/**
 * The published template of an `OnboardingStack` and its companions, all rendered from the one
 * synthesized stack: the template (versioned and latest), the member-account template, the manual
 * policy documents, a Terraform configuration, PERMISSIONS.md and the quick-create link.
 *
 * The command line's `publish` writes exactly these files; CDK users can produce them in code.
 */
export class OnboardingPublication {
  /**
   * The largest template CloudFormation takes as `TemplateBody` (`--template-body`, and
   * `aws cloudformation deploy --template-file` without an S3 bucket), in bytes: the published
   * template file, as written, must fit it, unless the member template is embedded.
   */
  public static readonly TEMPLATE_BODY_MAX_BYTES = 51200;

  /** The largest template CloudFormation takes from an S3 URL (the quick-create link, `--template-url`), in bytes. */
  public static readonly TEMPLATE_URL_MAX_BYTES = 1048576;

  /** The share of `TEMPLATE_BODY_MAX_BYTES` above which the publication warns that the template nears it. */
  public static readonly TEMPLATE_SIZE_WARNING_RATIO = 0.9;

  /** Synthesizes the stack's app and renders the publication. */
  public static of(stack: OnboardingStack, options: OnboardingPublicationOptions): OnboardingPublication {
    return new OnboardingPublication(stack, options);
  }

  /**
   * The URL where a publication hosts its member template, `<baseUrl><templateName>-member-<version>.json`:
   * give it as the `templateUrl` of the stack's `memberAccounts`, and upload the publication's files
   * to `baseUrl`. The file name carries the version, so a stack of an earlier version keeps deploying
   * its own member template.
   *
   * @param options the publication's options
   * @param templateVersion the stack's `templateVersion`
   */
  public static memberTemplateUrl(options: OnboardingPublicationOptions, templateVersion: string): string {
    return `${withSlash(options.baseUrl)}${memberTemplateFile(options.templateName, templateVersion)}`;
  }

  /** The published template as deployed (JSON). */
  public readonly template: any;

  /** The template as written, indented for review and diffs. */
  public readonly templateBody: string;

  /** The URL of the versioned template. */
  public readonly templateUrl: string;

  /** Every file of the publication. */
  public readonly files: PublishedFile[];

  /**
   * What the vendor should know before uploading the files: the template file near or over the
   * 51,200 bytes of `--template-body`.
   */
  public readonly warnings: string[] = [];

  private readonly options: OnboardingPublicationOptions;
  private readonly region: string;
  private readonly partition: string;

  private constructor(stack: OnboardingStack, options: OnboardingPublicationOptions) {
    const validator = new PropsValidator();
    validator.pattern('templateName', options.templateName, TEMPLATE_NAME_PATTERN, '1 to 63 lowercase letters, digits and hyphens, starting with a letter or digit');
    validator.check(!isS3HttpsUrl(options.baseUrl),
      `baseUrl must be an https:// URL of an S3 bucket (CloudFormation takes template URLs from S3 only), such as https://my-templates.s3.amazonaws.com/aws/, got '${options.baseUrl}'`);
    validator.pattern('stackName', options.stackName, STACK_NAME_PATTERN, 'a CloudFormation stack name: a letter, then up to 127 letters, digits and hyphens');
    const region = options.region ?? PARTITIONS.aws.defaultRegion;
    if (isLiteral(region) && PATTERNS.region.test(region)) {
      checkRegion(stack, region, validator);
    } else {
      const malformed = regionProblem('region', region, stack.readOnlyRole.props.additionalKnownRegions);
      validator.check(malformed !== undefined, malformed!);
    }
    const memberUrl = stack.memberAccounts?.templateUrl;
    if (memberUrl !== undefined && !Token.isUnresolved(memberUrl)) {
      const expected = OnboardingPublication.memberTemplateUrl(options, stack.templateVersion);
      validator.check(memberUrl !== expected,
        `memberAccounts templateUrl must be ${expected}, where this publication's member template is hosted (OnboardingPublication.memberTemplateUrl), got '${memberUrl}'`);
    }
    validator.throwIfInvalid(stack);
    this.options = options;
    this.region = region;
    this.partition = partitionOf(region);

    const assembly = Stage.of(stack)!.synth();
    this.template = assembly.getStackArtifact(stack.artifactId).template;
    this.templateBody = formatTemplate(this.template);
    const version = stack.templateVersion;
    this.templateUrl = `${withSlash(options.baseUrl)}${options.templateName}-${version}.json`;
    this.checkTemplateSize(stack);

    const roleLogicalId = stack.resolve((stack.readOnlyRole.role.node.defaultChild as any).logicalId);
    const parameterNames = Object.keys(this.template.Parameters ?? {});

    const files: PublishedFile[] = [
      { path: `${options.templateName}-${version}.json`, content: this.templateBody },
      { path: `${options.templateName}-latest.json`, content: this.templateBody },
    ];
    // The member template as the StackSet embeds it, or as the StackSet's templateUrl takes it from
    // the vendor's bucket: the same JSON, from the same synthesis.
    const memberFile = stack.memberAccounts ? memberTemplateFile(options.templateName, version) : undefined;
    if (stack.memberAccounts) {
      files.push({ path: memberFile!, content: formatTemplate(JSON.parse(stack.memberAccounts.memberTemplateBody)) });
    }
    const manualPath = renderManualPath(this.template, {
      roleLogicalId, memberTemplateFile: memberFile, partition: this.partition, stackName: this.stackName, region: this.region,
    });
    for (const [path, content] of Object.entries(manualPath)) {
      files.push({ path, content });
    }
    files.push({ path: 'terraform/main.tf.json', content: renderTerraformConfiguration(this.template, { roleLogicalId, stackName: this.stackName, region: this.region, description: `The ${stack.vendorName} onboarding (template ${version}).` }) });
    files.push({
      path: 'PERMISSIONS.md',
      // Values known at deployment only (the report bucket, a parameter) as placeholders that say where they come from.
      content: renderPermissionsDocument(stack.readOnlyRole, stack.vendorName, version,
        (text) => renderForReview(stack.resolve(text), this.template, this.partition), deliveryNotice(stack)),
    });
    const notification = stack.costReport?.deliveryNotification;
    if (notification) {
      // The vendor's side: set on its own topic or bus before customers deploy.
      const policy = deliveryNotificationPolicy(notification);
      files.push({ path: 'vendor/delivery-notification-policy.json', content: `${JSON.stringify(policy.document, undefined, 2)}\n` });
      files.push({
        path: 'vendor/README.md',
        content: [
          `# Before customers deploy: the ${policy.kind} of ${notification.destinationArn}`,
          '',
          notification.kind === 'SNS_TOPIC'
            ? 'S3 checks the topic\'s policy when a customer\'s stack configures the bucket\'s notifications: the stack fails unless the policy admits it. Set it first (this replaces the topic\'s whole policy: merge it with statements you already have):'
            : 'A customer\'s rule can deliver only once the bus\'s policy admits its role. Set it first:',
          '',
          '```sh', policy.command, '```', '',
          notification.kind === 'SNS_TOPIC'
            ? 'It admits S3 on behalf of any bucket (`aws:SourceArn` `arn:<partition>:s3:::*`): the buckets\' names and accounts are not known before customers deploy, and `aws:SourceOrgID` names one organization. Any bucket can therefore send to the topic: act on a message only for a bucket of a customer, and read the file with that customer\'s role.'
            : `It admits any account's role under the path \`${DeliveryNotification.ROLE_PATH}\` (\`aws:PrincipalArn\`) sending S3's \`Object Created\` events: \`aws:PrincipalOrgID\` names one organization, and customers' accounts are not known before they deploy. Any account can create a role of that path: act on an event only for a bucket of a customer, and read the file with that customer's role.`,
          '',
        ].join('\n'),
      });
    }
    files.push({ path: 'quick-create-url.txt', content: `${this.quickCreateUrl(EXTERNAL_ID_PLACEHOLDER)}\n` });
    files.push({ path: 'update-url.txt', content: this.updateInstructions(parameterNames) });
    this.files = files;
  }

  /**
   * The console link that opens CloudFormation's quick-create page with the template, the stack
   * name and this customer's external ID filled in; with an account label, the label is filled in
   * too and ends the proposed stack name.
   */
  public quickCreateUrl(externalId: string, accountLabel?: string): string {
    const stackName = accountLabel ? `${this.stackName}-${stackNameSuffix(accountLabel)}`.slice(0, 128) : this.stackName;
    const query = [
      `templateURL=${encodeURIComponent(this.templateUrl)}`,
      `stackName=${encodeURIComponent(stackName)}`,
      ...(this.template.Parameters?.ExternalId ? [`param_ExternalId=${encodeURIComponent(externalId)}`] : []),
      ...(accountLabel !== undefined && this.template.Parameters?.AccountLabel ? [`param_AccountLabel=${encodeURIComponent(accountLabel)}`] : []),
    ].join('&');
    return `https://${consoleHostOf(this.region)}/cloudformation/home?region=${this.region}#/stacks/quickcreate?${query}`;
  }

  /**
   * The console link that updates an existing stack to this template version: CloudFormation's
   * update page with the new template URL, which keeps the stack's parameter values unless the
   * customer changes them.
   *
   * @param stackName the customer's stack name or stack ID
   * @default - the proposed stack name
   */
  public updateUrl(stackName?: string): string {
    const query = [
      `stackId=${encodeURIComponent(stackName ?? this.stackName)}`,
      `templateURL=${encodeURIComponent(this.templateUrl)}`,
    ].join('&');
    return `https://${consoleHostOf(this.region)}/cloudformation/home?region=${this.region}#/stacks/update/template?${query}`;
  }

  /**
   * The update link and the same update with the AWS CLI, for the stack name the quick-create link
   * proposes. The command keeps each parameter the customer's stack already has and passes none
   * that it lacks: CloudFormation refuses `UsePreviousValue` for a parameter the stack does not
   * have yet (one new since the customer's version), and such a parameter takes its default. The
   * command reads the stack's parameters itself, so it is right for a stack of any earlier version.
   */
  private updateInstructions(parameterNames: string[]): string {
    const region = this.region;
    const stackName = this.stackName;
    // Parameter names are alphanumeric, so they go into the JMESPath JSON literal as they are.
    const keep = `{Parameters: (Stacks[0].Parameters || \`[]\`)[?contains(\`${JSON.stringify(parameterNames)}\`, ParameterKey)]`
      + '.{ParameterKey: ParameterKey, UsePreviousValue: `true`}}';
    return [
      this.updateUrl(),
      '',
      `# The same update with the AWS CLI, for the stack named ${stackName} (the name the quick-create link proposes:`,
      '# replace it, twice, where yours differs). It keeps the value of each parameter your stack has (UsePreviousValue)',
      '# and leaves out a parameter new since your stack\'s version, which takes its default: CloudFormation refuses',
      '# UsePreviousValue for a parameter the stack does not have yet.',
      `aws cloudformation update-stack --region ${region} --stack-name ${stackName} --template-url ${this.templateUrl} \\`,
      parameterNames.length === 0
        ? '  --capabilities CAPABILITY_NAMED_IAM'
        : `  --capabilities CAPABILITY_NAMED_IAM --cli-input-json "$(aws cloudformation describe-stacks --region ${region} --stack-name ${stackName} \\\n`
          + `    --output json --query '${keep}')"`,
      '',
    ].join('\n');
  }

  private get stackName(): string {
    return this.options.stackName ?? this.options.templateName;
  }

  /** The size in bytes of the template without white space, as a `TemplateBody` would carry it. */
  public get templateBytes(): number {
    return Buffer.byteLength(JSON.stringify(this.template), 'utf8');
  }

  /** The size in bytes of the template file as written, which `deploy --template-file` passes as it is. */
  public get templateFileBytes(): number {
    return Buffer.byteLength(this.templateBody, 'utf8');
  }

  /**
   * The template file as written must fit `--template-body`, so that a customer who downloads and
   * reviews it can deploy that file; a publication that embeds its member template deploys from
   * its S3 URL only, which is said as a warning.
   */
  private checkTemplateSize(stack: OnboardingStack): void {
    const bytes = this.templateFileBytes;
    const bodyLimit = OnboardingPublication.TEMPLATE_BODY_MAX_BYTES;
    const urlLimit = OnboardingPublication.TEMPLATE_URL_MAX_BYTES;
    const embedded = stack.memberAccounts !== undefined && stack.memberAccounts.templateUrl === undefined;
    if (bytes > urlLimit) {
      throw synthError('TemplateTooLarge', `the published template must be at most ${urlLimit} bytes, the most CloudFormation takes from an S3 URL, `
        + `got ${bytes} bytes as written: give fewer grants${embedded ? ', or host the member template (memberAccounts templateUrl)' : ''}`, stack);
    }
    if (bytes > bodyLimit && !embedded) {
      throw synthError('TemplateTooLarge', `the published template must be at most ${bodyLimit} bytes as written, so that customers can deploy `
        + `the file with --template-body or deploy --template-file, got ${bytes} bytes: give fewer grants or opt-in features`, stack);
    }
    if (bytes > bodyLimit) {
      this.warnings.push(`the published template is ${bytes} bytes as written, over the ${bodyLimit} bytes of --template-body: customers deploy it `
        + 'from its S3 URL only (quick-create link, --template-url); hosting the member template (memberAccounts templateUrl) takes its '
        + `${stack.memberAccounts!.memberTemplateBytes} bytes out of the file`);
    } else if (bytes > bodyLimit * OnboardingPublication.TEMPLATE_SIZE_WARNING_RATIO) {
      this.warnings.push(`the published template is ${bytes} bytes as written, within ${Math.round((1 - OnboardingPublication.TEMPLATE_SIZE_WARNING_RATIO) * 100)}% `
        + `of the ${bodyLimit} bytes of --template-body: a few more grants will not fit`);
    }
  }
}

function withSlash(baseUrl: string): string {
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}

function memberTemplateFile(templateName: string, version: string): string {
  return `${templateName}-member-${version}.json`;
}

/** What PERMISSIONS.md says about the delivery notification: what leaves the account, and where it goes. */
function deliveryNotice(stack: OnboardingStack): string[] {
  const notification = stack.costReport?.deliveryNotification;
  if (!notification) {
    return [];
  }
  const where = notification.kind === 'SNS_TOPIC'
    ? `the bucket's S3 event notifications send them to the SNS topic \`${notification.destinationArn}\``
    : `the EventBridge rule \`${DeliveryNotification.RULE_ID}\` forwards S3's \`Object Created\` events to the event bus \`${notification.destinationArn}\`, with a role (path \`${DeliveryNotification.ROLE_PATH}\`) that may call \`events:PutEvents\` on that bus alone`;
  return [
    '## What leaves your account: report-arrival notifications',
    '',
    `For each new ${notification.manifestsOnly ? 'manifest' : 'file'} of ${notification.prefix === undefined ? 'the cost report' : `the export under \`${notification.prefix}/\``}, `
      + `${DeliveryNotification.EVENT_CONTENTS} go to ${stack.vendorName}'s account: ${where}. The file's content never does. `
      + 'Switch it off with the parameter `NotifyVendorOfDeliveries` (`false`), Terraform\'s variable `notify_vendor_of_deliveries`, or by leaving the notification out of the manual commands.',
    '',
  ];
}
