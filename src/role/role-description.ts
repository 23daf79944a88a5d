import { ReadOnlyRoleOptions } from './read-only-role-options';

/**
 * A vendor role's default description, true for the options chosen: it is what reviewers read in
 * the IAM console, so it says "read-only" only without write actions and "data reads are denied"
 * only with the guardrail. It keeps "(<PROFILE> profile)", which `verify` reads the profile from.
 * (Description is updatable: changing it does not replace the role.)
 */
export function roleDescription(profileName: string, options: ReadOnlyRoleOptions, who: { vendorName?: string; recipient?: string }): string {
  const writes = (options.writeActions ?? []).length > 0;
  const access = writes ? 'read access' : 'read-only access';
  const head = who.vendorName !== undefined ? `${who.vendorName} ${access}` : `${access.charAt(0).toUpperCase()}${access.slice(1)}`;
  const scope = `(${profileName} profile)${writes ? ' and write actions the customer agreed to' : ''}`;
  const recipient = who.recipient !== undefined ? `${writes ? ',' : ''} ${who.recipient}` : '';
  const reads = (options.dataAccessGuardrail ?? true) ? 'data reads are denied.' : 'no data-access guardrail, so data reads are not denied.';
  return `${head} ${scope}${recipient}; ${reads}`;
}
