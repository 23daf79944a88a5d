import { Deployment, resolveIntrinsics } from './resolve-intrinsics';

/** A role as it is written in a synthesized template, with its policies resolved for one rendering. */
export interface RenderedRole {
  readonly roleName: string;
  readonly path: string;
  readonly description?: string;
  readonly maxSessionDuration: number;
  readonly trustPolicy: any;
  /** AWS-managed policy ARNs. */
  readonly awsManagedPolicyArns: string[];
  /** Customer-managed policies by logical ID, in template order. */
  readonly policies: { logicalId: string; name: string; description?: string; document: any }[];
}

/** Placeholders that a rendering puts where the template has a parameter or pseudo parameter. */
export interface RenderingValues {
  readonly partition: string;
  readonly accountId: string;
  /** Values of the template's parameters by logical ID. */
  readonly parameters: Record<string, string>;
  /** Values of the template's conditions (the manual path and Terraform have no cost report or StackSet). */
  readonly conditions: Record<string, boolean>;
}

/**
 * A policy's name without the role's prefix and CDK's hash suffix, in PascalCase:
 * `ReadOnlyRoleDataAccessGuardrail8D9B497D` → `DataAccessGuardrail`.
 */
function readableName(logicalId: string, roleLogicalId: string): string {
  const rolePrefix = roleLogicalId.replace(/[0-9A-F]{8}$/, '');
  const withoutHash = logicalId.replace(/[0-9A-F]{8}$/, '');
  return withoutHash.startsWith(rolePrefix) && withoutHash.length > rolePrefix.length ? withoutHash.slice(rolePrefix.length) : withoutHash;
}

function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function refersTo(roles: unknown, logicalId: string): boolean {
  return Array.isArray(roles) && roles.some((role) => JSON.stringify(role) === JSON.stringify({ Ref: logicalId }));
}

/**
 * Reads the role with the given logical ID and the policies attached to it from a synthesized
 * template, with every intrinsic resolved to the given values. Policies behind a false condition
 * are left out. Renderings read the role from the template itself, so they cannot drift from it.
 */
