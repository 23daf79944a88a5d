import { splitAction, wildcardToRegExp } from './action-catalog';
import { ActionClass } from './action-class';
import { ClassificationRule } from './classification-rule';
import { MANAGED_POLICY_ACTIONS } from './generated/managed-policy-actions';
import { FLAGGED_FIELDS } from './generated/response-shapes';
import { releaseRules } from './release-rules';

/**
 * How one flagged response field of an action was decided.
 */
export interface FieldDecision {
  /** The field's path in the response, e.g. `Configuration.Environment` (`[]` a list item, `{}` a map value). */
  readonly field: string;

  /** Why the audit flagged it: `sensitive` (the model marks it) or the name class its name belongs to. */
  readonly flags: string[];

  /**
   * The class the field puts the action in (`metadata` when it holds no denied data).
   *
   * @default - none: no rule names the field (undecided)
   */
  readonly actionClass?: ActionClass;

  /**
   * What the field holds, or the evidence that it holds nothing denied, as the deciding rule writes it.
   *
   * @default - none when undecided
   */
  readonly holds?: string;

  /**
   * The id of the rule that names the field.
   *
   * @default - none when undecided
   */
  readonly ruleId?: string;
}

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
   * The id of the rule that decided.
   *
   * @default - none when unclassified
   */
  readonly ruleId?: string;

  /**
   * Whether the deciding rule is a fallback, which records no review of its own.
   *
   * @default - none when unclassified
   */
  readonly fallback?: boolean;

  /**
   * The flagged fields of the action's responses (from the response-shape audit) and how each was decided.
   *
   * @default - none: the responses have no flagged field, or no model has the action
   */
  readonly fields?: FieldDecision[];

  /**
   * The rule entries of different classes that match equally specifically, when they conflict.
   *
   * @default - none
   */
  readonly conflicts?: string[];
}

/**
 * What an `ActionClassification` classifies with.
 */
export interface ActionClassificationProps {
  /**
   * The rules.
   *
   * @default - this release's rules (`ActionClassification.rules()`)
   */
  readonly rules?: ClassificationRule[];

  /**
   * The flagged fields of each action's responses: action -> `path:flag,flag` entries separated by spaces.
   *
   * @default - this release's response-shape audit of AWS's service models
   */
  readonly flaggedFields?: { [action: string]: string };
}

/** The matcher of an exact entry, which is found by its key instead. */
const EXACT = /^$/;

interface IndexedEntry {
  readonly entry: string;
  readonly matcher: RegExp;
  readonly rule: ClassificationRule;
}

/** A rule's decision about one field: the class it puts the action in and what it holds. */
interface NamedField {
  readonly actionClass: ActionClass;
  readonly holds: string;
}

/** The lowercased leaf name of a field path: `Functions[].Environment{}` -> `environment`. */
function leafName(fieldPath: string): string {
  return fieldPath.split('.').pop()!.replace(/(\[\]|\{\})+$/, '').toLowerCase();
}

/** How a rule decides a field, if it names it by its member name or by its path (or a path suffix). */
function namedField(rule: ClassificationRule, fieldPath: string): NamedField | undefined {
  const lowerPath = fieldPath.toLowerCase();
  const leaf = leafName(fieldPath);
  const names = (field: string) => {
    const lower = field.toLowerCase();
    return lower === leaf || lower === lowerPath || lowerPath.endsWith(`.${lower}`);
  };
  for (const [field, holds] of Object.entries(rule.fields ?? {})) {
    if (names(field)) return { actionClass: rule.actionClass, holds };
  }
  for (const [field, holds] of Object.entries(rule.metadataFields ?? {})) {
    if (names(field)) return { actionClass: ActionClass.METADATA, holds };
  }
  return undefined;
}

/** Whether a rule decides fields (a rule that names none is a fallback). */
function namesFields(rule: ClassificationRule): boolean {
  return Object.keys(rule.fields ?? {}).length + Object.keys(rule.metadataFields ?? {}).length > 0;
}

