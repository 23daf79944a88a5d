/**
 * `check-connection --organization --json` over a mocked organization of BENCH_ACCOUNTS accounts
 * (default 10,000) whose every AWS call takes BENCH_LATENCY_MS (default 50), at the default
 * concurrency: wall time and the process's peak memory. Runs on its own (npx projen bench:organization)
 * and as a child of benchmark/run.ts, which adds its rows; the last line is its figures as JSON.
 *
 * One account in fifty fails (missing role, old guardrail, SCP), one in a hundred is suspended: the
 * failures' path (OU lookups, the summary's classes) is measured too.
 */
import { DEFAULT_CONCURRENCY } from '../cli/src/check-connection/connection-defaults';
import { main } from '../cli/src/main';
import { EXTERNAL_ID, MockAccount, ROLE_NAME, unrecordedOrganization } from '../cli/test/support/mock-organization';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 10_000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const MANAGEMENT = '100000000000';

function behaviourOf(index: number): Pick<MockAccount, 'behaviour' | 'state'> {
  if (index % 100 === 99) return { behaviour: 'connected', state: 'SUSPENDED' };
  if (index % 150 === 49) return { behaviour: 'missing-role' };
  if (index % 150 === 99) return { behaviour: 'old-guardrail' };
  if (index % 150 === 149) return { behaviour: 'scp-denies-reads' };
  return { behaviour: 'connected' };
}

async function measure(): Promise<void> {
  const accounts: MockAccount[] = Array.from({ length: ACCOUNTS }, (_, index) => ({
    id: String(Number(MANAGEMENT) + index),
    name: `workload-${index}`,
    parent: `ou-ab12-${String(index % 40).padStart(8, '0')}`,
    ...(index === 0 ? { behaviour: 'connected' as const } : behaviourOf(index)),
  }));
  // Real SDK clients whose send answers as the organization would, recording nothing (as a real run).
  const organization = unrecordedOrganization(accounts, MANAGEMENT, LATENCY_MS);
  let lines = 0;
  let summary = '';
  let progress = '';
  // What the process holds before the run: node, the command line, the construct package and the SDK, loaded.
  const baselineMb = process.memoryUsage().rss / 1024 / 1024;
  const started = process.hrtime.bigint();
  const code = await main([
    'check-connection', '--organization', '--json', '--role-arn', `arn:aws:iam::${MANAGEMENT}:role/${ROLE_NAME}`,
    '--external-id', EXTERNAL_ID, '--region', 'us-east-1',
  ], {
    // Counted, not kept, as a terminal or a file would take them.
    out: (line) => {
      lines++;
      if (line.startsWith('{"type":"summary"')) summary = line;
    },
    err: (line) => {
      progress = line;
    },
    clients: organization.clients,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const { connected, failed, skipped } = JSON.parse(summary || '{}');
  console.log(`${ACCOUNTS} accounts at ${LATENCY_MS} ms a call, concurrency ${DEFAULT_CONCURRENCY}: ${seconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB, `
    + `baseline ${baselineMb.toFixed(0)} MB, exit ${code}, ${lines} lines (${connected} connected, ${failed} failed, ${skipped} skipped); last progress: ${progress}`);
  console.log(JSON.stringify({ accounts: ACCOUNTS, latencyMs: LATENCY_MS, concurrency: DEFAULT_CONCURRENCY, seconds, peakMb, baselineMb, lines, connected, failed, skipped }));
}

void measure();
