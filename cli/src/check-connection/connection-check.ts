/**
 * The vendor's side of an onboarding: assume the customer's role with the external ID, as the
 * vendor's product will, and check what the role lets it do, one result per check with the fix for
 * each failure.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { GetTemplateCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import type { IAMClient } from '@aws-sdk/client-iam';
import { GetAccountSummaryCommand, ListRolesCommand } from '@aws-sdk/client-iam';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import { DescribeOrganizationCommand } from '@aws-sdk/client-organizations';
import type { STSClient } from '@aws-sdk/client-sts';
import { AssumeRoleCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { DataAccessGuardrail, PermissionProfile } from 'cdk-account-onboarding';
import { DEFAULT_SESSION_NAME } from './connection-defaults';
import { CheckResult } from '../core/check-results';
import { describeAwsError, TemporaryCredentials } from '../core/cli-io';

/** The clients of the role's temporary credentials. */
export interface AssumedRoleClients {
  readonly sts: STSClient;
  readonly iam: IAMClient;
  readonly cloudFormation: CloudFormationClient;
  readonly organizations: OrganizationsClient;
}

/** The SDK clients the check calls, so that tests and other tools can pass their own. */
export interface ConnectionClients {
  /** STS with the vendor's own credentials: the principal the customer's role trusts. */
  readonly sts: STSClient;
  /**
   * Creates the clients of the role's temporary credentials (the command makes them the one way of
   * cli/src/core/aws-clients.ts, in the Region of the check).
   */
  readonly withCredentials: (credentials: TemporaryCredentials) => AssumedRoleClients;
}

export interface ConnectionOptions {
  /** The customer's role. */
  readonly roleArn: string;
  /** The external ID the customer deployed the role with. */
  readonly externalId: string;
  /**
   * The profile the role was deployed with: it decides the data read that must be denied.
   *
   * @default PermissionProfile.COST
   */
  readonly profile?: PermissionProfile;
  /**
   * The Region of the regional calls (STS, CloudFormation), as the fixes name it; the clients carry it.
   *
   * @default - named as "the SDK's default" in the fixes
   */
  readonly region?: string;
  /**
   * The session name of the assumed role, as the customer's CloudTrail shows it.
   *
   * @default 'cdk-account-onboarding-check-connection'
   */
  readonly sessionName?: string;
  /** Receives a line of progress per step. */
  readonly progress?: (line: string) => void;
}

export { DEFAULT_SESSION_NAME };

/** A read the role must be allowed, in every profile (a test checks it against the profiles). */
export interface SampleRead {
  /** The IAM action, e.g. `iam:GetAccountSummary`. */
  readonly action: string;
  /** Calls it; returns what was read, in a few words. */
  call(clients: AssumedRoleClients): Promise<string>;
}

/** A few reads that every profile allows, one of each installed client's service. */
export const SAMPLE_READS: readonly SampleRead[] = [
  {
    action: 'iam:GetAccountSummary',
    call: async (clients) => {
      const { SummaryMap: summary } = await clients.iam.send(new GetAccountSummaryCommand({}));
      return `${summary?.Roles ?? '?'} roles, ${summary?.Users ?? '?'} users`;
    },
  },
  {
    action: 'iam:ListRoles',
    call: async (clients) => {
      const { Roles: roles, IsTruncated: more } = await clients.iam.send(new ListRolesCommand({ MaxItems: 10 }));
      return `${roles?.length ?? 0}${more ? '+' : ''} roles listed`;
    },
  },
  {
    action: 'cloudformation:ListStacks',
    call: async (clients) => {
      const { StackSummaries: stacks, NextToken: more } = await clients.cloudFormation.send(new ListStacksCommand({}));
      return `${stacks?.length ?? 0}${more ? '+' : ''} stacks listed`;
    },
  },
  {
    action: 'organizations:DescribeOrganization',
    call: async (clients) => {
      try {
        const { Organization: organization } = await clients.organizations.send(new DescribeOrganizationCommand({}));
        return `organization ${organization?.Id}`;
      } catch (error) {
        // Allowed, and the answer is that there is no organization.
        if (errorName(error) === 'AWSOrganizationsNotInUseException') {
          return 'the account is not in an organization';
        }
        throw error;
      }
    },
  },
];

