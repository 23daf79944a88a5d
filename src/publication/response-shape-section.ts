import { ActionCatalog } from '../permissions/action-catalog';
import { ActionClassification } from '../permissions/action-classification';
import { NAME_FLAGS, SERVICE_MODEL_COUNT } from '../permissions/generated/response-shapes';
import { PermissionProfile } from '../permissions/permission-profile';
import { responseShapeReview } from '../permissions/response-shape-review';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * PERMISSIONS.md's account of how the classification was checked against AWS's service models: the counts,
 * every flagged field of every allowed action with its decision, and the actions reviewed by hand.
 */
export function responseShapeSection(profile: PermissionProfile, catalog: ActionCatalog, classification: ActionClassification): string[] {
  const review = responseShapeReview(profile, catalog, classification);
  return [
    '## How the classification was checked against AWS\'s models',
    '',
    `Every allowed action's response was walked field by field in AWS's own service models (${review.modelsVersion}, ${SERVICE_MODEL_COUNT} models at their newest API version). A field is flagged when the model marks it sensitive or when its name is that of ${Object.values(NAME_FLAGS).join('; ')}. Every flagged field is decided by a rule that names it, either putting the action in the field's class or recording why the field holds nothing denied; a rule that names no field (a fallback) may classify only actions whose flagged fields other rules decide. A test fails, naming the action and the field, on any field no rule decides.`,
    '',
    '| Actions allowed | With a model | With flagged fields (every one decided) | Without a model (reviewed by hand, listed below) |',
    '| --- | --- | --- | --- |',
    `| ${review.allowed} | ${review.withModel} | ${review.withFlaggedFields} | ${review.withoutModel.length} |`,
    '',
    '### Every flagged field and its decision',
    '',
    '| Action | Field | Flagged as | Decision | What it holds | Rule |',
    '| --- | --- | --- | --- | --- | --- |',
    ...review.fields.map((field) => `| \`${field.action}\` | \`${cell(field.field)}\` | ${field.flags.join(', ')} | ${field.fieldClass} | ${cell(field.holds)} | \`${field.ruleId}\` |`),
    '',
    '### Actions no model has',
    '',
    'Console-only, legacy or data-plane actions with no operation in the models, each decided by a rule written for it after reading its API reference:',
    '',
    '| Action | Class | What the response holds | Rule |',
    '| --- | --- | --- | --- |',
    ...review.withoutModel.map((action) => `| \`${action.action}\` | ${action.actionClass} | ${cell(action.reason)} | \`${action.ruleId}\` |`),
    '',
  ];
}
