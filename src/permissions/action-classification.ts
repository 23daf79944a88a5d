import { splitAction, wildcardToRegExp } from './action-catalog';
import { ActionClass } from './action-class';
import { ClassificationRule } from './classification-rule';
import { CLASSIFICATION_RULES } from './classification-rules';
import { MANAGED_POLICY_ACTIONS } from './generated/managed-policy-actions';


/**
 * How one action was classified.
 */
export interface ActionClassificationResult {
  /** The action, e.g. `s3:GetObject`. */
  readonly action: string;

  /**
   * The action's class.
   *
   * @default - none: no rule matches (unclassified), or rules of different classes match equally
   * specifically (see `conflicts`)
   */
  readonly actionClass?: ActionClass;

  /**
   * Why the action is in its class: the reason of the rule that decided.
   *
   * @default - none when unclassified
   */
  readonly reason?: string;

  /**
   * The rule entry that decided (`s3:GetObject`, `ec2:Describe*` or `*:List*`).
   *
   * @default - none when unclassified
   */
  readonly matchedBy?: string;

  /**
   * The rule entries of different classes that match equally specifically, when they conflict.
   *
   * @default - none
   */
  readonly conflicts?: string[];
}

/** The matcher of an exact entry, which is found by its key instead. */
const EXACT = /^$/;

interface IndexedEntry {
  readonly entry: string;
  readonly matcher: RegExp;
  readonly rule: ClassificationRule;
}

/**
 * The classification of IAM actions into `ActionClass`es, from the typed rules in
 * `classification-rules.ts`.
 *
 * A rule entry is an exact action (`s3:GetObject`), a pattern of one service (`ec2:Describe*`) or a
 * pattern of every service (`*:List*`), which applies only to the actions the AWS-managed policies
 * allow (those whose responses were reviewed). The most specific matching entries decide, in that order;
 * when entries of different classes match at the same level the action is in conflict, and when
 * none matches it is unclassified. Tests require every action a profile allows to be classified
 * and free of conflicts, so a rule that would put an action in two classes cannot land.
 */
export class ActionClassification {
  /**
   * Classifies one action (the catalog's spelling is not required: IAM actions are case-insensitive).
   */
  public static classifyAction(action: string): ActionClassificationResult {
    return new ActionClassification().classify(action);
  }

  /** The rules, in the order they are written, with their reasons. */
  public static rules(): ClassificationRule[] {
    return CLASSIFICATION_RULES.map((rule) => ({ actionClass: rule.actionClass, actions: [...rule.actions], reason: rule.reason }));
  }

  private readonly exact = new Map<string, IndexedEntry[]>();
  /** The actions the every-service rules apply to: those reviewed, which the AWS-managed policies allow. */
  private readonly reviewed = new Set<string>(Object.values(MANAGED_POLICY_ACTIONS)
    .flatMap((services) => Object.entries(services).flatMap(([service, names]) => names.split(' ').map((name) => `${service}:${name}`.toLowerCase()))));
  private readonly byService = new Map<string, IndexedEntry[]>();
  private readonly everyService: IndexedEntry[] = [];

  /** Indexes the rules; one instance classifies many actions quickly. */
  public constructor() {
    for (const rule of CLASSIFICATION_RULES) {
      for (const entry of rule.actions) {
        const parts = /^([a-z0-9-]+|\*):([A-Za-z0-9*?]+)$/.exec(entry);
        if (!parts) {
          throw new Error(`classification rule entries must be service:Action, service:Pattern* or *:Pattern*, got '${entry}'`);
        }
        if (parts[1] === '*') {
          this.everyService.push({ entry, matcher: wildcardToRegExp(parts[2]), rule });
        } else if (/[*?]/.test(parts[2])) {
          const list = this.byService.get(parts[1]) ?? [];
          list.push({ entry, matcher: wildcardToRegExp(parts[2]), rule });
          this.byService.set(parts[1], list);
        } else {
          // Exact entries are looked up by key, so they need no matcher.
          const key = entry.toLowerCase();
          const list = this.exact.get(key) ?? [];
          list.push({ entry, matcher: EXACT, rule });
          this.exact.set(key, list);
        }
      }
    }
  }

  /** Classifies one action. */
  public classify(action: string): ActionClassificationResult {
    const parts = splitAction(action);
    if (!parts) {
      return { action };
    }
    const service = parts.service.toLowerCase();
    const levels = [
      this.exact.get(`${service}:${parts.action}`.toLowerCase()) ?? [],
      (this.byService.get(service) ?? []).filter((indexed) => indexed.matcher.test(parts.action)),
      // A verb rule decides only for reviewed actions: elsewhere in the catalog a List or Describe may
      // return anything, and stays unclassified until a rule names it.
      this.reviewed.has(`${service}:${parts.action}`.toLowerCase()) ? this.everyService.filter((indexed) => indexed.matcher.test(parts.action)) : [],
    ];
    const deciding = levels.find((matches) => matches.length > 0);
    if (!deciding) {
      return { action };
    }
    const classes = new Set(deciding.map((indexed) => indexed.rule.actionClass));
    if (classes.size > 1) {
      return { action, conflicts: deciding.map((indexed) => `${indexed.entry} (${indexed.rule.actionClass})`) };
    }
    return { action, actionClass: deciding[0].rule.actionClass, reason: deciding[0].rule.reason, matchedBy: deciding[0].entry };
  }

  /** The exact actions that rules name (not patterns), lowercased keys with their entry spelling. */
  public namedActions(): string[] {
    return [...this.exact.values()].map((entries) => entries[0].entry);
  }
}
