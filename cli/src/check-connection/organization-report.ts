/**
 * What `check-connection --organization` prints: a line per account where something is wrong and a
 * summary (text), or a JSON line per account as it finishes and a summary line (--json); and the
 * accounts a previous --json run found failed (--only-failed).
 *
 * The JSON lines (one object per line, `type` first):
 * - `{"type":"account","account":"123456789012","name":"payments-prod","status":"connected"|"failed"|"skipped",
 *   "class":"role-not-assumable",...,"detail":"...","fix":"...","attempts":1,"checks":[{"check","detail","fix"}]}`:
 *   `class`, `fix` and `checks` (the failed checks) only for failed accounts;
 * - `{"type":"summary","checked":n,"connected":n,"failed":n,"skipped":n,"retriedAfterThrottling":n,"seconds":n,
 *   "classes":[{"class","count","examples":["..."],"fix"}]}`, last.
 */
import { AccountOutcome, FAILURE_CLASS_TITLES, MemberAccount, OrganizationSummary } from './organization-check';

const TITLES = new Map(FAILURE_CLASS_TITLES);

/** The text line of an account where something is wrong; none for a connected or skipped one. */
export function accountLine(outcome: AccountOutcome): string | undefined {
  if (outcome.status !== 'failed') {
    return undefined;
  }
  const name = outcome.accountName ? ` ${outcome.accountName}` : '';
  return `FAIL  ${outcome.accountId}${name}  ${TITLES.get(outcome.failureClass!)}: ${outcome.detail}`;
}

/** The JSON line of an account. */
export function accountJsonLine(outcome: AccountOutcome): string {
  return JSON.stringify({
    type: 'account',
    account: outcome.accountId,
    name: outcome.accountName,
    status: outcome.status,
    ...(outcome.failureClass ? { class: outcome.failureClass } : {}),
    detail: outcome.detail,
    ...(outcome.fix ? { fix: outcome.fix } : {}),
    attempts: outcome.attempts,
    ...(outcome.failedChecks ? { checks: outcome.failedChecks } : {}),
  });
}

/** The JSON line of the summary. */
export function summaryJsonLine(summary: OrganizationSummary, seconds: number): string {
  return JSON.stringify({
    type: 'summary',
    checked: summary.checked,
    connected: summary.connected,
    failed: summary.failed,
    skipped: summary.skipped,
    retriedAfterThrottling: summary.retriedAfterThrottling,
    seconds: Math.round(seconds),
    classes: summary.classes.map((entry) => ({ class: entry.failureClass, count: entry.count, examples: entry.examples, fix: entry.fix })),
  });
}

/** The summary: the counts, each failure class with its fix, and the closing line. */
export function summaryLines(summary: OrganizationSummary, seconds: number, concurrency: number): string[] {
  const lines = [
    `checked ${summary.checked} active account${summary.checked === 1 ? '' : 's'} in ${Math.round(seconds)} s, ${concurrency} at once: `
      + `${summary.connected} connected, ${summary.failed} failed; ${summary.skipped} skipped (suspended or closed)`,
  ];
  const width = Math.max('connected'.length, ...summary.classes.map((entry) => TITLES.get(entry.failureClass)!.length), 'skipped (suspended or closed)'.length);
  lines.push(`  ${'connected'.padEnd(width)}  ${summary.connected}`);
  for (const entry of summary.classes) {
    const more = entry.count > entry.examples.length ? ', ...' : '';
    lines.push(`  ${TITLES.get(entry.failureClass)!.padEnd(width)}  ${entry.count}  (${entry.examples.join(', ')}${more})`);
    lines.push(`  ${' '.repeat(width)}  fix: ${entry.fix}`);
  }
  lines.push(`  ${'skipped (suspended or closed)'.padEnd(width)}  ${summary.skipped}`);
  if (summary.retriedAfterThrottling > 0) {
    lines.push(`  ${summary.retriedAfterThrottling} account${summary.retriedAfterThrottling === 1 ? ' was' : 's were'} checked again after AWS throttled them (counted above as they ended)`);
  }
  lines.push(summary.failed === 0
    ? `\nconnected: all ${summary.checked} active accounts`
    : `\n${summary.failed} of ${summary.checked} active accounts failed: apply the fix of each class above, `
      + 'then check them again with --only-failed <the --json output of this run>');
  return lines;
}

/**
 * The failed accounts of a previous `--json` run, in its order. Lines that are not account lines
 * (the summary) are passed over; a line that is not JSON is an error naming it.
 */
export function parseFailedAccounts(text: string, source: string): MemberAccount[] {
  const failed: MemberAccount[] = [];
  const seen = new Set<string>();
  const lines = text.split(/\r?\n/);
  let accountLines = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let entry: any;
    try {
      entry = JSON.parse(line);
    } catch {
      throw new Error(`${source} line ${index + 1} must be a JSON line of check-connection --organization --json, got '${line.slice(0, 60)}'`);
    }
    if (entry?.type !== 'account') return;
    accountLines++;
    if (entry.status === 'failed' && typeof entry.account === 'string' && /^\d{12}$/.test(entry.account) && !seen.has(entry.account)) {
      seen.add(entry.account);
      failed.push({ id: entry.account, name: typeof entry.name === 'string' ? entry.name : '' });
    }
  });
  if (accountLines === 0) {
    throw new Error(`${source} must hold the JSON lines of check-connection --organization --json, got no account line`);
  }
  return failed;
}
