import type { ClassificationRule } from './classification-rule';
import { CLASSIFICATION_RULES_JSON } from './generated/classification-rules';

let parsed: readonly ClassificationRule[] | undefined;
let byId: ReadonlyMap<string, ClassificationRule> | undefined;

/**
 * This release's classification rules: those of `classification-rules/`, as generated at build time
 * into one JSON list (`npx projen generate:rules`), parsed on first use. Synthesis reads the rules
 * from here rather than from the 209 rule modules, which cost ten times as much to load.
 */
export function releaseRules(): readonly ClassificationRule[] {
  parsed ??= Object.freeze(JSON.parse(`[${CLASSIFICATION_RULES_JSON.join(',')}]`) as ClassificationRule[]);
  return parsed;
}

/** A rule of this release by its id. */
export function releaseRule(id: string): ClassificationRule | undefined {
  byId ??= new Map(releaseRules().map((rule) => [rule.id, rule]));
  return byId.get(id);
}
