/**
 * The results of the checking commands (doctor, verify, check-connection): one line per check, the
 * fix under each failure, and the closing line. A failed check carries its fix by its type, so the
 * closing line's "apply the fixes above" always has fixes above it.
 */

/** PASS, FAIL, or SKIP when a check could not run because an earlier one failed. */
export type CheckStatus = 'PASS' | 'FAIL' | 'SKIP';

/** A check that passed, or could not run. */
export interface CheckOutcome {
  /** What was checked, e.g. `trusted access`. */
  readonly check: string;
  readonly status: 'PASS' | 'SKIP';
  /** What was found. */
  readonly detail: string;
  readonly fix?: undefined;
}

/** A check that failed, with what fixes it. */
export interface CheckFailure {
  readonly check: string;
  readonly status: 'FAIL';
  readonly detail: string;
  /** The exact command or change that fixes the failure. */
  readonly fix: string;
  /**
   * The AWS error behind the failure, when one is, for callers that sort failures by their cause
   * (check-connection --organization): its name (the error code) and its message.
   */
  readonly error?: { readonly name: string; readonly message: string };
}

/** The outcome of one check. */
export type CheckResult = CheckOutcome | CheckFailure;

/** Formats the results, one line per check, with the fix indented under a failure. */
export function formatResults(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((result) => result.check.length));
  return results.map((result) => {
    const line = `${result.status.padEnd(4)}  ${result.check.padEnd(width)}  ${result.detail}`;
    return result.fix ? `${line}\n${' '.repeat(width + 8)}fix: ${result.fix}` : line;
  }).join('\n');
}

/**
 * The closing line when some checks did not pass: how many, and the fixes printed above, which every
 * failed check has. `counted` says which results count as not passed (doctor counts the skipped ones too).
 */
export function failureSummary(results: readonly CheckResult[], rerun: string, counted: readonly CheckStatus[] = ['FAIL']): string {
  const notPassed = results.filter((result) => counted.includes(result.status)).length;
  const fixes = results.filter((result) => result.status === 'FAIL' && result.fix.trim() !== '').length;
  const verb = counted.includes('SKIP') ? 'did not pass' : 'failed';
  const then = rerun ? ` and ${rerun}` : '';
  // Skipped checks alone have no fix: they name the check they wait for.
  return fixes === 0
    ? `${notPassed} of ${results.length} checks ${verb}: the details above say what each waits for${then}`
    : `${notPassed} of ${results.length} checks ${verb}: apply the ${fixes === 1 ? 'fix' : 'fixes'} above${then}`;
}
