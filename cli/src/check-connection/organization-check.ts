/**
 * `check-connection --organization`: the single-account checks of connection-check.ts in every
 * active account of a customer's organization, a bounded number at once, each account's outcome
 * handed on as it finishes (and then forgotten), and a summary that sorts the failures into
 * classes, each with the fix in the customer's words.
 *
 * Memory holds the account list, the counts, and the IDs of the accounts whose role could not be
 * assumed (to name their OUs in the fix); nothing else of an account outlives its check.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import { ListParentsCommand } from '@aws-sdk/client-organizations';
import type { STSClient } from '@aws-sdk/client-sts';
import { PermissionProfile } from 'cdk-account-onboarding';
import { AssumedRoleClients, checkConnection, isAccessDenied, isThrottled } from './connection-check';
import { CheckFailure, CheckResult } from '../core/check-results';
import { TemporaryCredentials } from '../core/cli-io';

/** An account to check: its ID and name, as Organizations or the --accounts file gives them. */
export interface MemberAccount {
  readonly id: string;
  readonly name: string;
}

/**
 * Why an account is not connected. The values are the `class` of the JSON lines: a contract with
 * the vendor's automation.
 */
export enum FailureClass {
  /** AssumeRole's AccessDenied: no role (the StackSet has not reached the account) or a trust that refuses the caller. */
  ROLE_NOT_ASSUMABLE = 'role-not-assumable',
  /** AssumeRole's AccessDenied, and the StackSet has no instance in the account (with --stack-set-name). */
  STACKSET_NOT_REACHED = 'stackset-not-reached',
  /** AssumeRole's AccessDenied, though the StackSet has an instance in the account (with --stack-set-name). */
  TRUST_REFUSES = 'trust-refuses',
  /** AssumeRole denied by a resource control policy of the customer's organization. */
  ASSUME_DENIED_BY_RCP = 'assume-denied-by-rcp',
  /** AssumeRole denied by a policy of the vendor's own account or organization. */
  ASSUME_DENIED_BY_VENDOR_POLICY = 'assume-denied-by-vendor-policy',
  /** A read denied by a service or resource control policy of the customer's organization. */
  READS_DENIED_BY_ORGANIZATION_POLICY = 'reads-denied-by-organization-policy',
  /** A regional read denied by the role's Region scope, which leaves out the vendor's Region. */
  REGION_SCOPE = 'region-scope',
  /** A read the profile allows is not allowed: the stack is older than the profile's reads. */
  READS_MISSING = 'reads-missing',
  /** A data read the guardrail denies was not denied explicitly: the stack's guardrail is behind. */
  GUARDRAIL_BEHIND = 'guardrail-behind',
  /** AWS still throttled the account after the SDK's retries and ours. */
  THROTTLED = 'throttled',
  /** Anything else: the failed check's own fix. */
  OTHER = 'other',
}

/** The classes in the order the summary lists them, with their heading. */
export const FAILURE_CLASS_TITLES: ReadonlyArray<readonly [FailureClass, string]> = [
  [FailureClass.ROLE_NOT_ASSUMABLE, 'role not assumable (missing, or its trust refuses)'],
  [FailureClass.STACKSET_NOT_REACHED, 'StackSet not reached (no instance, no role)'],
  [FailureClass.TRUST_REFUSES, 'StackSet reached, AssumeRole refused'],
  [FailureClass.ASSUME_DENIED_BY_RCP, 'AssumeRole denied by a resource control policy'],
  [FailureClass.ASSUME_DENIED_BY_VENDOR_POLICY, 'AssumeRole denied on the vendor\'s side'],
  [FailureClass.READS_DENIED_BY_ORGANIZATION_POLICY, 'reads denied by an SCP or RCP'],
  [FailureClass.REGION_SCOPE, 'Region scope leaves out the vendor\'s Region'],
  [FailureClass.READS_MISSING, 'reads missing (stack older than the profile)'],
  [FailureClass.GUARDRAIL_BEHIND, 'guardrail behind (data read not denied)'],
  [FailureClass.THROTTLED, 'throttled'],
  [FailureClass.OTHER, 'other'],
];

