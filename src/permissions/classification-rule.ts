import { ActionClass } from './action-class';

/**
 * A classification rule: actions (exact names or patterns) that are in one class, and why.
 */
export interface ClassificationRule {
  /** The class of every action the rule matches. */
  readonly actionClass: ActionClass;
  /**
   * Exact actions (`s3:GetObject`), patterns of one service (`ec2:Describe*`) or patterns of every
   * service (`*:List*`). The most specific matching entries decide an action's class: exact names,
   * then service patterns, then every-service patterns.
   */
  readonly actions: string[];
  /** What the response holds, in one sentence a security reviewer understands. */
  readonly reason: string;
}
