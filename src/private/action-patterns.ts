import { ActionCatalog, splitAction } from './action-catalog';

/** How `compressActions` writes patterns. */
export interface CompressOptions {
  /**
   * Whether a prefix wildcard may stand for a single action (`ec2:DescribeVpnC*` for
   * `ec2:DescribeVpnConnections`). Right for a Deny, where a future action of the same prefix is
   * denied too; wrong for an Allow, which must not grant actions nobody classified.
   */
  readonly shortenSingleActions: boolean;
}

/**
 * Writes a set of exact actions as few, short patterns as the catalog allows: `svc:*` when the set
 * holds every action of the service, otherwise for each action the shortest prefix wildcard
 * (`ec2:DescribeVpn*`) that matches nothing in the catalog outside the set, or the exact name when
 * no prefix is that narrow. A pattern therefore never matches a catalog action outside the set, which
 * is what keeps a compressed Deny from denying metadata and a compressed Allow from allowing more
 * than was classified. Actions the catalog does not know are kept as they are.
 */
export function compressActions(actions: readonly string[], catalog: ActionCatalog, options: CompressOptions): string[] {
  const byService = new Map<string, Set<string>>();
  const unknown: string[] = [];
  for (const action of actions) {
    const canonical = catalog.canonical(action);
    if (!canonical) {
      unknown.push(action);
      continue;
    }
    const [service, name] = canonical.split(':');
    byService.set(service, (byService.get(service) ?? new Set()).add(name.toLowerCase()));
  }
  const patterns: string[] = [];
  for (const [service, selected] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
    const names = [...catalog.actionsOf(service)!.values()].map((record) => record.name).sort();
    if (names.every((name) => selected.has(name.toLowerCase()))) {
      patterns.push(`${service}:*`);
      continue;
    }
    const covered = new Set<string>();
    for (const name of names.filter((candidate) => selected.has(candidate.toLowerCase()))) {
      if (covered.has(name)) {
        continue;
      }
      let emitted = false;
      for (let length = 1; length <= name.length && !emitted; length++) {
        const prefix = name.slice(0, length).toLowerCase();
        const matched = names.filter((candidate) => candidate.toLowerCase().startsWith(prefix));
        if (matched.every((candidate) => selected.has(candidate.toLowerCase()))) {
          const wildcard = matched.length > 1 || (options.shortenSingleActions && length < name.length);
          patterns.push(wildcard ? `${service}:${name.slice(0, length)}*` : `${service}:${name}`);
          matched.forEach((candidate) => covered.add(candidate));
          emitted = true;
        }
      }
      if (!emitted) {
        patterns.push(`${service}:${name}`);
        covered.add(name);
      }
    }
  }
  return [...patterns, ...unknown.filter((action) => splitAction(action)).sort()];
}