/** What one account's check found; handed to `onAccount` and not kept. */
export interface AccountOutcome {
  readonly accountId: string;
  readonly accountName: string;
  readonly status: 'connected' | 'failed' | 'skipped';
  /** Why it failed; only for failed accounts. */
  readonly failureClass?: FailureClass;
  /** What was found, in one line. */
  readonly detail: string;
  /** The account's own fix (the summary gives the class's). */
  readonly fix?: string;
  /** How many times the account was checked (more than 1 after throttling). */
  readonly attempts: number;
  /** The failed checks, as the single-account mode prints them. */
  readonly failedChecks?: readonly { readonly check: string; readonly detail: string; readonly fix: string }[];
}

/** A failure class's count, a few of its accounts, and what fixes it. */
export interface ClassSummary {
  readonly failureClass: FailureClass;
  readonly count: number;
  /** Up to five accounts of the class, for the summary line. */
  readonly examples: readonly string[];
  /** The fix in the customer's words. */
  readonly fix: string;
}

/** The counts of a run. */
export interface OrganizationSummary {
  /** Active accounts checked. */
  readonly checked: number;
  readonly connected: number;
  readonly failed: number;
  /** Suspended, closed or otherwise not active: not checked. */
  readonly skipped: number;
  /** Accounts checked again after AWS throttled them, whatever they ended as. */
  readonly retriedAfterThrottling: number;
  /** The failure classes that occurred, in the order of FAILURE_CLASS_TITLES. */
  readonly classes: readonly ClassSummary[];
}

/** The clients of the run: the vendor's STS, and the assumed role's clients of each account. */
export interface OrganizationClients {
  /** STS with the vendor's credentials (adaptive retry: every AssumeRole of the run goes through it). */
  readonly sts: STSClient;
  readonly withCredentials: (credentials: TemporaryCredentials) => AssumedRoleClients;
}

export interface OrganizationCheckOptions {
  /** The active accounts, each checked. */
  readonly accounts: readonly MemberAccount[];
  /** The accounts that are not active, reported as skipped without a call. */
  readonly skipped: readonly MemberAccount[];
  /**
   * A role ARN of the customer (the management account's): every account's role has its name and
   * path, as the StackSet's member template gives them.
   */
  readonly roleArn: string;
  readonly externalId: string;
  /** @default PermissionProfile.COST */
  readonly profile?: PermissionProfile;
  /** The Region of the regional calls, as the fixes name it. */
  readonly region?: string;
  readonly sessionName?: string;
  /** How many accounts are checked at once. */
  readonly concurrency: number;
  /**
   * The template version the fixes ask the customer to update to.
   *
   * @default - "the current template"
   */
  readonly templateVersion?: string;
  /**
   * How many more times an account that AWS still throttled after the SDK's retries is checked.
   *
   * @default 2
   */
  readonly throttleRetries?: number;
  /**
   * The wait before checking a throttled account again, doubled each time.
   *
   * @default 1000
   */
  readonly throttleDelayMs?: number;
  /** Receives each account's outcome as its check finishes, skipped accounts first. */
  readonly onAccount: (outcome: AccountOutcome) => void;
  /** Receives the count of accounts done, after each. */
  readonly onProgress?: (done: number, total: number, counts: { connected: number; failed: number }) => void;
  /**
   * The status of the StackSet's instance in each account that has one (`CURRENT`, `OUTDATED`,
   * `INOPERABLE`), to tell a missing role from a trust that refuses, which AssumeRole answers alike.
   *
   * @default - the two are one class, with both fixes
   */
  readonly stackInstances?: ReadonlyMap<string, string>;
  /**
   * The parent (OU or root ID) of an account, to name the OUs the StackSet must reach; undefined
   * when it cannot be told (no access to Organizations).
   *
   * @default - the fix names no OU
   */
  readonly parentOf?: (accountId: string) => Promise<string | undefined>;
}

