import { ActionCatalog, splitAction } from './action-catalog';
import { byCodeUnits } from '../core/validation';

/** How `compressActions` writes patterns. */
export interface CompressOptions {
  /**
   * Whether a prefix wildcard may stand for a single action (`ec2:DescribeVpnC*` for
   * `ec2:DescribeVpnConnections`). Right for a Deny, where a future action of the same prefix is
   * denied too; wrong for an Allow, which must not grant actions nobody classified.
   */
  readonly shortenSingleActions: boolean;

  /**
   * Actions a pattern may match besides the set, without having to: for an Allow under a Deny of
   * exactly these actions (pinned mode under the data-access guardrail), which the Deny takes back.
   *
   * @default - none: a pattern matches nothing outside the set
   */
  readonly mayAlsoMatch?: readonly string[];
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
    const parts = splitAction(action);
    const sorted = parts && catalog.sortedNamesOf(parts.service);
    const name = parts?.action.toLowerCase();
    if (!parts || !sorted || sorted.lower[lowerBound(sorted.lower, name!)] !== name) {
      unknown.push(action);
      continue;
    }
    const service = parts.service.toLowerCase();
    byService.set(service, (byService.get(service) ?? new Set()).add(name!));
  }
  const mayAlsoMatch = new Set((options.mayAlsoMatch ?? []).map((action) => action.toLowerCase()));
  const patterns: string[] = [];
  for (const [service, selected] of [...byService].sort(([a], [b]) => byCodeUnits(a, b))) {
    const { names, lower } = catalog.sortedNamesOf(service)!;
    // selectedBefore[i]: how many of names[0..i) a pattern may match (the set, and what it may also
    // match), so a range is checked in O(1).
    const selectedBefore = [0];
    lower.forEach((name, index) => selectedBefore.push(selectedBefore[index] + (selected.has(name) || mayAlsoMatch.has(`${service}:${name}`) ? 1 : 0)));
    if (selectedBefore[names.length] === names.length) {
      patterns.push(`${service}:*`);
      continue;
    }
    /** The half-open range of sorted names that start with the prefix. */
    const rangeOf = (prefix: string): [number, number] => [lowerBound(lower, prefix), lowerBound(lower, `${prefix}\uffff`)];
    let index = 0;
    while (index < names.length) {
      if (!selected.has(lower[index])) {
        index++;
        continue;
      }
      const name = names[index];
      let emitted = false;
      for (let length = 1; length <= name.length && !emitted; length++) {
        const [from, to] = rangeOf(lower[index].slice(0, length));
        if (selectedBefore[to] - selectedBefore[from] === to - from) {
          const wildcard = to - from > 1 || (options.shortenSingleActions && length < name.length);
          patterns.push(wildcard ? `${service}:${name.slice(0, length)}*` : `${service}:${name}`);
          // The range starts at this name: every earlier name with the prefix was unselected.
          index = to;
          emitted = true;
        }
      }
      if (!emitted) {
        patterns.push(`${service}:${name}`);
        index++;
      }
    }
  }
  return [...patterns, ...unknown.filter((action) => splitAction(action)).sort()];
}

/** The first index whose value is not less than the key, in a sorted array. */
function lowerBound(sorted: string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (sorted[middle] < key) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}
