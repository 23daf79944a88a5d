import { ActionClass } from './action-class';

/**
 * A classification rule: actions (exact names or patterns) that are in one class, and why; and the
 * flagged response fields it decides.
 *
 * A flagged field is a field of an action's response that AWS's service models mark `sensitive`, or whose
 * name belongs to a class the guardrail denies (a secret, key, token, code, query, prompt, message,
 * contact address or download URL); the response-shape audit lists them for every action of the
 * classification domain. Every flagged field must be decided by a rule that names it: in `fields` (the
 * field puts the action in the rule's class) or in `metadataFields` (the field holds no denied data, with
 * the evidence). A rule that names no field is a fallback: it may classify only actions none of whose
 * flagged fields it would have to decide.
 */
export interface ClassificationRule {
  /**
   * The rule's stable id, `<service>/<name>` (`every-service/...` for the verb rules), which reviews cite
   * and the generated data refers to.
   */
  readonly id: string;

  /** The class of every action the rule decides. */
  readonly actionClass: ActionClass;

  /**
   * Exact actions (`s3:GetObject`), patterns of one service (`ec2:Describe*`) or patterns of every
   * service (`*:List*`). Exact names decide first, then the fields that pattern rules name, then service
   * patterns, then every-service patterns.
   */
  readonly actions: string[];

  /** What the response holds, in one sentence a security reviewer understands, or that the rule is a fallback. */
  readonly reason: string;

  /**
   * Whether the rule is a fallback that records no review of its own (the verb rules, and the reads of a
   * service kept in metadata because nothing in their responses is flagged). A fallback may classify only
   * actions each of whose flagged fields another rule names.
   *
   * @default false
   */
  readonly fallback?: boolean;

  /**
   * Flagged response fields (a member name such as `Environment`, or a path such as
   * `Configuration.Environment`) that put the action in this rule's class, each with what it holds. A
   * pattern rule with fields decides only the actions whose responses have one of them.
   *
   * @default - none
   */
  readonly fields?: { [field: string]: string };

  /**
   * Flagged response fields that hold no content, credential, code or personal data, each with the
   * evidence: "never returned (API reference)", "masked as ****", "a public key".
   *
   * @default - none
   */
  readonly metadataFields?: { [field: string]: string };
}
