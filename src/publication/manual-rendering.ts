/**
 * The manual path: every part of the published template as AWS CLI commands and JSON files, for a
 * customer who does not use CloudFormation or Terraform. Every document is rendered from the
 * synthesized template with placeholders where the customer's values go, so the manual role, its
 * guardrail, its Region scope, its tags and the cost report are the template's.
 */
import { resolveIntrinsics } from './resolve-intrinsics';
import { renderRoleFromTemplate } from './role-renderings';
import { DeliveryNotification } from '../cost-report/delivery-notification';

/** What the customer replaces in the commands and files. */
const PLACEHOLDERS = {
  account: '<YOUR_ACCOUNT_ID>',
  externalId: '<EXTERNAL_ID>',
  label: '<ACCOUNT_LABEL>',
  regions: ['<ALLOWED_REGION_1>', '<ALLOWED_REGION_2>'],
  bucket: '<REPORT_BUCKET>',
  ou: '<OU_ID>',
};

/** A manual file's name stem for a construct ID or logical ID: `OptInCostAllocationTags` → `opt-in-cost-allocation-tags`. */
export function manualFileStem(name: string): string {
  return name.replace(/[0-9A-F]{8}$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}


const json = (value: unknown) => `${JSON.stringify(value, undefined, 2)}\n`;

/** A value as one shell word in single quotes. */
const shellQuoted = (text: string) => `'${text.replace(/'/g, '\'\\\'\'')}'`;

/** How the manual path is rendered. */
export interface ManualPathOptions {
  /** The vendor role's logical ID. */
  readonly roleLogicalId: string;
  /** The published member template's file name (beside `manual/`), when the template has a StackSet. */
  readonly memberTemplateFile?: string;
  /** The partition of the Region the template is published for. @default 'aws' */
  readonly partition?: string;
  /** The stack name the template is offered under, which names what the template names after its stack (the StackSet). */
  readonly stackName: string;
  /** The Region the template is published for, where a cost report's resources are created. @default 'us-east-1' */
  readonly region?: string;
}

/**
 * The manual path's files: `manual/README.md` with the commands, and the JSON files they read.
 *
 * Every command reads its files relative to `manual/`, where the README is, and the numbered sections
 * are in the order the README gives them. A choice the template makes with a parameter is a choice here
 * too: a section to skip, or a `-without-cost-report` file to use instead.
 */
export function renderManualPath(template: any, options: ManualPathOptions): Record<string, string> {
  const { roleLogicalId, memberTemplateFile, stackName } = options;
  const partition = options.partition ?? 'aws';
  const region = options.region ?? 'us-east-1';
  const parameters: Record<string, any> = template.Parameters ?? {};
  const known = (name: string) => name in parameters;
  // Parameters the manual path has a placeholder or a choice for; any other takes its default, or a
  // placeholder named after it that the README explains.
  const given: Record<string, string> = {
    ExternalId: PLACEHOLDERS.externalId,
    AccountLabel: PLACEHOLDERS.label,
    AllowedRegions: PLACEHOLDERS.regions.join(','),
    CreateCostReport: 'true',
    // The manual path writes the notification; leaving it out is leaving out its command.
    NotifyVendorOfDeliveries: 'true',
    OrganizationalUnitIds: PLACEHOLDERS.ou,
  };
  const otherPlaceholders = Object.keys(parameters).filter((name) => !(name in given) && parameters[name].Default === undefined);
  const parameterValues: Record<string, string> = Object.fromEntries(Object.entries(parameters).map(([name, parameter]) =>
    [name, given[name] ?? (parameter.Default !== undefined ? String(parameter.Default) : `<${name}>`)]));
  const resources: Record<string, any> = template.Resources ?? {};
  const bucketId = Object.keys(resources).find((logicalId) => resources[logicalId].Type === 'AWS::S3::Bucket');
  const deployment = { accountId: PLACEHOLDERS.account, region, partition, parameters: parameterValues, stackName };
  const withBucketPlaceholder = (value: unknown) => {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(bucketId ? text.split(bucketId.toLowerCase()).join(PLACEHOLDERS.bucket) : text);
  };
  const resolve = (value: unknown, parameterOverrides: Record<string, string> = {}) => withBucketPlaceholder(resolveIntrinsics(value, template,
    { ...deployment, parameters: { ...parameterValues, ...parameterOverrides } }));

  const rolePolicies = Object.entries<any>(resources).filter(([, resource]) => ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy'].includes(resource.Type)
    && resource.Condition !== undefined && JSON.stringify(resource.Properties.Roles ?? []).includes(`"${roleLogicalId}"`));
  // The Region scope's policy, by its construct ID (part of the contract: RegionScope).
  const regionScope = rolePolicies.filter(([logicalId]) => /RegionScope/.test(logicalId));
  // The opt-in features' policies, by their construct IDs (OptIn<Name>).
  const features = rolePolicies.filter(([logicalId]) => /OptIn/.test(logicalId));
  const sectionPolicyIds = new Set([...regionScope, ...features].map(([logicalId]) => logicalId));
  const bucket = bucketId ? resources[bucketId] : undefined;
  const stackSet = Object.values<any>(resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
  // The sections in the order the README gives them, numbered by that order.
  const sections = ['role', ...(regionScope.length > 0 ? ['regionScope'] : []), ...(bucket ? ['costReport'] : []),
    ...(features.length > 0 ? ['features'] : []), ...(stackSet && memberTemplateFile ? ['memberAccounts'] : [])];
  const section = (name: string) => sections.indexOf(name) + 1;
  // With the cost report a choice (CreateCostReport), a file that differs without it comes in a second form.
  const withoutReport = (value: unknown) => (known('CreateCostReport') ? json(resolve(value, { CreateCostReport: 'false' })) : undefined);

  // The role with its unconditional policies (permissions and guardrail), as deployed with the cost report
  // (the guardrail lets the role read the report prefixes); the conditional ones are sections of their own.
  const role = renderRoleFromTemplate(template, roleLogicalId, {
    partition,
    accountId: PLACEHOLDERS.account,
    parameters: { ...parameterValues, ...(known('AllowedRegions') ? { AllowedRegions: '' } : {}) },
    stackName,
    region,
    unconditionalPoliciesOnly: true,
  });
  const files: Record<string, string> = { 'manual/trust-policy.json': json(role.trustPolicy) };
  const fileOf = new Map(role.policies.map((policy, index) => [policy.logicalId, index === 0 ? 'permissions-policy.json' : `${manualFileStem(policy.name)}-policy.json`]));
  const filesWithoutReport: string[] = [];
  for (const policy of role.policies) {
    const file = fileOf.get(policy.logicalId)!;
    files[`manual/${file}`] = json(withBucketPlaceholder(policy.document));
    const alternative = withoutReport(resources[policy.logicalId].Properties.PolicyDocument);
    if (alternative !== undefined && alternative !== files[`manual/${file}`]) {
      const alternativeFile = file.replace(/-policy\.json$/, '-without-cost-report-policy.json');
      files[`manual/${alternativeFile}`] = alternative;
      filesWithoutReport.push(`\`${alternativeFile}\` for \`${file}\``);
    }
  }
  const roleTags = resolve(resources[roleLogicalId].Properties.Tags ?? []) as { Key: string; Value: string }[];
  const tagArguments = roleTags.map((tag) => `Key=${tag.Key},Value=${tag.Value}`).join(' ');
  const attach = (policyName: string, file: string) => [
    `aws iam create-policy --policy-name ${policyName} --policy-document file://${file}`,
    `aws iam attach-role-policy --role-name ${role.roleName} --policy-arn arn:${partition}:iam::${PLACEHOLDERS.account}:policy/${policyName}`,
  ];
  const placeholderList = [
    `\`${PLACEHOLDERS.externalId}\` (the external ID you were given)`,
    `\`${PLACEHOLDERS.account}\` (this account's ID)`,
    ...(known('AccountLabel') ? [`\`${PLACEHOLDERS.label}\` (a name for this account, or its ID)`] : []),
    ...(regionScope.length > 0 ? [`\`${PLACEHOLDERS.regions.join('`, `')}\` (the Regions the vendor may read in)`] : []),
    ...(bucket ? [`\`${PLACEHOLDERS.bucket}\` (a new bucket's name)`] : []),
    ...(stackSet && memberTemplateFile ? [`\`${PLACEHOLDERS.ou}\` (an OU ID)`] : []),
    ...otherPlaceholders.map((name) => `\`<${name}>\` (the template's parameter ${name}: ${String(parameters[name].Description ?? '').replace(/\.$/, '')})`),
  ];
  const lines: string[] = [
    '# Creating the onboarding by hand',
    '',
    'For customers who use neither CloudFormation nor Terraform. Every document here is rendered from the published',
    'template, so the result is the same role, guardrail, Region scope, tags and cost report. Run the commands in this',
    `folder (\`manual/\`), section by section. Replace the placeholders: ${placeholderList.join(', ')}.`,
    '',
    `## ${section('role')}. The role, its trust and its policies`,
    '',
    'The trust lets the vendor assume the role only with your external ID. The permissions policy and the AWS-managed',
    'policies grant configuration reads; the data-access guardrail policies deny every read that returns content,',
    'credentials, code or personal data, whatever else allows it.',
    '',
  ];
  if (filesWithoutReport.length > 0) {
    lines.push(`The guardrail lets the role read the cost report's prefixes in the bucket of section ${section('costReport')}. Without the cost report,`,
      `use ${filesWithoutReport.join(', ')}: it denies those reads too.`, '');
  }
  lines.push(
    '```sh',
    `aws iam create-role --role-name ${role.roleName} --path ${role.path} --max-session-duration ${role.maxSessionDuration} \\`,
    ...(role.description ? [`  --description ${shellQuoted(role.description)} \\`] : []),
    ...(role.permissionsBoundary ? [`  --permissions-boundary ${role.permissionsBoundary} \\`] : []),
    `  --assume-role-policy-document file://trust-policy.json${tagArguments ? ` \\\n  --tags ${tagArguments}` : ''}`,
    ...role.awsManagedPolicyArns.map((arn) => `aws iam attach-role-policy --role-name ${role.roleName} --policy-arn ${arn}`),
    ...role.policies.flatMap((policy) => attach(`${role.roleName}-${policy.name}`.slice(0, 128), fileOf.get(policy.logicalId)!)),
    '```',
    '',
  );
  if (roleTags.length > 0) {
    lines.push(`The tag \`${roleTags.map((tag) => tag.Key).join('`, `')}\` labels the account; the template puts it on everything it creates, as the commands here do.`, '');
  }

  if (regionScope.length > 0) {
    lines.push(`## ${section('regionScope')}. Region scope (optional)`, '',
      'To let the vendor read only in some Regions, list them in the file (global services such as IAM, Organizations and',
      'billing stay readable) and attach it. Skip this section to allow every Region.', '', '```sh');
    let differsWithoutReport = false;
    for (const [logicalId, resource] of regionScope) {
      const name = manualFileStem(logicalId.replace(roleLogicalId.replace(/[0-9A-F]{8}$/, ''), ''));
      files[`manual/${name}-policy.json`] = json(resolve(resource.Properties.PolicyDocument));
      lines.push(...attach(`${role.roleName}-${name}`.slice(0, 128), `${name}-policy.json`));
      // Without the cost report the home-Region statement names no report bucket.
      const alternative = withoutReport(resource.Properties.PolicyDocument);
      if (alternative !== undefined && alternative !== files[`manual/${name}-policy.json`]) {
        files[`manual/${name}-without-cost-report-policy.json`] = alternative;
        differsWithoutReport = true;
      }
    }
    lines.push('```', '');
    if (differsWithoutReport) {
      lines.push(`Without the cost report (section ${section('costReport')}), use the \`-without-cost-report-policy.json\` file instead: it names no report bucket.`, '');
    }
  }

  if (bucket && bucketId) {
    const props = bucket.Properties;
    const bucketPolicy = Object.values<any>(resources).find((resource) => resource.Type === 'AWS::S3::BucketPolicy');
    const exports = Object.entries<any>(resources).filter(([, resource]) => resource.Type === 'AWS::BCMDataExports::Export');
    const reports = Object.entries<any>(resources).filter(([, resource]) => resource.Type === 'AWS::CUR::ReportDefinition');
    const tagSet = resolve(props.Tags ?? []);
    files['manual/cost-report/bucket-policy.json'] = json(resolve(bucketPolicy?.Properties.PolicyDocument));
    files['manual/cost-report/bucket-encryption.json'] = json(resolve(props.BucketEncryption));
    files['manual/cost-report/bucket-lifecycle.json'] = json(resolve(props.LifecycleConfiguration));
    if (props.NotificationConfiguration) {
      // The S3 API's shape, not CloudFormation's: the events of new report files go to the vendor's topic.
      const notification = resolve(props.NotificationConfiguration);
      files['manual/cost-report/bucket-notification.json'] = json({
        ...(notification.EventBridgeConfiguration?.EventBridgeEnabled ? { EventBridgeConfiguration: {} } : {}),
        ...(notification.TopicConfigurations ? {
          TopicConfigurations: notification.TopicConfigurations.map((topic: any) => ({
            TopicArn: topic.Topic, Events: [topic.Event], Filter: { Key: { FilterRules: topic.Filter.S3Key.Rules } },
          })),
        } : {}),
      });
    }
    lines.push(`## ${section('costReport')}. The cost report (optional)`, '',
      `A hardened bucket in ${region} (where AWS offers the exports) that AWS delivers billing data into, and that`,
      'the vendor role may read under the report prefixes only. Keep the bucket when you stop: it holds your billing history.', '',
      '```sh',
      `aws s3api create-bucket --bucket ${PLACEHOLDERS.bucket} --region ${region}${region === 'us-east-1' ? '' : ` --create-bucket-configuration LocationConstraint=${region}`}`,
      `aws s3api put-bucket-versioning --bucket ${PLACEHOLDERS.bucket} --versioning-configuration Status=${props.VersioningConfiguration.Status}`,
      `aws s3api put-bucket-encryption --bucket ${PLACEHOLDERS.bucket} --server-side-encryption-configuration file://cost-report/bucket-encryption.json`,
      `aws s3api put-public-access-block --bucket ${PLACEHOLDERS.bucket} --public-access-block-configuration `
        + Object.entries<boolean>(props.PublicAccessBlockConfiguration).map(([key, value]) => `${key}=${value}`).join(','),
      `aws s3api put-bucket-ownership-controls --bucket ${PLACEHOLDERS.bucket} --ownership-controls Rules=[{ObjectOwnership=${props.OwnershipControls.Rules[0].ObjectOwnership}}]`,
      `aws s3api put-bucket-lifecycle-configuration --bucket ${PLACEHOLDERS.bucket} --lifecycle-configuration file://cost-report/bucket-lifecycle.json`,
      ...(props.NotificationConfiguration
        ? [
          ...(props.NotificationConfiguration.TopicConfigurations
            ? [`# Leaves the account: for each new report file, S3's event (${DeliveryNotification.EVENT_CONTENTS}; never the file's content), to the vendor's SNS topic named in bucket-notification.json.`] : []),
          `aws s3api put-bucket-notification-configuration --bucket ${PLACEHOLDERS.bucket} --notification-configuration file://cost-report/bucket-notification.json`,
        ] : []),
      ...(tagSet.length > 0 ? [`aws s3api put-bucket-tagging --bucket ${PLACEHOLDERS.bucket} --tagging 'TagSet=${JSON.stringify(tagSet)}'`] : []),
      `aws s3api put-bucket-policy --bucket ${PLACEHOLDERS.bucket} --policy file://cost-report/bucket-policy.json`,
    );
    for (const [logicalId, resource] of exports) {
      const file = `export-${resolve(resource.Properties.Export.Name)}.json`;
      files[`manual/cost-report/${file}`] = json(resolve(resource.Properties.Export));
      const tags = resolve(resource.Properties.Tags ?? []);
      lines.push(`aws bcm-data-exports create-export --region ${region} --export file://cost-report/${file}${tags.length > 0 ? ` --resource-tags '${JSON.stringify(tags)}'` : ''}  # ${logicalId}`);
    }
    for (const [logicalId, resource] of reports) {
      const file = `report-definition-${resolve(resource.Properties.ReportName)}.json`;
      files[`manual/cost-report/${file}`] = json(resolve(resource.Properties));
      lines.push(`aws cur put-report-definition --region ${region} --report-definition file://cost-report/${file}  # ${logicalId}`);
    }
    const rule = Object.values<any>(resources).find((resource) => resource.Type === 'AWS::Events::Rule');
    if (rule) {
      // The delivery notification through EventBridge: a role that may put events on the vendor's bus, and the rule.
      const roleEntry = Object.entries<any>(resources).find(([id, resource]) => resource.Type === 'AWS::IAM::Role' && /DeliveryNotificationRole/.test(id))!;
      const policy = Object.values<any>(resources).find((resource) => resource.Type === 'AWS::IAM::Policy' && JSON.stringify(resource.Properties.Roles).includes(`"${roleEntry[0]}"`));
      const [target] = resolve(rule.Properties.Targets);
      files['manual/cost-report/delivery-notification-trust.json'] = json(resolve(roleEntry[1].Properties.AssumeRolePolicyDocument));
      files['manual/cost-report/delivery-notification-policy.json'] = json(resolve(policy.Properties.PolicyDocument));
      files['manual/cost-report/delivery-notification-pattern.json'] = json(resolve(rule.Properties.EventPattern));
      const path = roleEntry[1].Properties.Path;
      lines.push(
        `# Leaves the account: for each new report file, S3's event (${DeliveryNotification.EVENT_CONTENTS}; never the file's content), to the vendor's event bus ${target.Arn}.`,
        `aws iam create-role --role-name cost-report-delivery --path ${path} --assume-role-policy-document file://cost-report/delivery-notification-trust.json`,
        'aws iam put-role-policy --role-name cost-report-delivery --policy-name PutEventsOnVendorBus --policy-document file://cost-report/delivery-notification-policy.json',
        `aws events put-rule --region ${region} --name cost-report-delivery --event-pattern file://cost-report/delivery-notification-pattern.json`,
        `aws events put-targets --region ${region} --rule cost-report-delivery --targets Id=${target.Id},Arn=${target.Arn},RoleArn=arn:${partition}:iam::${PLACEHOLDERS.account}:role${path}cost-report-delivery`,
      );
    }
    // The role's grants on the report: the readable data and the listing of the report prefixes.
    for (const [logicalId, resource] of rolePolicies.filter(([id]) => !sectionPolicyIds.has(id))) {
      const name = manualFileStem(logicalId.replace(roleLogicalId.replace(/[0-9A-F]{8}$/, ''), ''));
      files[`manual/cost-report/${name}-policy.json`] = json(resolve(resource.Properties.PolicyDocument));
      lines.push(...attach(`${role.roleName}-${name}`.slice(0, 128), `cost-report/${name}-policy.json`));
    }
    lines.push('```', '');
  }

  if (features.length > 0) {
    lines.push(`## ${section('features')}. Optional features (off unless you switch them on)`, '',
      'Each feature allows actions the vendor uses for it; attach its policy only to switch it on. A feature that names a',
      'denied class (PERMISSIONS.md says which) is also denied by the guardrail statement `DenyUnlessOptIn<Name>` in the',
      'data-access guardrail policies above: to switch it on, remove that statement from the policy you created.', '', '```sh');
    for (const [logicalId, resource] of features) {
      const name = manualFileStem(logicalId.replace(roleLogicalId.replace(/[0-9A-F]{8}$/, ''), ''));
      files[`manual/${name}-policy.json`] = json(resolve(resource.Properties.PolicyDocument));
      lines.push(`aws iam put-role-policy --role-name ${role.roleName} --policy-name ${name} --policy-document file://${name}-policy.json`);
    }
    lines.push('```', '');
  }

  if (stackSet && memberTemplateFile) {
    const props = stackSet.Properties;
    const name = resolve(props.StackSetName);
    // A delegated administrator says so on every StackSet call; the management account is the default (SELF).
    const callAs = props.CallAs && props.CallAs !== 'SELF' ? ` --call-as ${props.CallAs}` : '';
    const passedParameters = resolve(props.Parameters ?? []) as { ParameterKey: string; ParameterValue: string }[];
    const passed = passedParameters
      .map((parameter) => `ParameterKey=${parameter.ParameterKey},ParameterValue=${parameter.ParameterValue.replace(/,/g, '\\,')}`).join(' ');
    // A value the manual path has no placeholder for is the template's default, which the customer may change.
    const defaults = passedParameters.filter((parameter) => !/<[A-Za-z0-9_]+>/.test(parameter.ParameterValue))
      .map((parameter) => `\`${parameter.ParameterKey}=${parameter.ParameterValue}\``);
    const autoDeployment = Object.entries<unknown>(props.AutoDeployment ?? { Enabled: true }).map(([key, value]) => `${key}=${value}`).join(',');
    lines.push(`## ${section('memberAccounts')}. Member accounts (optional)`, '',
      'The same role in every account of an OU, including accounts that join later: a service-managed StackSet, created',
      `from the management account (or a delegated administrator) with the published member template (\`../${memberTemplateFile}\`),`,
      'named, configured and deployed as the template does it.',
      ...(defaults.length > 0 ? ['', `The member accounts get the template's default for ${defaults.join(', ')}; pass another value it allows to change that in every member account.`] : []),
      '', '```sh',
      `aws cloudformation create-stack-set --stack-set-name ${name}${callAs} --template-body file://../${memberTemplateFile} \\`,
      ...(props.Description ? [`  --description ${shellQuoted(resolve(props.Description))} \\`] : []),
      ...(props.ManagedExecution ? [`  --managed-execution Active=${props.ManagedExecution.Active} \\`] : []),
      `  --permission-model ${props.PermissionModel} --auto-deployment ${autoDeployment} --capabilities ${props.Capabilities.join(' ')}${passed ? ` \\\n  --parameters ${passed}` : ''}`,
      `aws cloudformation create-stack-instances --stack-set-name ${name}${callAs} --deployment-targets OrganizationalUnitIds=${PLACEHOLDERS.ou} \\`,
      `  --regions ${(props.StackInstancesGroup?.[0]?.Regions ?? [region]).join(' ')}`
        + (props.OperationPreferences ? ` \\\n  --operation-preferences ${shellQuoted(JSON.stringify(resolve(props.OperationPreferences)))}` : ''),
      '```', '');
  }
  files['manual/README.md'] = lines.join('\n');
  return files;
}
