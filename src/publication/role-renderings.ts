import { Deployment, resolveIntrinsics } from './resolve-intrinsics';

/** A role as it is written in a synthesized template, with its policies resolved for one rendering. */
export interface RenderedRole {
  readonly roleName: string;
  readonly path: string;
  readonly description?: string;
  readonly maxSessionDuration: number;
  /** The permissions boundary's ARN, when the role has one. */
  readonly permissionsBoundary?: string;
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
  /**
   * Values of the template's conditions; a condition not given is evaluated from the parameters.
   * @default every condition evaluated from the parameters
   */
  readonly conditions?: Record<string, boolean>;
  /** The stack's name (`AWS::StackName`). @default 'TestStack' */
  readonly stackName?: string;
  /** The Region the template is deployed in (`AWS::Region`). @default 'us-east-1' */
  readonly region?: string;
  /**
   * Whether to leave out the policies that a condition attaches, whatever its value: a rendering that
   * offers them as optional steps of their own.
   * @default false
   */
  readonly unconditionalPoliciesOnly?: boolean;
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
    region: values.region ?? 'us-east-1',
    partition: values.partition,
    parameters: values.parameters,
    conditions: values.conditions,
    stackName: values.stackName,
  };
  const resolve = (value: unknown) => resolveIntrinsics(value, template, deployment);
  const role = template.Resources?.[roleLogicalId];
  if (role?.Type !== 'AWS::IAM::Role') {
    throw new Error(`the template has no role ${roleLogicalId}`);
  }
  const included = (resource: any) => resource.Condition === undefined
    || (!values.unconditionalPoliciesOnly && resolve({ 'Fn::If': [resource.Condition, true, false] }) === true);
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
    permissionsBoundary: resolve(props.PermissionsBoundary),
    trustPolicy: resolve(props.AssumeRolePolicyDocument),
    awsManagedPolicyArns: resolve(props.ManagedPolicyArns ?? []),
    policies,
  };
}
