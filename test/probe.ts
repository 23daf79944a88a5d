import { DataAccessGuardrail, PermissionProfile } from '../src';
import { profileAllowedActions } from '../src/permissions/effective-actions';
for (const profile of PermissionProfile.all()) {
  const allowed = profileAllowedActions(profile); const denied = new Set(DataAccessGuardrail.actions(profile));
  const d = allowed.filter((a) => denied.has(a)).length;
  console.log(`| ${profile.name} | ${allowed.length} | ${d} | ${allowed.length - d} |`);
}
