import { createHash } from 'node:crypto';
import { ActionClass, ActionClassification } from '../../src';
import { ActionCatalog, expandActionPattern } from '../../src/permissions/action-catalog';
import { CLASSIFICATION_RULES } from '../../src/permissions/classification-rules';
import { classificationDomain } from '../../src/permissions/effective-actions';
import { ACTIONS_WITHOUT_MODEL, AUDITED_DOMAIN_DIGEST, FLAGGED_FIELDS } from '../../src/permissions/generated/response-shapes';

const REGENERATE = 'run `npx projen generate:permissions` (it reads the botocore wheel), review the diff and decide every new flagged field';
const catalog = new ActionCatalog();
const classification = new ActionClassification();
const domain = classificationDomain(catalog, classification);
const results = domain.map((action) => classification.classify(action));
const exactRuleIds = new Set(CLASSIFICATION_RULES.filter((rule) => rule.actions.every((entry) => !entry.includes('*'))).map((rule) => rule.id));

describe('the response-shape audit (AWS\'s service models)', () => {
  test('covers the classification domain as it is now', () => {
    const digest = createHash('sha256').update(domain.join('\n')).digest('hex').slice(0, 16);
    expect({ digest, hint: REGENERATE }).toEqual({ digest: AUDITED_DOMAIN_DIGEST, hint: REGENERATE });
    const audited = new Set(domain.map((action) => action.toLowerCase()));
    expect(Object.keys(FLAGGED_FIELDS).concat(ACTIONS_WITHOUT_MODEL).filter((action) => !audited.has(action.toLowerCase()))).toEqual([]);
  });

  test('every flagged field of every action is decided by a rule that names it', () => {
    const undecided = results.flatMap((result) => (result.fields ?? []).filter((field) => field.actionClass === undefined)
      .map((field) => `${result.action} ${field.field} (${field.flags.join(', ')})`));
    expect(undecided).toEqual([]);
  });

  test('an action in metadata has only fields decided as metadata', () => {
    const letThrough = results.filter((result) => result.actionClass === ActionClass.METADATA)
      .flatMap((result) => (result.fields ?? []).filter((field) => field.actionClass !== ActionClass.METADATA)
        .map((field) => `${result.action} ${field.field}: ${field.actionClass} by ${field.ruleId}, but the action is metadata by ${result.ruleId}`));
    expect(letThrough).toEqual([]);
  });

  test('a field name decided differently across services is allowed as metadata only by a rule of that service', () => {
    const byName = new Map<string, { action: string; actionClass: ActionClass; ruleId: string }[]>();
    for (const result of results) {
      for (const field of result.fields ?? []) {
        if (field.actionClass === undefined) continue;
        const name = field.field.split('.').pop()!.replace(/(\[\]|\{\})+$/, '').toLowerCase();
        byName.set(name, [...(byName.get(name) ?? []), { action: result.action, actionClass: field.actionClass, ruleId: field.ruleId! }]);
      }
    }
    const unexplained = [...byName].filter(([, decisions]) => new Set(decisions.map((decision) => decision.actionClass)).size > 1)
      .flatMap(([name, decisions]) => decisions.filter((decision) => decision.actionClass === ActionClass.METADATA && decision.ruleId.startsWith('every-service/'))
        .map((decision) => `${name}: metadata in ${decision.action} by the every-service rule ${decision.ruleId}, denied elsewhere (${[...new Set(decisions.filter((other) => other.actionClass !== ActionClass.METADATA).map((other) => `${other.actionClass} by ${other.ruleId}`))].join(', ')})`));
    expect(unexplained).toEqual([]);
  });

  test('every action no model has is decided by an exact rule that records a review, not by a fallback', () => {
    const withoutModel = new Set(ACTIONS_WITHOUT_MODEL.map((action) => action.toLowerCase()));
    const byFallback = results.filter((result) => withoutModel.has(result.action.toLowerCase()))
      .filter((result) => result.fallback !== false || !exactRuleIds.has(result.ruleId!))
      .map((result) => `${result.action} (${result.ruleId ?? 'unclassified'})`);
    expect(byFallback).toEqual([]);
  });

  test('every field a rule names is a flagged field of an action the rule matches', () => {
    const named = new Set(results.flatMap((result) => (result.fields ?? []).filter((field) => field.ruleId)
      .map((field) => `${field.ruleId} ${field.field.split('.').pop()!.replace(/(\[\]|\{\})+$/, '').toLowerCase()}`)));
    const pathsNamed = new Set(results.flatMap((result) => (result.fields ?? []).filter((field) => field.ruleId).map((field) => `${field.ruleId} ${field.field.toLowerCase()}`)));
    const dead = CLASSIFICATION_RULES.flatMap((rule) => [...Object.keys(rule.fields ?? {}), ...Object.keys(rule.metadataFields ?? {})]
      .filter((field) => !named.has(`${rule.id} ${field.toLowerCase()}`) && ![...pathsNamed].some((entry) => entry.startsWith(`${rule.id} `) && (entry.endsWith(` ${field.toLowerCase()}`) || entry.endsWith(`.${field.toLowerCase()}`))))
      .map((field) => `${rule.id} ${field}`));
    expect(dead).toEqual([]);
  });
});

describe('the rules', () => {
  test('have unique ids of the form <service>/<name>, and each names only its service\'s actions', () => {
    const ids = CLASSIFICATION_RULES.map((rule) => rule.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const misplaced = CLASSIFICATION_RULES.filter((rule) => {
      const match = /^([a-z0-9-]+)\/[a-z0-9-]+$/.exec(rule.id);
      const service = match?.[1] === 'every-service' ? '*' : match?.[1];
      return !match || rule.actions.some((entry) => entry.split(':')[0] !== service);
    }).map((rule) => rule.id);
    expect(misplaced).toEqual([]);
  });

  test('say what the response holds or that they are fallbacks; no templated reasons or hedges', () => {
    const weak = CLASSIFICATION_RULES.filter((rule) => /^Reviewed|\bunsure\b|treated as|\bprobably\b|\bmay be\b|\bassume like\b|\blikely\b|\bmight\b|\bguess/i.test(rule.reason)
      || (rule.fallback === true) !== /^Fallback, not a finding/.test(rule.reason))
      .map((rule) => `${rule.id}: ${rule.reason}`);
    expect(weak).toEqual([]);
  });

  test('field decisions say what the field holds', () => {
    const short = CLASSIFICATION_RULES.flatMap((rule) => Object.entries({ ...rule.fields, ...rule.metadataFields })
      .filter(([, holds]) => holds.length < 12).map(([field, holds]) => `${rule.id} ${field}: '${holds}'`));
    expect(short).toEqual([]);
  });

  test('a fallback names no field, and every entry names catalog actions', () => {
    expect(CLASSIFICATION_RULES.filter((rule) => rule.fallback && (rule.fields || rule.metadataFields)).map((rule) => rule.id)).toEqual([]);
    const dead = CLASSIFICATION_RULES.flatMap((rule) => rule.actions.filter((entry) => !entry.startsWith('*:') && expandActionPattern(entry, catalog).length === 0));
    expect(dead).toEqual([]);
  });
});
