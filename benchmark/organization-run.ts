/**
 * Runs benchmark/organization-check.ts as the installed command line runs: compiled to JavaScript
 * first (tsc, into a temporary folder), then in a plain node process, so that neither ts-node nor
 * the TypeScript compiler (about 50 MB) counts in its peak memory. `npx projen bench:organization`
 * prints the figures; benchmark/run.ts adds them to its table.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The figures organization-check.ts prints on its last line. */
export interface OrganizationFigures {
  readonly accounts: number;
  readonly latencyMs: number;
  readonly concurrency: number;
  readonly seconds: number;
  readonly peakMb: number;
  readonly baselineMb: number;
  readonly lines: number;
  readonly connected: number;
  readonly failed: number;
  readonly skipped: number;
}

export function runOrganizationBenchmark(root: string): { figures: OrganizationFigures; report: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-organization-'));
  try {
    const out = path.join(folder, 'out');
    fs.writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({
      extends: path.join(root, 'cli', 'tsconfig.json'),
      compilerOptions: {
        noEmit: false, outDir: out, rootDir: root, module: 'commonjs', moduleResolution: 'node', ignoreDeprecations: '6.0',
        sourceMap: false, declaration: false, typeRoots: [path.join(root, 'node_modules', '@types')],
      },
      files: [path.join(root, 'benchmark', 'organization-check.ts')],
      include: [],
    }));
    execFileSync('npx', ['tsc', '-p', path.join(folder, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
    // What the compiled files load besides JavaScript, and the construct package's two entry points.
    fs.cpSync(path.join(root, 'cli', 'schema'), path.join(out, 'cli', 'schema'), { recursive: true });
    const modules = path.join(folder, 'modules', 'cdk-account-onboarding');
    fs.mkdirSync(modules, { recursive: true });
    fs.writeFileSync(path.join(modules, 'index.js'), `module.exports = require(${JSON.stringify(path.join(out, 'src', 'index.js'))});\n`);
    fs.writeFileSync(path.join(modules, 'internal.js'), `module.exports = require(${JSON.stringify(path.join(out, 'src', 'internal.js'))});\n`);
    const output = execFileSync(process.execPath, [path.join(out, 'benchmark', 'organization-check.js')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_PATH: [path.join(folder, 'modules'), path.join(root, 'node_modules')].join(path.delimiter) },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const lines = output.trim().split('\n');
    return { figures: JSON.parse(lines[lines.length - 1]), report: lines[lines.length - 2] };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  console.log(runOrganizationBenchmark(path.join(__dirname, '..')).report);
}