/**
 * The classification of IAM actions into `ActionClass`es, from the typed rules in
 * `classification-rules/` (one file per service, gathered in `classification-rules.ts`) and the response-shape audit of AWS's service models.
 *
 * A rule entry is an exact action (`s3:GetObject`), a pattern of one service (`ec2:Describe*`) or a
 * pattern of every service (`*:List*`). An action is decided, in this order, by the exact entries that
 * name it; by the fields that pattern rules name, when its responses have them (a prompt is code wherever
 * it appears); by the service patterns that name no field; and by the every-service patterns that name no
 * field, which apply only to the actions the AWS-managed policies allow. When entries of different
 * classes decide at the same level the action is in conflict, and when none does it is unclassified.
 *
 * Every flagged field of an action's responses is decided by the most specific rule that names it
 * (exact, then service pattern, then every-service pattern). Tests require every action a profile
 * allows to be classified, free of conflicts, with every flagged field decided, and a metadata action
 * to have only metadata fields; so a rule that would let a secret through cannot land.
 */
export class ActionClassification {
  /**
   * Classifies one action (the catalog's spelling is not required: IAM actions are case-insensitive).
   */
  public static classifyAction(action: string): ActionClassificationResult {
    // A copy: the shared classification keeps its results for every role and document of the process.
    const result = ActionClassification._release().classify(action);
    return {
      ...result,
      ...(result.fields ? { fields: result.fields.map((field) => ({ ...field, flags: [...field.flags] })) } : {}),
      ...(result.conflicts ? { conflicts: [...result.conflicts] } : {}),
    };
  }

  /** The rules, grouped by service, with their ids, reasons and the fields they decide. */
  public static rules(): ClassificationRule[] {
    return releaseRules().map((rule) => ({
      ...rule,
      actions: [...rule.actions],
      ...(rule.fields ? { fields: { ...rule.fields } } : {}),
      ...(rule.metadataFields ? { metadataFields: { ...rule.metadataFields } } : {}),
    }));
  }

  /**
   * The classification with this release's rules and audit, shared by every role, template and
   * document of the process: its rules never change, and it keeps what it has classified, so a
   * publication classifies each action once however many renderings ask.
   *
   * @internal
   */
  public static _release(): ActionClassification {
    ActionClassification.released ??= new ActionClassification();
    return ActionClassification.released;
  }

  private static released?: ActionClassification;

  private readonly exact = new Map<string, IndexedEntry[]>();
  /**
   * The actions the every-service rules apply to: those reviewed, which the AWS-managed policies allow;
   * lowercased names by service, indexed per service on first use (most roles classify a few services).
   */
  private readonly reviewedByService = new Map<string, ReadonlySet<string>>();
  private readonly byService = new Map<string, IndexedEntry[]>();
  private readonly everyService: IndexedEntry[] = [];
  /** The audit's flagged fields, by lowercased action. */
  private readonly flagged: Map<string, string>;
  /** What this instance has classified, by the action as asked. */
  private readonly results = new Map<string, ActionClassificationResult>();

