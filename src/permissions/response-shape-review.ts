import { ActionCatalog } from './action-catalog';
import { ActionClass } from './action-class';
import { ActionClassification } from './action-classification';
import { profileAllowedActions } from './effective-actions';
import { ACTIONS_WITHOUT_MODEL, SERVICE_MODELS_VERSION } from './generated/response-shapes';
import { PermissionProfile } from './permission-profile';

/** One flagged field of an allowed action's response, and how it was decided. */
export interface ReviewedField {
  readonly action: string;
  /** The class of the action as a whole. */
  readonly actionClass: ActionClass;
  readonly field: string;
  readonly flags: string[];
  /** The class the field puts the action in (`metadata` when it holds nothing denied). */
  readonly fieldClass: ActionClass;
  readonly holds: string;
  readonly ruleId: string;
}

/** An allowed action that no AWS service model has, and the exact rule a person wrote for it. */
export interface ActionWithoutModel {
  readonly action: string;
  readonly actionClass: ActionClass;
  readonly reason: string;
  readonly ruleId: string;
}

/** How a profile's allowed actions were checked against AWS's service models. */
export interface ResponseShapeReview {
  /** The models' release, e.g. `botocore 1.43.107`. */
  readonly modelsVersion: string;
  /** The actions the profile's policies allow (before the guardrail). */
  readonly allowed: number;
  /** Of those, the ones some model has an operation for. */
  readonly withModel: number;
  /** Of those, the ones whose responses have a flagged field. */
  readonly withFlaggedFields: number;
  /** Every flagged field of those actions, each decided by a rule that names it. */
  readonly fields: ReviewedField[];
  /** The allowed actions that no model has, each decided by an exact rule. */
  readonly withoutModel: ActionWithoutModel[];
}

/**
 * The response-shape review of a profile: what its policies allow, what of that AWS's models describe,
 * every flagged field with its decision, and the actions reviewed by hand. A field that no rule decides
 * throws (the tests keep that from landing), so nothing rendered from this is ever "undecided".
 */
export function responseShapeReview(
  profile: PermissionProfile, catalog = new ActionCatalog(), classification = ActionClassification._release(),
): ResponseShapeReview {
  const allowed = profileAllowedActions(profile, catalog);
  const noModel = new Set(ACTIONS_WITHOUT_MODEL.map((action) => action.toLowerCase()));
  // Only the actions with flagged fields or without a model are reviewed here: the others need no classifying.
  const results = allowed.filter((action) => classification._hasFlaggedFields(action) || noModel.has(action.toLowerCase()))
    .map((action) => classification.classify(action));
  const fields = results.flatMap((result) => (result.fields ?? []).map((field) => {
    if (!field.actionClass || !result.actionClass) {
      throw new Error(`${result.action}: the flagged field ${field.field} is decided by no rule`);
    }
    return {
      action: result.action,
      actionClass: result.actionClass,
      field: field.field,
      flags: field.flags,
      fieldClass: field.actionClass,
      holds: field.holds!,
      ruleId: field.ruleId!,
    };
  }));
  const withoutModel = results.filter((result) => noModel.has(result.action.toLowerCase()))
    .map((result) => ({ action: result.action, actionClass: result.actionClass!, reason: result.reason!, ruleId: result.ruleId! }));
  return {
    modelsVersion: SERVICE_MODELS_VERSION,
    allowed: allowed.length,
    withModel: allowed.length - withoutModel.length,
    withFlaggedFields: new Set(fields.map((field) => field.action)).size,
    fields,
    withoutModel,
  };
}