/** The parent of an account (an OU or the root ID), by organizations:ListParents. */
export function parentsByOrganizations(client: OrganizationsClient): (accountId: string) => Promise<string | undefined> {
  return async (accountId) => (await client.send(new ListParentsCommand({ ChildId: accountId }))).Parents?.[0]?.Id;
}

/** The role ARN of the same name and path in another account. */
export function roleArnIn(roleArn: string, accountId: string): string {
  const parts = roleArn.split(':');
  parts[4] = accountId;
  return parts.join(':');
}

/** Checks every account, `concurrency` at once, and returns the summary. */
export async function checkOrganization(clients: OrganizationClients, options: OrganizationCheckOptions): Promise<OrganizationSummary> {
  const counts = { connected: 0, failed: 0, retried: 0 };
  const byClass = new Map<FailureClass, { count: number; examples: string[] }>();
  const notAssumable: string[] = [];
  const retries = options.throttleRetries ?? 2;
  const delay = options.throttleDelayMs ?? 1000;

  for (const account of options.skipped) {
    options.onAccount({
      accountId: account.id,
      accountName: account.name,
      status: 'skipped',
      attempts: 0,
      detail: 'not active (suspended or closed): AWS refuses every call to it',
    });
  }

  const checkAccount = async (account: MemberAccount): Promise<AccountOutcome> => {
    let attempt = 0;
    for (;;) {
      attempt++;
      const results = await checkConnection(clients, {
        roleArn: roleArnIn(options.roleArn, account.id),
        externalId: options.externalId,
        profile: options.profile,
        region: options.region,
        sessionName: options.sessionName,
      });
      const outcome = withStackInstance(outcomeOf(account, results, attempt), options.stackInstances);
      if (outcome.failureClass !== FailureClass.THROTTLED || attempt > retries) {
        return outcome;
      }
      await sleep(delay * 2 ** (attempt - 1));
    }
  };

  let next = 0;
  let done = 0;
  const total = options.accounts.length;
  const worker = async () => {
    while (next < total) {
      const account = options.accounts[next++];
      const outcome = await checkAccount(account);
      if (outcome.attempts > 1) counts.retried++;
      if (outcome.status === 'connected') {
        counts.connected++;
      } else {
        counts.failed++;
        const entry = byClass.get(outcome.failureClass!) ?? { count: 0, examples: [] };
        entry.count++;
        if (entry.examples.length < 5) entry.examples.push(account.id);
        byClass.set(outcome.failureClass!, entry);
        if (outcome.failureClass === FailureClass.ROLE_NOT_ASSUMABLE || outcome.failureClass === FailureClass.STACKSET_NOT_REACHED) {
          notAssumable.push(account.id);
        }
      }
      options.onAccount(outcome);
      done++;
      options.onProgress?.(done, total, { connected: counts.connected, failed: counts.failed });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, total)) }, worker));

  const parents = notAssumable.length > 0 && options.parentOf ? await parentCounts(notAssumable, options.parentOf, options.concurrency) : undefined;
  const classes = FAILURE_CLASS_TITLES.filter(([failureClass]) => byClass.has(failureClass)).map(([failureClass]) => ({
    failureClass,
    count: byClass.get(failureClass)!.count,
    examples: byClass.get(failureClass)!.examples,
    fix: classFix(failureClass, options, parents),
  }));
  return {
    checked: total,
    connected: counts.connected,
    failed: counts.failed,
    skipped: options.skipped.length,
    retriedAfterThrottling: counts.retried,
    classes,
  };
}

