/**
 * The manual path: every part of the published template as AWS CLI commands and JSON files, for a
 * customer who does not use CloudFormation or Terraform. Every document is rendered from the
 * synthesized template with placeholders where the customer's values go, so the manual role, its
 * guardrail, its Region scope, its tags and the cost report are the template's.
 */
import { resolveIntrinsics } from './resolve-intrinsics';
import { renderRoleFromTemplate } from './role-renderings';

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

/**
 * The manual path's files: `manual/README.md` with the commands, and the JSON files they read.
 *
 * @param template the synthesized template
 * @param roleLogicalId the vendor role's logical ID
 * @param memberTemplateFile the published member template's file name, when the template has a StackSet
 * @param partition the partition of the Region the template is published for
 */
export function renderManualPath(template: any, roleLogicalId: string, memberTemplateFile?: string, partition: string = 'aws'): Record<string, string> {
  const parameters: Record<string, any> = template.Parameters ?? {};
  const parameterValues: Record<string, string> = {};
  for (const [name, parameter] of Object.entries(parameters)) {
    parameterValues[name] = parameter.Type === 'CommaDelimitedList' ? '' : `<${name}>`;
  }
  const known = (name: string) => name in parameters;
  if (known('ExternalId')) parameterValues.ExternalId = PLACEHOLDERS.externalId;
  if (known('AccountLabel')) parameterValues.AccountLabel = PLACEHOLDERS.label;
  if (known('AllowedRegions')) parameterValues.AllowedRegions = PLACEHOLDERS.regions.join(',');
  if (known('CreateCostReport')) parameterValues.CreateCostReport = 'true';
  // The manual path writes the notification; leaving it out is leaving out its command.
  if (known('NotifyVendorOfDeliveries')) parameterValues.NotifyVendorOfDeliveries = 'true';
  if (known('OrganizationalUnitIds')) parameterValues.OrganizationalUnitIds = PLACEHOLDERS.ou;
  const resources: Record<string, any> = template.Resources ?? {};
  const bucketId = Object.keys(resources).find((logicalId) => resources[logicalId].Type === 'AWS::S3::Bucket');
  const deployment = { accountId: PLACEHOLDERS.account, region: 'us-east-1', partition, parameters: parameterValues };
  // Every part is rendered, each in its own section: conditions hold unless they exclude one another.
  const resolve = (value: unknown) => {
    const resolved = JSON.stringify(resolveIntrinsics(value, template, deployment));
    return JSON.parse(bucketId ? resolved.split(bucketId.toLowerCase()).join(PLACEHOLDERS.bucket) : resolved);
  };

  // The role with its unconditional policies: permissions and guardrail.
  const conditions = Object.fromEntries(Object.keys(template.Conditions ?? {}).map((name) => [name, false]));
  const role = renderRoleFromTemplate(template, roleLogicalId, {
    partition,
    accountId: PLACEHOLDERS.account,
    parameters: { ...parameterValues, ...(known('AllowedRegions') ? { AllowedRegions: '' } : {}) },
    conditions,
  });
  const files: Record<string, string> = { 'manual/trust-policy.json': json(role.trustPolicy) };
  const fileOf = new Map(role.policies.map((policy, index) => [policy.logicalId, index === 0 ? 'permissions-policy.json' : `${manualFileStem(policy.name)}-policy.json`]));
  for (const policy of role.policies) {
    files[`manual/${fileOf.get(policy.logicalId)}`] = json(policy.document);
  }
  const roleTags = resolve(resources[roleLogicalId].Properties.Tags ?? []) as { Key: string; Value: string }[];
  const tagArguments = roleTags.map((tag) => `Key=${tag.Key},Value=${tag.Value}`).join(' ');
  const attach = (policyName: string, file: string) => [
    `aws iam create-policy --policy-name ${policyName} --policy-document file://${file}`,
    `aws iam attach-role-policy --role-name ${role.roleName} --policy-arn arn:${partition}:iam::${PLACEHOLDERS.account}:policy/${policyName}`,
  ];
  const lines: string[] = [
    '# Creating the onboarding by hand',
    '',
    'For customers who use neither CloudFormation nor Terraform. Every document here is rendered from the published',
    'template, so the result is the same role, guardrail, Region scope, tags and cost report. Replace the placeholders:',
    `\`${PLACEHOLDERS.externalId}\` (the external ID you were given), \`${PLACEHOLDERS.account}\` (this account's ID),`,
    `\`${PLACEHOLDERS.label}\` (a name for this account, or its ID), \`${PLACEHOLDERS.regions.join('`, `')}\` (the Regions the vendor`,
    `may read in), \`${PLACEHOLDERS.bucket}\` (a new bucket's name) and \`${PLACEHOLDERS.ou}\` (an OU ID).`,
    '',
    '## 1. The role, its trust and its policies',
    '',
    'The trust lets the vendor assume the role only with your external ID. The permissions policy and the AWS-managed',
    'policies grant configuration reads; the data-access guardrail policies deny every read that returns content,',
    'credentials, code or personal data, whatever else allows it.',
    '',
    '```sh',
    `aws iam create-role --role-name ${role.roleName} --path ${role.path} --max-session-duration ${role.maxSessionDuration} \\`,
    `  --assume-role-policy-document file://trust-policy.json${tagArguments ? ` \\\n  --tags ${tagArguments}` : ''}`,
    ...role.awsManagedPolicyArns.map((arn) => `aws iam attach-role-policy --role-name ${role.roleName} --policy-arn ${arn}`),
    ...role.policies.flatMap((policy) => attach(`${role.roleName}-${policy.name}`.slice(0, 128), fileOf.get(policy.logicalId)!)),
    '```',
    '',
  ];
  if (roleTags.length > 0) {
    lines.push(`The tag \`${roleTags.map((tag) => tag.Key).join('`, `')}\` labels the account; the template puts it on everything it creates, as the commands here do.`, '');
  }

  const rolePolicies = Object.entries<any>(resources).filter(([, resource]) => ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy'].includes(resource.Type)
    && resource.Condition !== undefined && JSON.stringify(resource.Properties.Roles ?? []).includes(`"${roleLogicalId}"`));
  // The Region scope's policy, by its construct ID (part of the contract: RegionScope).
  const regionScope = rolePolicies.filter(([logicalId]) => /RegionScope/.test(logicalId));
  // The opt-in features' policies, by their construct IDs (OptIn<Name>).
  const features = rolePolicies.filter(([logicalId]) => /OptIn/.test(logicalId));
  const regionScopeIds = new Set([...regionScope, ...features].map(([logicalId]) => logicalId));
  if (regionScope.length > 0) {
    lines.push('## 2. Region scope (optional)', '',
      'To let the vendor read only in some Regions, list them in the file (global services such as IAM, Organizations and',
      'billing stay readable) and attach it. Skip this section to allow every Region.', '', '```sh');
    let differsWithoutReport = false;
    for (const [logicalId, resource] of regionScope) {
      const name = manualFileStem(logicalId.replace(roleLogicalId.replace(/[0-9A-F]{8}$/, ''), ''));
      files[`manual/${name}-policy.json`] = json(resolve(resource.Properties.PolicyDocument));
      lines.push(...attach(`${role.roleName}-${name}`.slice(0, 128), `${name}-policy.json`));
      if (known('CreateCostReport')) {
        // Without the cost report the home-Region statement names no report bucket.
        const withoutReport = json(resolveIntrinsics(resource.Properties.PolicyDocument, template,
          { ...deployment, parameters: { ...parameterValues, CreateCostReport: 'false' } }));
        if (withoutReport !== files[`manual/${name}-policy.json`]) {
          files[`manual/${name}-without-cost-report-policy.json`] = withoutReport;
          differsWithoutReport = true;
        }
      }
    }
    lines.push('```', '');
    if (differsWithoutReport) {
      lines.push('Without the cost report (section 3), use the `-without-cost-report-policy.json` file instead: it names no report bucket.', '');
    }
  }

  const bucket = bucketId ? resources[bucketId] : undefined;
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
    lines.push('## 3. The cost report (optional)', '',
      'A hardened bucket in us-east-1 (AWS offers the exports there only) that AWS delivers billing data into, and that',
      'the vendor role may read under the report prefixes only. Keep the bucket when you stop: it holds your billing history.', '',
      '```sh', 'cd cost-report',
      `aws s3api create-bucket --bucket ${PLACEHOLDERS.bucket} --region us-east-1`,
      `aws s3api put-bucket-versioning --bucket ${PLACEHOLDERS.bucket} --versioning-configuration Status=${props.VersioningConfiguration.Status}`,
      `aws s3api put-bucket-encryption --bucket ${PLACEHOLDERS.bucket} --server-side-encryption-configuration file://bucket-encryption.json`,
      `aws s3api put-public-access-block --bucket ${PLACEHOLDERS.bucket} --public-access-block-configuration `
        + Object.entries<boolean>(props.PublicAccessBlockConfiguration).map(([key, value]) => `${key}=${value}`).join(','),
      `aws s3api put-bucket-ownership-controls --bucket ${PLACEHOLDERS.bucket} --ownership-controls Rules=[{ObjectOwnership=${props.OwnershipControls.Rules[0].ObjectOwnership}}]`,
      `aws s3api put-bucket-lifecycle-configuration --bucket ${PLACEHOLDERS.bucket} --lifecycle-configuration file://bucket-lifecycle.json`,
      ...(props.NotificationConfiguration
        ? [
          ...(props.NotificationConfiguration.TopicConfigurations
            ? ['# Leaves the account: for each new report file, its bucket, key, size and time (never its content), to the vendor\'s SNS topic named in bucket-notification.json.'] : []),
          `aws s3api put-bucket-notification-configuration --bucket ${PLACEHOLDERS.bucket} --notification-configuration file://bucket-notification.json`,
        ] : []),
      ...(tagSet.length > 0 ? [`aws s3api put-bucket-tagging --bucket ${PLACEHOLDERS.bucket} --tagging 'TagSet=${JSON.stringify(tagSet)}'`] : []),
      `aws s3api put-bucket-policy --bucket ${PLACEHOLDERS.bucket} --policy file://bucket-policy.json`,
    );
    for (const [logicalId, resource] of exports) {
      const file = `export-${resolve(resource.Properties.Export.Name)}.json`;
      files[`manual/cost-report/${file}`] = json(resolve(resource.Properties.Export));
      const tags = resolve(resource.Properties.Tags ?? []);
      lines.push(`aws bcm-data-exports create-export --region us-east-1 --export file://${file}${tags.length > 0 ? ` --resource-tags '${JSON.stringify(tags)}'` : ''}  # ${logicalId}`);
    }
    for (const [logicalId, resource] of reports) {
      const file = `report-definition-${resolve(resource.Properties.ReportName)}.json`;
      files[`manual/cost-report/${file}`] = json(resolve(resource.Properties));
      lines.push(`aws cur put-report-definition --region us-east-1 --report-definition file://${file}  # ${logicalId}`);
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
        `# Leaves the account: for each new report file, S3's event (bucket, key, size, time; never content), to the vendor's event bus ${target.Arn}.`,
        `aws iam create-role --role-name cost-report-delivery --path ${path} --assume-role-policy-document file://delivery-notification-trust.json`,
        'aws iam put-role-policy --role-name cost-report-delivery --policy-name PutEventsOnVendorBus --policy-document file://delivery-notification-policy.json',
        'aws events put-rule --region us-east-1 --name cost-report-delivery --event-pattern file://delivery-notification-pattern.json',
        `aws events put-targets --region us-east-1 --rule cost-report-delivery --targets Id=${target.Id},Arn=${target.Arn},RoleArn=arn:aws:iam::${PLACEHOLDERS.account}:role${path}cost-report-delivery`,
      );
    }
    // The role's grants on the report: the readable data and the listing of the report prefixes.
    for (const [logicalId, resource] of rolePolicies.filter(([id]) => !regionScopeIds.has(id))) {
      const name = manualFileStem(logicalId.replace(roleLogicalId.replace(/[0-9A-F]{8}$/, ''), ''));
      files[`manual/cost-report/${name}-policy.json`] = json(resolve(resource.Properties.PolicyDocument));
      lines.push(...attach(`${role.roleName}-${name}`.slice(0, 128), `${name}-policy.json`));
    }
    lines.push('```', '');
  }

  if (features.length > 0) {
    lines.push('## 5. Optional features (off unless you switch them on)', '',
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

  const stackSet = Object.values<any>(resources).find((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
  if (stackSet && memberTemplateFile) {
    const props = stackSet.Properties;
    const passed = (resolve(props.Parameters ?? []) as { ParameterKey: string; ParameterValue: string }[])
      .map((parameter) => `ParameterKey=${parameter.ParameterKey},ParameterValue=${parameter.ParameterValue.replace(/,/g, '\\,')}`).join(' ');
    lines.push('## 4. Member accounts (optional)', '',
      'The same role in every account of an OU, including accounts that join later: a service-managed StackSet, created',
      'from the management account (or a delegated administrator) with the published member template.', '', '```sh',
      `aws cloudformation create-stack-set --stack-set-name onboarding-member-accounts --template-body file://../${memberTemplateFile} \\`,
      `  --permission-model SERVICE_MANAGED --auto-deployment Enabled=true,RetainStacksOnAccountRemoval=false --capabilities ${props.Capabilities.join(' ')}${passed ? ` \\\n  --parameters ${passed}` : ''}`,
      `aws cloudformation create-stack-instances --stack-set-name onboarding-member-accounts --deployment-targets OrganizationalUnitIds=${PLACEHOLDERS.ou} \\`,
      `  --regions ${(props.StackInstancesGroup?.[0]?.Regions ?? ['us-east-1']).join(' ')}`,
      '```', '');
  }
  files['manual/README.md'] = lines.join('\n');
  return files;
}
