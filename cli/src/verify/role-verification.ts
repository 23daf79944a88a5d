import {
  ContextEntry, GetPolicyCommand, GetPolicyVersionCommand, GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand, SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { ActionClass, ActionClassification, DataAccessGuardrail, PermissionProfile } from 'cdk-account-onboarding';
import { ActionCatalog, expandActionPattern, MANAGED_POLICY_VERSIONS, managedPolicyActions, splitAction } from 'cdk-account-onboarding/internal';
import { CheckResult } from '../core/check-results';

/** One check of a deployed role, with the fix when it failed (the same shape as the doctor's checks). */
export type VerificationResult = CheckResult;

/** What `verifyDeployedRole` checks. */
export interface VerificationOptions {
  /** The role's name in the caller's account. */
  readonly roleName: string;
  /** The profile the role was deployed with; read from the role's description when not given. */
  readonly profile?: PermissionProfile;
  /** How many actions of each denied class to simulate. */
  readonly samplesPerClass?: number;
  /** Receives a line before each step that calls IAM. */
  readonly progress?: (line: string) => void;
}

/** IAM's simulator takes a bounded list of actions per call. */
const SIMULATION_BATCH = 100;

/**
 * Checks a deployed vendor role with the customer's own credentials: that its trust requires the
 * external ID, that IAM's policy simulator explicitly denies a sample of every denied class and
 * allows the profile's own reads, and which actions the attached AWS-managed policies allow now that
 * this release did not classify (AWS changed the policy since).
 */
export async function verifyDeployedRole(iam: IAMClient, options: VerificationOptions): Promise<VerificationResult[]> {
  const results: VerificationResult[] = [];
  const progress = options.progress ?? (() => undefined);
  progress(`reading the role ${options.roleName}`);
  const { Role: role } = await iam.send(new GetRoleCommand({ RoleName: options.roleName }));
  if (!role?.Arn) {
    return [{ check: 'role', status: 'FAIL', detail: `no role ${options.roleName}`, fix: 'pass the name of the deployed role with --role-name' }];
  }
  const profile = options.profile ?? profileFromDescription(role.Description);
  if (!profile) {
    return [{ check: 'profile', status: 'FAIL', detail: `the role's description names no profile: '${role.Description ?? ''}'`, fix: 'pass --profile COST, SECURITY_AUDIT or INVENTORY' }];
  }
  results.push({ check: 'role', status: 'PASS', detail: `${role.Arn} (${profile.name} profile)` });
  results.push(trustCheck(role.AssumeRolePolicyDocument, role.Arn.split(':')[4]));

  const catalog = new ActionCatalog();
  const classification = new ActionClassification();
  const { AttachedPolicies: attached = [] } = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: options.roleName }));
  for (const policy of attached.filter((candidate) => /^arn:aws[a-z-]*:iam::aws:policy\//.test(candidate.PolicyArn ?? ''))) {
    results.push(await managedPolicyCheck(iam, policy.PolicyArn!, catalog, classification));
  }

  // The deployed options, read from the role's own policies: a Region scope (simulated in an allowed
  // Region) and whether secret-bearing configuration is denied.
  const documents = await customerManagedDocuments(iam, attached.map((policy) => policy.PolicyArn ?? ''));
  const statements = documents.flatMap((document) => [document.Statement ?? []].flat());
  const allowedRegion = [statements.find((statement: any) => statement.Sid === 'DenyOutsideAllowedRegions')?.Condition?.StringNotEquals?.['aws:RequestedRegion']]
    .flat().find((region) => typeof region === 'string');
  const context = allowedRegion ? [{ ContextKeyName: 'aws:RequestedRegion', ContextKeyValues: [allowedRegion], ContextKeyType: 'string' as const }] : [];
  const denySecretBearingConfiguration = statements.some((statement: any) => String(statement.Sid ?? '').startsWith('DenySecretBearingConfiguration'));

  // One action of every rule that puts actions in a denied class, so that a guardrail of an earlier
  // release, which lacks the denials this one added, fails.
  const denied = DataAccessGuardrail.groups(profile, { denySecretBearingConfiguration });
  const deniedSample = denied.map((group) => group.actions[0]);
  progress(`simulating ${deniedSample.length} denied actions, one of every rule`);
  const decisions = await simulate(iam, role.Arn, deniedSample, context);
  const notDenied = deniedSample.filter((action) => decisions.get(action) !== 'explicitDeny');
  results.push(notDenied.length === 0
    ? { check: 'denied classes', status: 'PASS', detail: `IAM's simulator explicitly denies all ${deniedSample.length} sampled actions (one of every rule) of ${Object.values(ActionClass).filter((actionClass) => denied.some((group) => group.actionClass === actionClass)).join(', ')}` }
    : {
      check: 'denied classes',
      status: 'FAIL',
      detail: `not explicitly denied: ${notDenied.map((action) => `${action} (${decisions.get(action) ?? 'no result'})`).join(', ')}`,
      fix: 'the DataAccessGuardrail policies are missing or from an earlier release: deploy the template of this release',
    });

  // Grants on every resource (a resource-scoped one needs its resource), less what the options deny.
  const deniedActions = new Set(denied.flatMap((group) => group.actions));
  const reads = profile.grants.filter((grant) => grant.resources === undefined)
    .flatMap((grant) => grant.actions.flatMap((pattern) => expandActionPattern(pattern, catalog).slice(0, 2)))
    .filter((action) => !deniedActions.has(action));
  progress(`simulating ${reads.length} reads of the ${profile.name} profile`);
  const readDecisions = await simulate(iam, role.Arn, reads, context);
  const notAllowed = reads.filter((action) => readDecisions.get(action) !== 'allowed');
  results.push(notAllowed.length === 0
    ? { check: 'profile reads', status: 'PASS', detail: `IAM's simulator allows all ${reads.length} sampled reads of the ${profile.name} profile` }
    : {
      check: 'profile reads',
      status: 'FAIL',
      detail: `not allowed: ${notAllowed.map((action) => `${action} (${readDecisions.get(action) ?? 'no result'})`).join(', ')}`,
      fix: 'a permissions boundary or an SCP may deny them, or the role\'s Permissions policies were changed',
    });
  return results;
}