/** The StackSet's instances by account: one listing (every page) of the management account's StackSet. */
export async function listStackInstances(client: CloudFormationClient, stackSetName: string): Promise<Map<string, string>> {
  const instances = new Map<string, string>();
  let nextToken: string | undefined;
  do {
    const page = await client.send(new ListStackInstancesCommand({ StackSetName: stackSetName, CallAs: 'SELF', NextToken: nextToken }));
    for (const summary of page.Summaries ?? []) {
      if (!summary.Account) continue;
      const status = [summary.Status, summary.StackInstanceStatus?.DetailedStatus].filter(Boolean).join(' ');
      // An account with instances in several Regions: the one that is not CURRENT tells more.
      if (!instances.has(summary.Account) || summary.Status !== 'CURRENT') instances.set(summary.Account, status || 'unknown');
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return instances;
}

/** Splits the AssumeRole refusal by what the StackSet's instances say, when the run has them. */
function withStackInstance(outcome: AccountOutcome, instances: ReadonlyMap<string, string> | undefined): AccountOutcome {
  if (!instances || outcome.failureClass !== FailureClass.ROLE_NOT_ASSUMABLE) {
    return outcome;
  }
  const status = instances.get(outcome.accountId);
  return status === undefined
    ? { ...outcome, failureClass: FailureClass.STACKSET_NOT_REACHED, detail: `the StackSet has no instance here; ${outcome.detail}` }
    : { ...outcome, failureClass: FailureClass.TRUST_REFUSES, detail: `the StackSet's instance here is ${status}; ${outcome.detail}` };
}

/** How many of the accounts are in each parent (OU or root), most first; `?` for the ones not told. */
async function parentCounts(
  accountIds: readonly string[], parentOf: (accountId: string) => Promise<string | undefined>, concurrency: number,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  let next = 0;
  const worker = async () => {
    while (next < accountIds.length) {
      const id = accountIds[next++];
      let parent: string | undefined;
      try {
        parent = await parentOf(id);
      } catch {
        parent = undefined;
      }
      counts.set(parent ?? '?', (counts.get(parent ?? '?') ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, accountIds.length)) }, worker));
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "deploy the StackSet to OU ou-... (n accounts), ...", most accounts first, from the accounts' parents. */
function deployTo(parents?: Map<string, number>): string {
  const known = parents ? [...parents].filter(([parent]) => parent !== '?') : [];
  return known.length > 0
    ? `deploy the StackSet to ${known.slice(0, 10).map(([parent, count]) => `${parent.startsWith('r-') ? 'the root' : 'OU'} ${parent} (${plural(count, 'account')})`).join(', ')}`
      + (known.length > 10 ? ` and ${known.length - 10} more OUs` : '')
    : 'deploy the StackSet to the OUs of these accounts';
}

/** The fix of a failure class, in the customer's words. */
function classFix(failureClass: FailureClass, options: OrganizationCheckOptions, parents?: Map<string, number>): string {
  const template = options.templateVersion ? `template ${options.templateVersion}` : 'the current template';
  const roleName = options.roleArn.split('/').pop();
  const region = options.region ?? 'the vendor\'s Region';
  switch (failureClass) {
    case FailureClass.ROLE_NOT_ASSUMABLE:
      // AWS answers AssumeRole with the same AccessDenied for a missing role and a trust that refuses: both fixes.
      return `${deployTo(parents)}; where the StackSet already reached them, their role trusts another external ID or principal: `
        + 'update those stack instances with the external ID the vendor gave (AWS answers both cases with the same AccessDenied; '
        + '--stack-set-name tells them apart)';
    case FailureClass.STACKSET_NOT_REACHED:
      return deployTo(parents);
    case FailureClass.TRUST_REFUSES:
      return 'where the stack instance is CURRENT, the role\'s trust names another external ID or principal: update those stack instances '
        + 'with the external ID the vendor gave (a parameter override of ExternalId); where it is OUTDATED or INOPERABLE, the StackSet\'s '
        + 'last operation failed there: its operation results say why';
    case FailureClass.ASSUME_DENIED_BY_RCP:
      return 'a resource control policy of the organization denies sts:AssumeRole on the role: exempt the vendor\'s principal from it '
        + '(a condition on aws:PrincipalArn) or detach it from these accounts\' OUs';
    case FailureClass.ASSUME_DENIED_BY_VENDOR_POLICY:
      return 'the vendor\'s side denies sts:AssumeRole (an SCP of the vendor\'s organization, a permissions boundary or the caller\'s policy): '
        + `the vendor allows sts:AssumeRole on arn:*:iam::*:role/${roleName} there; nothing for the customer to do`;
    case FailureClass.READS_DENIED_BY_ORGANIZATION_POLICY:
      return `a service (or resource) control policy on these accounts' OUs denies the reads: exempt the role ${roleName} from it `
        + '(a condition on aws:PrincipalArn), or move the accounts out of its reach';
    case FailureClass.REGION_SCOPE:
      return `the role's Region scope leaves out ${region}, where the vendor reads: add ${region} to the stack's AllowedRegions `
        + '(update the StackSet with it), or leave AllowedRegions empty for every Region';
    case FailureClass.READS_MISSING:
      return `update the stack to ${template} (with the ${(options.profile ?? PermissionProfile.COST).name} profile): the role lacks reads it allows`;
    case FailureClass.GUARDRAIL_BEHIND:
      return `update the stack to ${template}: its guardrail denies data reads explicitly, which the deployed one does not`;
    case FailureClass.THROTTLED:
      return 'AWS throttled these accounts beyond every retry: rerun them later with --only-failed, or a lower --concurrency';
    case FailureClass.OTHER:
      return 'each account\'s line above names its error and fix';
  }
}

/** The class of an account's results, and the one-line detail. */
export function outcomeOf(account: MemberAccount, results: readonly CheckResult[], attempts: number): AccountOutcome {
  const failures = results.filter((result): result is CheckFailure => result.status === 'FAIL');
  const base = { accountId: account.id, accountName: account.name, attempts };
  if (failures.length === 0) {
    return { ...base, status: 'connected', detail: 'assumed, read, data read denied' };
  }
  const [failureClass, cause] = classify(failures);
  return {
    ...base,
    status: 'failed',
    failureClass,
    detail: cause.detail,
    fix: cause.fix,
    failedChecks: failures.map(({ check, detail, fix }) => ({ check, detail, fix })),
  };
}

const ASSUME = 'assume role';
const DATA_READ = 'data read denied';
/** Actions answered in every Region, which the Region scope leaves alone. */
const GLOBAL_READ = /^read (iam|organizations|sts):/;

function classify(failures: readonly CheckFailure[]): [FailureClass, CheckFailure] {
  const assume = failures.find((failure) => failure.check === ASSUME);
  if (assume) {
    const message = assume.error?.message ?? '';
    if (isThrottled(assume.error)) return [FailureClass.THROTTLED, assume];
    if (/explicit deny in a resource control policy/i.test(message)) return [FailureClass.ASSUME_DENIED_BY_RCP, assume];
    if (/explicit deny/i.test(message)) return [FailureClass.ASSUME_DENIED_BY_VENDOR_POLICY, assume];
    if (isAccessDenied(assume.error)) return [FailureClass.ROLE_NOT_ASSUMABLE, assume];
    return [FailureClass.OTHER, assume];
  }
  const throttled = failures.find((failure) => isThrottled(failure.error));
  if (throttled) return [FailureClass.THROTTLED, throttled];
  const reads = failures.filter((failure) => failure.check.startsWith('read '));
  const byOrganization = reads.find((failure) => /explicit deny in an? (service|resource) control policy/i.test(failure.error?.message ?? ''));
  if (byOrganization) return [FailureClass.READS_DENIED_BY_ORGANIZATION_POLICY, byOrganization];
  // The Region scope denies regional reads only, with an explicit deny of the role's own policy:
  // AWS names the policy in some messages (its logical ID holds RegionScope), the condition key in none.
  const regional = reads.find((failure) => !GLOBAL_READ.test(failure.check)
    && (/RegionScope|aws:RequestedRegion/.test(failure.error?.message ?? '')
      || /explicit deny in an identity-based policy/i.test(failure.error?.message ?? '')));
  if (regional) return [FailureClass.REGION_SCOPE, regional];
  const missing = reads.find((failure) => /no [\w -]*policy allows/i.test(failure.error?.message ?? ''));
  if (missing) return [FailureClass.READS_MISSING, missing];
  const guardrail = failures.find((failure) => failure.check === DATA_READ && /guardrail/.test(failure.fix));
  if (guardrail && failures.length === 1) return [FailureClass.GUARDRAIL_BEHIND, guardrail];
  return [FailureClass.OTHER, failures[0]];
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