  /** Indexes the rules; one instance classifies many actions quickly. */
  public constructor(props: ActionClassificationProps = {}) {
    this.flagged = new Map(Object.entries(props.flaggedFields ?? FLAGGED_FIELDS).map(([action, fields]) => [action.toLowerCase(), fields]));
    for (const rule of props.rules ?? releaseRules()) {
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
    // One instance is asked about the same actions by several renderings (class counts, the review).
    const cached = this.results.get(action);
    if (cached) {
      return cached;
    }
    const result = this.classifyUncached(action);
    this.results.set(action, result);
    return result;
  }

  private classifyUncached(action: string): ActionClassificationResult {
    const parts = splitAction(action);
    if (!parts) {
      return { action };
    }
    const service = parts.service.toLowerCase();
    const key = `${service}:${parts.action}`.toLowerCase();
    const exact = this.exact.get(key) ?? [];
    const servicePatterns = (this.byService.get(service) ?? []).filter((indexed) => indexed.matcher.test(parts.action));
    const everyServicePatterns = this.everyService.filter((indexed) => indexed.matcher.test(parts.action));

    // Each flagged field is decided by the most specific rules that name it.
    const conflicts: string[] = [];
    const fields: (FieldDecision & { decidedBy?: IndexedEntry })[] = this.flaggedFieldsOf(key).map(({ field, flags }) => {
      for (const level of [exact, servicePatterns, everyServicePatterns]) {
        const naming = level.map((indexed) => ({ indexed, named: namedField(indexed.rule, field) })).filter(({ named }) => named !== undefined);
        if (naming.length > 0) {
          if (new Set(naming.map(({ named }) => named!.actionClass)).size > 1) {
            conflicts.push(...naming.map(({ indexed, named }) => `${indexed.rule.id} decides ${field} as ${named!.actionClass}`));
          }
          const { indexed, named } = naming[0];
          return { field, flags, actionClass: named!.actionClass, holds: named!.holds, ruleId: indexed.rule.id, decidedBy: indexed };
        }
      }
      return { field, flags };
    });
    const fieldDecisions = fields.length > 0 ? fields.map(({ decidedBy, ...decision }) => decision) : undefined;
    const fieldDeciders = fields
      .filter((decision) => decision.decidedBy && !exact.includes(decision.decidedBy) && decision.actionClass !== ActionClass.METADATA)
      .map((decision) => decision.decidedBy!);

    const levels = [
      exact,
      // A pattern rule that names fields decides the actions whose responses have them, in its class.
      fieldDeciders,
      servicePatterns.filter((indexed) => !namesFields(indexed.rule)),
      // A verb rule decides only for reviewed actions: elsewhere in the catalog a List or Describe may
      // return anything, and stays unclassified until a rule names it.
      this.isReviewed(service, parts.action) ? everyServicePatterns.filter((indexed) => !namesFields(indexed.rule)) : [],
    ];
    const deciding = levels.find((matches) => matches.length > 0);
    if (!deciding) {
      return { action, ...(fieldDecisions ? { fields: fieldDecisions } : {}) };
    }
    const classes = new Set(deciding.map((indexed) => indexed.rule.actionClass));
    if (classes.size > 1 || conflicts.length > 0) {
      return {
        action,
        conflicts: [...(classes.size > 1 ? deciding.map((indexed) => `${indexed.entry} (${indexed.rule.actionClass})`) : []), ...conflicts],
        ...(fieldDecisions ? { fields: fieldDecisions } : {}),
      };
    }
    const rule = deciding[0].rule;
    return {
      action,
      actionClass: rule.actionClass,
      reason: rule.reason,
      matchedBy: deciding[0].entry,
      ruleId: rule.id,
      fallback: rule.fallback === true,
      ...(fieldDecisions ? { fields: fieldDecisions } : {}),
    };
  }

  /**
   * Whether the audit lists flagged fields for the action, without classifying it.
   *
   * @internal
   */
  public _hasFlaggedFields(action: string): boolean {
    return this.flagged.has(action.toLowerCase());
  }

  /** Whether an AWS-managed policy of a profile allows the action (the service lowercased). */
  private isReviewed(service: string, action: string): boolean {
    let names = this.reviewedByService.get(service);
    if (!names) {
      names = new Set(Object.values(MANAGED_POLICY_ACTIONS).flatMap((services) => (services[service] ?? '').split(' ')).filter((name) => name).map((name) => name.toLowerCase()));
      this.reviewedByService.set(service, names);
    }
    return names.has(action.toLowerCase());
  }

  /** The exact actions that rules name (not patterns), lowercased keys with their entry spelling. */
  public namedActions(): string[] {
    return [...this.exact.values()].map((entries) => entries[0].entry);
  }

  /** The flagged fields the response-shape audit lists for an action (lowercased `service:action`). */
  private flaggedFieldsOf(key: string): { field: string; flags: string[] }[] {
    const listed = this.flagged.get(key);
    if (!listed) {
      return [];
    }
    return listed.split(' ').map((entry) => {
      const separator = entry.lastIndexOf(':');
      return { field: entry.slice(0, separator), flags: entry.slice(separator + 1).split(',') };
    });
  }
}
