import { ReadOnlyRoleOptions } from './read-only-role-options';

/**
 * Every key of `ReadOnlyRoleOptions`: how the constructs that take the options pass them on. The
 * type below fails to compile when a key of the interface is missing here.
 */
export const ROLE_OPTION_KEYS = [
  'additionalGrants',
  'writeActions',
  'dataAccessGuardrail',
  'denySecretBearingConfiguration',
  'pinnedPermissions',
  'allowedRegions',
  'additionalKnownRegions',
  'roleName',
  'path',
  'maxSessionDuration',
  'optInFeatures',
] as const;

type MissingRoleOptionKeys = Exclude<keyof ReadOnlyRoleOptions, (typeof ROLE_OPTION_KEYS)[number]>;
const ROLE_OPTION_KEYS_COMPLETE: MissingRoleOptionKeys extends never ? true : never = true;
void ROLE_OPTION_KEYS_COMPLETE;

/** The role options among a construct's props, key by key, without the props that are not role options. */
export function roleOptionsOf(props: ReadOnlyRoleOptions): ReadOnlyRoleOptions {
  const options: Record<string, unknown> = {};
  for (const key of ROLE_OPTION_KEYS) {
    if (props[key] !== undefined) {
      options[key] = props[key];
    }
  }
  return options as ReadOnlyRoleOptions;
}