/** A data read the guardrail denies in some profiles, callable with the installed SDK clients. */
export interface DataReadProbe {
  /** The IAM action. */
  readonly action: string;
  /** What it is called on, for the detail. */
  readonly target: string;
  call(clients: AssumedRoleClients): Promise<unknown>;
}

/** A stack name that need not exist: IAM authorizes GetTemplate before CloudFormation looks the stack up. */
export const PROBE_STACK_NAME = 'cdk-account-onboarding-check-connection-probe';

/**
 * The data reads the check may try, in order of preference; the first one the profile's guardrail
 * denies is tried. Only actions of the command line's SDK clients qualify; GetTemplate is code (a template
 * carries inline function code), which every profile denies.
 */
export const DATA_READ_PROBES: readonly DataReadProbe[] = [
  {
    action: 'cloudformation:GetTemplate',
    target: `the stack ${PROBE_STACK_NAME}`,
    call: (clients) => clients.cloudFormation.send(new GetTemplateCommand({ StackName: PROBE_STACK_NAME })),
  },
];

/** The probe of each profile, by its name: the guardrail's actions take a millisecond to compute, and an organization's check asks per account. */
const probes = new Map<string, DataReadProbe | undefined>();

/** The probe the check uses for a profile: the first one that the profile's guardrail denies. */
export function dataReadProbeFor(profile: PermissionProfile): DataReadProbe | undefined {
  if (!probes.has(profile.name)) {
    const denied = new Set(DataAccessGuardrail.actions(profile).map((action) => action.toLowerCase()));
    probes.set(profile.name, DATA_READ_PROBES.find((probe) => denied.has(probe.action.toLowerCase())));
  }
  return probes.get(profile.name);
}

const REDEPLOY = 'redeploy the onboarding template of this release in the customer\'s account (or update the stack to it)';
const ASSUME = 'assume role';
const IDENTITY = 'identity';
const DATA_READ = 'data read denied';

/**
 * Assumes the role with the external ID, confirms the identity, calls a few reads that every
 * profile allows and one data read that the profile's guardrail denies. Later checks are SKIP when
 * the role cannot be assumed.
 *
 * Never throws for an AWS error: each one becomes a failed check with its fix.
 */