export function renderRoleFromTemplate(template: any, roleLogicalId: string, values: RenderingValues): RenderedRole {
  const deployment: Deployment = {
    accountId: values.accountId,
    region: 'us-east-1',
    partition: values.partition,
    parameters: values.parameters,
    conditions: values.conditions,
  };
  const resolve = (value: unknown) => resolveIntrinsics(value, template, deployment);
  const role = template.Resources?.[roleLogicalId];
  if (role?.Type !== 'AWS::IAM::Role') {
    throw new Error(`the template has no role ${roleLogicalId}`);
  }
  const included = (resource: any) => resource.Condition === undefined || values.conditions[resource.Condition] === true;
  // Inline policies (AWS::IAM::Policy) are carried as managed policies: the renderings attach
  // every permission the template gives the role, whichever resource type holds it.
  const policies = Object.entries<any>(template.Resources)
    .filter(([, resource]) => ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy'].includes(resource.Type) && included(resource))
    .filter(([, resource]) => refersTo(resource.Properties.Roles, roleLogicalId))
    .map(([logicalId, resource]) => ({
      logicalId,
      name: readableName(logicalId, roleLogicalId),
      description: resource.Properties.Description,
      document: resolve(resource.Properties.PolicyDocument),
    }));
  const props = role.Properties;
  return {
    roleName: resolve(props.RoleName),
    path: resolve(props.Path) ?? '/',
    description: resolve(props.Description),
    maxSessionDuration: resolve(props.MaxSessionDuration) ?? 3600,
    trustPolicy: resolve(props.AssumeRolePolicyDocument),
    awsManagedPolicyArns: resolve(props.ManagedPolicyArns ?? []),
    policies,
  };
}

/** The manual path: policy documents to create the role by hand in the IAM console or CLI. */
export function renderManualFiles(role: RenderedRole): Record<string, string> {
  const json = (value: unknown) => `${JSON.stringify(value, undefined, 2)}\n`;
  const files: Record<string, string> = { 'manual/trust-policy.json': json(role.trustPolicy) };
  const fileOf = new Map(role.policies.map((policy, index) =>
    [policy.logicalId, index === 0 ? 'permissions-policy.json' : `${kebab(policy.name)}-policy.json`]));
  for (const policy of role.policies) {
    files[`manual/${fileOf.get(policy.logicalId)}`] = json(policy.document);
  }
  const steps = [
    '# Creating the role by hand',
    '',
    'For customers who do not use CloudFormation. The documents are rendered from the published template,',
    'so the role is the same. Replace `<EXTERNAL_ID>` with the external ID you were given.',
    '',
    '```sh',
    `aws iam create-role --role-name ${role.roleName} --path ${role.path} --max-session-duration ${role.maxSessionDuration} \\`,
    '  --assume-role-policy-document file://trust-policy.json',
    ...role.awsManagedPolicyArns.map((arn) => `aws iam attach-role-policy --role-name ${role.roleName} --policy-arn ${arn}`),
    ...role.policies.map((policy) => {
      const policyName = `${role.roleName}-${policy.name}`.slice(0, 128);
      return `aws iam create-policy --policy-name ${policyName} --policy-document file://${fileOf.get(policy.logicalId)}\n`
        + `aws iam attach-role-policy --role-name ${role.roleName} --policy-arn arn:aws:iam::<YOUR_ACCOUNT_ID>:policy/${policyName}`;
    }),
    '```',
    '',
  ];
  files['manual/README.md'] = steps.join('\n');
  return files;
}

const TF_PARTITION = '@@PARTITION@@';
const TF_EXTERNAL_ID = '@@EXTERNAL_ID@@';
const TF_ACCOUNT_ID = '@@ACCOUNT_ID@@';

/** Values that make the Terraform rendering refer to its own variable and data sources. */
export const TERRAFORM_VALUES = { partition: TF_PARTITION, externalId: TF_EXTERNAL_ID, accountId: TF_ACCOUNT_ID };

/** A JSON string for a Terraform argument: literal `${` and `%{` escaped, placeholders interpolated. */
function terraformJsonString(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\$\{/g, '$${')
    .replace(/%\{/g, '%%{')
    .split(TF_PARTITION).join('${data.aws_partition.current.partition}')
    .split(TF_EXTERNAL_ID).join('${var.external_id}')
    .split(TF_ACCOUNT_ID).join('${data.aws_caller_identity.current.account_id}');
}

function terraformName(logicalId: string): string {
  return logicalId.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toLowerCase();
}

/**
 * A Terraform JSON configuration with the same role, trust and policies as the template, and a
 * variable for the external ID. Render the role with `TERRAFORM_VALUES` as its partition and
 * external ID.
 */
export function renderTerraform(role: RenderedRole, externalIdRequired: boolean): string {
  const attachments: Record<string, unknown> = {};
  role.awsManagedPolicyArns.forEach((arn) => {
    attachments[`aws_managed_${terraformName(arn.split('/').pop()!)}`] = {
      role: '${aws_iam_role.read_only.name}',
      policy_arn: arn.split(TF_PARTITION).join('${data.aws_partition.current.partition}'),
    };
  });
  const policies: Record<string, unknown> = {};
  for (const policy of role.policies) {
    const name = terraformName(policy.name);
    policies[name] = {
      name: `${role.roleName}-${policy.name}`.slice(0, 128),
      description: policy.description,
      policy: terraformJsonString(policy.document),
    };
    attachments[name] = { role: '${aws_iam_role.read_only.name}', policy_arn: `\${aws_iam_policy.${name}.arn}` };
  }
  const configuration = {
    terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '>= 5.0' } } },
    ...(externalIdRequired ? {
      variable: {
        external_id: {
          type: 'string',
          description: 'The external ID the vendor gave you (confused-deputy protection).',
          validation: [{
            // A JSON-syntax string is a template: the expression goes inside ${...}. RE2 refuses
            // repetition counts over 1000, so the length is checked on its own.
            condition: '${length(var.external_id) >= 2 && length(var.external_id) <= 1224 && can(regex("^[\\\\w+=,.@:/-]+$", var.external_id))}',
            error_message: 'The external ID must be 2 to 1224 characters from letters, digits and +=,.@:/-_.',
          }],
        },
      },
    } : {}),
    data: { aws_partition: { current: {} }, aws_caller_identity: { current: {} } },
    resource: {
      aws_iam_role: {
        read_only: {
          name: role.roleName,
          path: role.path,
          description: role.description,
          max_session_duration: role.maxSessionDuration,
          assume_role_policy: terraformJsonString(role.trustPolicy),
        },
      },
      aws_iam_policy: policies,
      aws_iam_role_policy_attachment: attachments,
    },
    output: { role_arn: { description: 'Give this role ARN to the vendor.', value: '${aws_iam_role.read_only.arn}' } },
  };
  return `${JSON.stringify(configuration, undefined, 2)}\n`;
}