function profileFromDescription(description: string | undefined): PermissionProfile | undefined {
  const name = /\((COST|SECURITY_AUDIT|INVENTORY) profile\)/.exec(description ?? '')?.[1];
  return name ? PermissionProfile.fromName(name) : undefined;
}

function trustCheck(encodedDocument: string | undefined, ownAccount: string): VerificationResult {
  const document = JSON.parse(decodeURIComponent(encodedDocument ?? '%7B%7D'));
  const allows = [document.Statement ?? []].flat().filter((statement: any) => statement.Effect === 'Allow');
  // ExternalId.none() is for a named role of the customer's own account (a hub collector).
  const ownRole = (statement: any) => [statement.Principal?.AWS ?? []].flat()
    .every((principal: string) => new RegExp(`^arn:aws[a-z-]*:iam::${ownAccount}:role/`).test(principal));
  const withoutExternalId = allows.filter((statement: any) => statement.Condition?.StringEquals?.['sts:ExternalId'] === undefined && !ownRole(statement));
  if (allows.length > 0 && withoutExternalId.length === 0) {
    return { check: 'trust', status: 'PASS', detail: `every principal must present the external ID, or is a role of this account (${allows.map((s: any) => JSON.stringify(s.Principal)).join(', ')})` };
  }
  return {
    check: 'trust',
    status: 'FAIL',
    detail: `${withoutExternalId.length} of ${allows.length} trust statements require no sts:ExternalId: ${withoutExternalId.map((s: any) => JSON.stringify(s.Principal)).join(', ')}`,
    fix: 'a vendor role must be trusted with ExternalId.of(<the ID the vendor gave you>); redeploy with the external ID',
  };
}