export async function checkConnection(clients: ConnectionClients, options: ConnectionOptions): Promise<CheckResult[]> {
  const profile = options.profile ?? PermissionProfile.COST;
  const progress = options.progress ?? (() => undefined);
  const [, partition, , , account, resource] = options.roleArn.split(':');
  const roleName = (resource ?? '').split('/').pop() ?? '';
  const probe = dataReadProbeFor(profile);
  const results: CheckResult[] = [];
  const skipRest = (reason: string) => {
    results.push({ check: IDENTITY, status: 'SKIP', detail: reason });
    for (const read of SAMPLE_READS) {
      results.push({ check: `read ${read.action}`, status: 'SKIP', detail: reason });
    }
    results.push({ check: DATA_READ, status: 'SKIP', detail: reason });
    return results;
  };

  // 1. Assume the role with the external ID.
  progress(`assuming ${options.roleArn} with the external ID`);
  let credentials: TemporaryCredentials;
  try {
    const answer = await clients.sts.send(new AssumeRoleCommand({
      RoleArn: options.roleArn,
      ExternalId: options.externalId,
      RoleSessionName: options.sessionName ?? DEFAULT_SESSION_NAME,
      DurationSeconds: 900,
    }));
    const given = answer.Credentials;
    if (!given?.AccessKeyId || !given.SecretAccessKey || !given.SessionToken) {
      throw Object.assign(new Error('sts:AssumeRole returned no credentials'), { name: 'NoCredentials' });
    }
    credentials = {
      accessKeyId: given.AccessKeyId, secretAccessKey: given.SecretAccessKey, sessionToken: given.SessionToken, expiration: given.Expiration,
    };
    results.push({
      check: ASSUME,
      status: 'PASS',
      detail: `assumed ${answer.AssumedRoleUser?.Arn ?? options.roleArn}`
        + (given.Expiration ? `, credentials until ${given.Expiration.toISOString()}` : ''),
    });
  } catch (error) {
    results.push({ check: ASSUME, status: 'FAIL', detail: `sts:AssumeRole failed: ${describeAwsError(error)}`, fix: assumeRoleFix(error, options), error: awsErrorOf(error) });
    return skipRest('needs the assumed role');
  }

  const assumed = clients.withCredentials(credentials);

  // 2. The credentials are the role's, in the role's account; 3. reads that every profile allows;
  // 4. a data read, which the guardrail must deny explicitly. Independent calls, made at once, so
  // that an organization's thousands of accounts are checked in the time of one call each after
  // the AssumeRole instead of six.
  progress('confirming the identity of the credentials');
  const identityCheck = (async (): Promise<CheckResult> => {
    try {
      const identity = await assumed.sts.send(new GetCallerIdentityCommand({}));
      const expected = `arn:${partition}:sts::${account}:assumed-role/${roleName}/`;
      return identity.Account === account && identity.Arn?.startsWith(expected)
        ? { check: IDENTITY, status: 'PASS', detail: `${identity.Arn} in account ${identity.Account}` }
        : {
          check: IDENTITY,
          status: 'FAIL',
          detail: `the credentials are ${identity.Arn} in account ${identity.Account}, expected ${expected}<session> in account ${account}`,
          fix: 'check the role ARN: it must be the one the customer\'s stack outputs',
        };
    } catch (error) {
      return { check: IDENTITY, status: 'FAIL', detail: `sts:GetCallerIdentity failed: ${describeAwsError(error)}`, fix: callFix(error, options), error: awsErrorOf(error) };
    }
  })();
  progress(`calling ${SAMPLE_READS.length} reads that the ${profile.name} profile allows`
    + (probe ? ` and ${probe.action}, which its guardrail denies` : ''));
  const reads = Promise.all(SAMPLE_READS.map(async (read): Promise<CheckResult> => {
    const check = `read ${read.action}`;
    try {
      return { check, status: 'PASS', detail: `allowed: ${await read.call(assumed)}` };
    } catch (error) {
      return {
        check,
        status: 'FAIL',
        detail: `${read.action} failed: ${describeAwsError(error)}`,
        fix: isAccessDenied(error) ? deniedReadFix(error, read.action, profile) : callFix(error, options),
        error: awsErrorOf(error),
      };
    }
  }));
  const dataRead = (async (): Promise<CheckResult> => {
    if (!probe) {
      return {
        check: DATA_READ,
        status: 'SKIP',
        detail: `the ${profile.name} guardrail denies none of the reads this command can call (${DATA_READ_PROBES.map((p) => p.action).join(', ')}); `
          + 'the customer can check the guardrail with: cdk-account-onboarding verify --role-name <name>',
      };
    }
    try {
      await probe.call(assumed);
      return guardrailMissing(probe, 'it succeeded');
    } catch (error) {
      return dataReadResult(error, probe, options);
    }
  })();
  results.push(await identityCheck, ...await reads, await dataRead);
  return results;
}

function guardrailMissing(probe: DataReadProbe, what: string): CheckResult {
  return {
    check: DATA_READ,
    status: 'FAIL',
    detail: `${probe.action} on ${probe.target} was not denied: ${what}`,
    fix: `the data-access guardrail is missing: ${REDEPLOY}`,
  };
}

function dataReadResult(error: unknown, probe: DataReadProbe, options: ConnectionOptions): CheckResult {
  if (!isAccessDenied(error)) {
    // A ValidationError (no such stack) or the like: the call was authorized and reached the service.
    return errorName(error) === 'ValidationError' || /does not exist/i.test(messageOf(error))
      ? guardrailMissing(probe, `authorized, then ${describeAwsError(error)}`)
      : {
        check: DATA_READ,
        status: 'FAIL',
        detail: `${probe.action} failed before IAM decided: ${describeAwsError(error)}`,
        fix: callFix(error, options),
        error: awsErrorOf(error),
      };
  }
  const message = messageOf(error);
  const where = /with an explicit deny in (an? [\w -]+?policy)/i.exec(message)?.[1];
  if (where) {
    return { check: DATA_READ, status: 'PASS', detail: `${probe.action} is denied with an explicit deny in ${where}` };
  }
  if (/no [\w -]*policy allows/i.test(message)) {
    return {
      check: DATA_READ,
      status: 'FAIL',
      detail: `${probe.action} is denied only because no policy allows it: ${describeAwsError(error)}`,
      fix: `the data-access guardrail (an explicit deny) is missing: ${REDEPLOY}`,
      error: awsErrorOf(error),
    };
  }
  // Some services do not say which policy denied.
  return { check: DATA_READ, status: 'PASS', detail: `${probe.action} is denied (${describeAwsError(error)})` };
}

