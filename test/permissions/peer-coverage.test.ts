import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ActionClassification, DataAccessGuardrail, DeniedReadFeatures, OptInFeature, PermissionProfile, ReadOnlyRole } from '../../src';
import { ActionCatalog } from '../../src/permissions/action-catalog';
import { PEER_COVERAGE } from '../../src/permissions/generated/peer-coverage';
import { renderPermissionsDocument } from '../../src/publication/permissions-document';
import { DeployedRole, deployedRole, sampleResourceFor, simulateRoleAction, simulateRoleActionWithResourcePolicy } from '../support/simulator';
import { logicalIdOf, roleProps } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

const PEERS = path.join(__dirname, '..', 'fixtures', 'peers');

/** The IAM actions a peer's AWS code calls, with API Gateway's GET paths, read from its committed list. */
function peerList(file: string): { repo: string; commit: string; actions: string[]; apigatewayPaths: string[] } {
  const list = JSON.parse(fs.readFileSync(path.join(PEERS, file), 'utf8'));
  return {
    repo: list.repo,
    commit: list.commit,
    actions: Object.keys(list.actions).filter((action) => action !== 'apigateway:GET'),
    apigatewayPaths: [...new Set<string>((list.apigatewayPaths?.['apigateway:GET'] ?? []).map((call: { resource: string }) => call.resource))],
  };
}

function deploy(profile: PermissionProfile, optInFeatures: OptInFeature[] = []): DeployedRole {
  const stack = new Stack(new App(), 'Customer', { env: { account: '333333333333', region: 'us-east-1' } });
  new ReadOnlyRole(stack, 'VendorRole', roleProps({ profile, optInFeatures }));
  const template = Template.fromStack(stack);
  return deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role'));
}

/**
 * The key policy KMS creates by default: it lets the account's IAM policies decide, which is what a
 * customer's keys do unless the customer wrote their own key policy.
 */
const DEFAULT_KEY_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::333333333333:root' }, Action: 'kms:*', Resource: '*' }],
};

async function decide(role: DeployedRole, action: string, target: string) {
  const keyPolicy = /^arn:aws:kms:[^:]+:\d{12}:key\//.test(target) ? DEFAULT_KEY_POLICY : undefined;
  try {
    return keyPolicy ? await simulateRoleActionWithResourcePolicy(role, action, target, keyPolicy) : await simulateRoleAction(role, action, target);
  } catch {
    // The catalog's ARN format of a few actions fits several resource types: the simulator then needs `*`.
    return simulateRoleAction(role, action, '*');
  }
}

describe.each([
  // The floors are the shares before the response-shape audit moved reads into denied classes (issue 18):
  // with the denied-read features that serve it switched on, a tool gets at least as much as it had.
  ['Prowler', 'prowler-actions.json', PermissionProfile.SECURITY_AUDIT, 423],
  ['Cartography', 'cartography-actions.json', PermissionProfile.INVENTORY, 207],
] as const)('every AWS call %s makes, evaluated by the IAM simulator against its profile', (tool, file, profile, floorWithFeatures) => {
  const list = peerList(file);
  const catalog = new ActionCatalog();
  const classification = new ActionClassification();
  let role: DeployedRole;
  let decisions: { call: string; decision: string }[];
  beforeAll(async () => {
    role = deploy(profile);
    const samples = await Promise.all(list.actions.map((action) => sampleResourceFor(action).catch(() => '*')));
    decisions = [];
    // One at a time: the simulator is CPU-bound, and hundreds of interleaved simulations only add memory.
    for (const [index, action] of list.actions.entries()) {
      decisions.push({ call: catalog.canonical(action) ?? action, decision: await decide(role, action, samples[index]) });
    }
    for (const resource of list.apigatewayPaths) {
      decisions.push({ call: `apigateway:GET ${resource}`, decision: await decide(role, 'apigateway:GET', resource) });
    }
  });

  test('is allowed, or explicitly denied because its response is in a class the profile denies', () => {
    const deniedClasses = DataAccessGuardrail.deniedClasses(profile);
    const unaccounted = decisions.filter(({ call, decision }) => decision !== 'Allowed'
      && !(decision === 'ExplicitlyDenied' && deniedClasses.includes(classification.classify(call.split(' ')[0]).actionClass!)));
    expect({ tool, unaccounted }).toEqual({ tool, unaccounted: [] });
  });

  test('is allowed for at least 90% of the calls, and with the denied-read features that serve it on, for no fewer than before the audit', async () => {
    const allowed = decisions.filter(({ decision }) => decision === 'Allowed').length;
    expect({ tool, share: allowed / decisions.length >= 0.9 }).toEqual({ tool, share: true });
    const coverage = PEER_COVERAGE.find((entry) => entry.tool === tool)!;
    const withFeatures = deploy(profile, coverage.features.map((name) => DeniedReadFeatures.named(name, 'true')));
    // Features only add Allows and remove Denies, so only the refused calls can change.
    let served = allowed;
    for (const { call } of decisions.filter((entry) => entry.decision !== 'Allowed')) {
      const [action, resource] = call.split(' ');
      served += (await decide(withFeatures, action, resource ?? '*')) === 'Allowed' ? 1 : 0;
    }
    expect({ tool, served }).toEqual({ tool, served: coverage.allowedWithFeatures });
    expect(served).toBeGreaterThanOrEqual(floorWithFeatures);
  });

  test('is what PERMISSIONS.md states for the profile, computed at build time from the same list', () => {
    const coverage = PEER_COVERAGE.find((entry) => entry.tool === tool)!;
    expect({ repo: coverage.repo, commit: coverage.commit, profile: coverage.profile })
      .toEqual({ repo: list.repo, commit: list.commit, profile: profile.name });
    expect(coverage.calls).toBe(decisions.length);
    expect(coverage.allowed).toBe(decisions.filter(({ decision }) => decision === 'Allowed').length);
    expect(coverage.refused.map((refusal) => refusal.call).sort()).toEqual(decisions.filter(({ decision }) => decision !== 'Allowed').map(({ call }) => call).sort());
    const stack = new Stack(new App(), 'Published', { env: { account: '333333333333', region: 'us-east-1' } });
    const document = renderPermissionsDocument(new ReadOnlyRole(stack, 'VendorRole', roleProps({ profile })), 'Acme', '1.0.0', (text) => text);
    expect(document).toContain(`### Measured against ${tool}`);
    expect(document).toContain(`${coverage.allowed} allowed (${(100 * coverage.allowed / coverage.calls).toFixed(1)}%), ${coverage.allowedWithFeatures} (${(100 * coverage.allowedWithFeatures / coverage.calls).toFixed(1)}%) with the denied-read features ${coverage.features.map((name) => `\`${name}\``).join(', ')} switched on`);
    for (const refusal of coverage.refused) {
      expect(document).toContain(`| \`${refusal.call}\` | ${refusal.actionClass} |`);
    }
  });
});