async function managedPolicyCheck(
  iam: IAMClient, policyArn: string, catalog: ActionCatalog, classification: ActionClassification,
): Promise<VerificationResult> {
  const name = policyArn.replace(/^arn:aws[a-z-]*:iam::aws:policy\//, '');
  const check = `managed policy ${name}`;
  const releasedVersion = MANAGED_POLICY_VERSIONS[name];
  if (!releasedVersion) {
    return { check, status: 'FAIL', detail: 'not a policy of any profile of this release: its actions are not classified', fix: 'detach it from the vendor role' };
  }
  const { Policy: policy } = await iam.send(new GetPolicyCommand({ PolicyArn: policyArn }));
  const { PolicyVersion: version } = await iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: policy?.DefaultVersionId }));
  const document = JSON.parse(decodeURIComponent(version?.Document ?? '%7B%7D'));
  const patterns: string[] = [document.Statement ?? []].flat().filter((statement: any) => statement.Effect === 'Allow').flatMap((statement: any) => [statement.Action ?? []].flat());
  const released = new Set(managedPolicyActions(name).map((action) => action.toLowerCase()));
  // An action newer than this release's catalog is kept as written, so that it is reported too.
  const now = [...new Set(patterns.flatMap((pattern) => {
    const expanded = expandActionPattern(pattern, catalog);
    return expanded.length > 0 || /[*?]/.test(pattern) || !splitAction(pattern) ? expanded : [pattern];
  }))];
  const added = now.filter((action) => !released.has(action.toLowerCase())).sort();
  if (added.length === 0) {
    return { check, status: 'PASS', detail: `${policy?.DefaultVersionId} allows nothing that release version ${releasedVersion} did not (${now.length} actions, all classified)` };
  }
  const described = added.map((action) => {
    const actionClass = classification.classify(action).actionClass;
    return `${action} (${actionClass ? `rules say ${actionClass}` : 'unclassified'})`;
  });
  return {
    check,
    status: 'FAIL',
    detail: `${policy?.DefaultVersionId} allows ${added.length} actions that release version ${releasedVersion} did not classify: ${described.join(', ')}`,
    fix: 'update cdk-account-onboarding to a release that classifies them, or deploy with pinnedPermissions so that AWS changes cannot widen the role',
  };
}

/** The documents of the customer-managed policies among the attached ones, at their default versions. */
async function customerManagedDocuments(iam: IAMClient, policyArns: string[]): Promise<any[]> {
  const documents: any[] = [];
  for (const policyArn of policyArns.filter((arn) => !/^arn:aws[a-z-]*:iam::aws:policy\//.test(arn))) {
    const { Policy: policy } = await iam.send(new GetPolicyCommand({ PolicyArn: policyArn }));
    const { PolicyVersion: version } = await iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: policy?.DefaultVersionId }));
    documents.push(JSON.parse(decodeURIComponent(version?.Document ?? '%7B%7D')));
  }
  return documents;
}

async function simulate(iam: IAMClient, roleArn: string, actions: string[], context: ContextEntry[] = []): Promise<Map<string, string>> {
  const decisions = new Map<string, string>();
  for (let start = 0; start < actions.length; start += SIMULATION_BATCH) {
    let marker: string | undefined;
    do {
      const response = await iam.send(new SimulatePrincipalPolicyCommand({
        PolicySourceArn: roleArn, ActionNames: actions.slice(start, start + SIMULATION_BATCH), Marker: marker, ContextEntries: context,
      }));
      for (const result of response.EvaluationResults ?? []) {
        decisions.set(result.EvalActionName!, result.EvalDecision!);
      }
      marker = response.IsTruncated ? response.Marker : undefined;
    } while (marker);
  }
  return decisions;
}