function assumeRoleFix(error: unknown, options: ConnectionOptions): string {
  const name = errorName(error);
  const message = messageOf(error);
  if (name === 'RegionDisabledException') {
    return regionFix(options);
  }
  if (/externalid/i.test(message)) {
    return 'the external ID is malformed: it must be the one the customer deployed the role with, 2 to 1224 characters from [\\w+=,.@:/-]';
  }
  if (/explicit deny/i.test(message)) {
    return 'a policy on the vendor\'s side denies sts:AssumeRole to this principal (an SCP or a permissions boundary of the vendor\'s account, '
      + 'or the principal\'s own policy): allow sts:AssumeRole on the customer\'s role there';
  }
  if (isAccessDenied(error) || name === 'NoSuchEntity' || name === 'NoSuchEntityException') {
    return 'the role does not trust this principal or the external ID differs: check the role ARN and the external ID the customer used; '
      + 'the role may not exist (the customer\'s stack not deployed, or deleted), or its trust names another principal '
      + '(the vendor principal of the published template); the caller also needs sts:AssumeRole in its own account';
  }
  if (name === 'ValidationError') {
    return 'check the role ARN and the session name';
  }
  return callFix(error, options);
}

function deniedReadFix(error: unknown, action: string, profile: PermissionProfile): string {
  const message = messageOf(error);
  if (/explicit deny in a service control policy/i.test(message)) {
    return `a service control policy of the customer's organization denies ${action}: the customer's administrator exempts the role from it `
      + '(a condition on aws:PrincipalArn) or allows the read';
  }
  if (/explicit deny in a resource control policy/i.test(message)) {
    return `a resource control policy of the customer's organization denies ${action}: the customer's administrator exempts the role from it`;
  }
  if (/permissions boundary/i.test(message)) {
    return `a permissions boundary of the role denies ${action}: the customer removes the boundary or allows the read in it`;
  }
  if (/explicit deny/i.test(message)) {
    return `a policy of the role denies ${action} (likely an SCP or a permissions boundary added by the customer): ${REDEPLOY}`;
  }
  return `the role lacks the read of the ${profile.name} profile: ${REDEPLOY} with the ${profile.name} profile`;
}

function callFix(error: unknown, options: ConnectionOptions): string {
  const name = errorName(error);
  const message = messageOf(error);
  if (name === 'RegionDisabledException' || /region is missing/i.test(message)) {
    return regionFix(options);
  }
  if (['InvalidClientTokenId', 'UnrecognizedClientException', 'AuthFailure'].includes(name)) {
    return `the security token is not valid here: the Region ${options.region ?? '(the SDK\'s default)'} may not be enabled in the customer's `
      + 'account; pass --region with a Region enabled in it (e.g. us-east-1), or the customer enables it';
  }
  if (name === 'ExpiredToken' || name === 'ExpiredTokenException' || name === 'CredentialsProviderError') {
    return 'the vendor\'s own credentials are missing or expired: refresh them (aws sso login, or AWS_PROFILE) and run again';
  }
  if (isThrottled(error)) {
    return 'AWS throttled the call: run again in a minute';
  }
  return 'run again; if it persists, the error above names the cause';
}

function regionFix(options: ConnectionOptions): string {
  return `STS is not activated in the Region ${options.region ?? '(the SDK\'s default)'} for the customer's account: pass --region with `
    + 'a Region where it is (e.g. us-east-1), or the customer activates it (IAM > Account settings > Security Token Service regions)';
}

/** The AWS error's name and message, as a failed check carries them. */
function awsErrorOf(error: unknown): { name: string; message: string } {
  return { name: errorName(error), message: messageOf(error) };
}

/** True for the errors AWS answers a call that IAM refused. */
export function isAccessDenied(error: unknown): boolean {
  return ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'AuthorizationError'].includes(errorName(error))
    || /not authorized to perform/i.test(messageOf(error));
}

/** True for the errors AWS answers a call over its request rate. */
export function isThrottled(error: unknown): boolean {
  return ['Throttling', 'ThrottlingException', 'TooManyRequestsException', 'RequestLimitExceeded'].includes(errorName(error));
}

function errorName(error: unknown): string {
  return (error as { name?: string })?.name ?? 'Error';
}

function messageOf(error: unknown): string {
  return String((error as { message?: string })?.message ?? error);
}
