import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { needsNodeLoader } from '../src/core/compile-cache';

/**
 * The compile cache, in Node processes of its own (it replaces how Node compiles modules, which jest's
 * module registry does not use): what each run compiled from the cache, what the pack holds after it,
 * and that modules behave as Node's own loader runs them.
 */
const SOURCE = path.join(__dirname, '..', 'src', 'core', 'compile-cache.ts');

let folder: string;
let cacheModule: string;
let fixtures: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-cache-'));
  // The module as the package ships it: compiled to CommonJS, as the command line's build does.
  const { outputText } = ts.transpileModule(fs.readFileSync(SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  cacheModule = path.join(folder, 'compile-cache.js');
  fs.writeFileSync(cacheModule, outputText);
  fixtures = path.join(folder, 'fixtures');
});

beforeEach(() => {
  fs.rmSync(fixtures, { recursive: true, force: true });
  fs.mkdirSync(fixtures);
  writeFixture('a.js', `#!/usr/bin/env node
const b = require('./b');
exports.value = 'a+' + b.value;
exports.self = { thisIsExports: this === module.exports, filename: __filename, dirname: __dirname };
exports.resolved = require.resolve('./b');
exports.paths = Array.isArray(require.resolve.paths('x'));
exports.mainIsDriver = require.main === process.mainModule && require.main.filename.endsWith('driver.js');
exports.inCache = require.cache[require.resolve('./b')] !== undefined;
exports.lazy = function lazy(n) { return n * 2; };
exports.line = () => new Error('where').stack.split('\\n')[1];
`);
  writeFixture('b.js', 'exports.value = "b";\n');
  writeFixture('esm.mjs', 'export const value = "esm";\n');
  writeFixture('dynamic.js', 'exports.load = () => import("./esm.mjs").then((m) => m.value);\n');
});

function writeFixture(name: string, text: string): void {
  fs.writeFileSync(path.join(fixtures, name), text);
}

interface Run {
  readonly enabled: boolean;
  readonly stats?: { hits: number; misses: number; rejected: number };
  readonly results: Record<string, unknown>;
  readonly status: number | null;
  readonly stderr: string;
}

/** Runs a Node process that turns the cache on, requires the given fixtures and prints what they export and what the cache did. */
function run(modules: string[], env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Run {
  const driver = path.join(folder, 'driver.js');
  fs.writeFileSync(driver, `
const cache = require(${JSON.stringify(cacheModule)}).enableCompileCache();
(async () => {
  const results = {};
  for (const name of ${JSON.stringify(modules)}) {
    const loaded = require(${JSON.stringify(fixtures)} + '/' + name);
    results[name] = {
      ...loaded, lazy: loaded.lazy && loaded.lazy(21), line: loaded.line && loaded.line(), load: loaded.load && await loaded.load(),
      where: loaded.where && loaded.where(), sum: loaded.sum && (process.env.CALL_SUM ? loaded.sum() : 'not called'),
    };
  }
  process.on('exit', () => console.log(JSON.stringify({ enabled: cache !== undefined, stats: cache && cache.stats(), results })));
})();
`);
  const child = spawnSync(process.execPath, [...nodeArgs, driver], {
    encoding: 'utf8',
    cwd: folder,
    env: { PATH: process.env.PATH, TMPDIR: folder, CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: cacheFolder(), ...env },
  });
  const last = child.stdout.trim().split('\n').pop() ?? '';
  return { ...(last.startsWith('{') ? JSON.parse(last) : { enabled: false, results: {} }), status: child.status, stderr: child.stderr };
}

const cacheFolder = () => path.join(folder, 'cache');
const packFiles = () => (fs.existsSync(cacheFolder()) ? fs.readdirSync(cacheFolder()) : []);
/** The pack file as written: its entries, and where their cached code starts in the file. */
interface PackFile {
  readonly file: string;
  readonly bytes: Buffer;
  readonly dataStart: number;
  readonly entries: Record<string, { sha256: string; offset: number; length: number }>;
}
function readPackFile(): PackFile {
  const file = path.join(cacheFolder(), packFiles()[0]);
  const bytes = fs.readFileSync(file);
  const headerLength = bytes.readUInt32LE(0);
  return { file, bytes, dataStart: 4 + headerLength, entries: JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')).entries };
}
const packEntries = () => readPackFile().entries;
/** The cache's folder when the variable names none: the user's own in the temporary folder (the test file's folder here). */
const defaultCacheFolder = () => path.join(folder, `cdk-account-onboarding-compile-cache-${process.getuid?.() ?? os.userInfo().username}`);

afterEach(() => fs.rmSync(cacheFolder(), { recursive: true, force: true }));

describe('the compile cache', () => {
  test('a first run compiles from source and writes the pack; the next compiles from the pack and writes nothing', () => {
    // WHEN the same modules load twice
    const first = run(['a.js']);
    const packFile = path.join(cacheFolder(), packFiles()[0]);
    const written = fs.statSync(packFile);
    const second = run(['a.js']);
    // THEN the first compiled both from source and the second both from the pack, which it left as it was
    expect(first.stats).toEqual({ hits: 0, misses: 2, rejected: 0 });
    expect(second.stats).toEqual({ hits: 2, misses: 0, rejected: 0 });
    expect(fs.statSync(packFile).mtimeMs).toBe(written.mtimeMs);
    expect(Object.keys(packEntries()).sort()).toEqual([path.join(fixtures, 'a.js'), path.join(fixtures, 'b.js')]);
    // AND both runs' modules did what Node's own loader gives them
    expect(second.results).toEqual(first.results);
  });

  test('a module sees what Node gives it: exports as this, its file and folder, require with resolve, paths, main and cache', () => {
    // WHEN the fixture loads from source and then from the pack, and with the cache off
    const results = [run(['a.js']), run(['a.js']), run(['a.js'], { CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: 'off' })].map((r) => r.results['a.js']);
    // THEN each sees the same, which is what Node's loader gives (the last run)
    const expected = {
      value: 'a+b',
      self: { thisIsExports: true, filename: path.join(fixtures, 'a.js'), dirname: fixtures },
      resolved: path.join(fixtures, 'b.js'),
      paths: true,
      mainIsDriver: true,
      inCache: true,
      lazy: 42,
      line: expect.stringContaining(`${path.join(fixtures, 'a.js')}:10:`),
    };
    for (const result of results) expect(result).toEqual(expected);
  });

  test('the folder is the user\'s own (0700) and the pack is readable by the user only (0600)', () => {
    run(['b.js']);
    expect(fs.statSync(cacheFolder()).mode.toString(8).slice(-3)).toBe('700');
    expect(fs.statSync(path.join(cacheFolder(), packFiles()[0])).mode.toString(8).slice(-3)).toBe('600');
  });

  test('a module changed without changing its length is compiled from its new source (V8 checks only the length)', () => {
    run(['b.js']);
    // WHEN b.js changes to a source of the same length
    writeFixture('b.js', 'exports.value = "c";\n');
    const changed = run(['b.js']);
    // THEN it is compiled afresh, and exports what it now says
    expect(changed.stats).toEqual({ hits: 0, misses: 1, rejected: 0 });
    expect(changed.results['b.js']).toEqual({ value: 'c' });
    // AND the pack holds the new source's code
    expect(run(['b.js']).stats).toEqual({ hits: 1, misses: 0, rejected: 0 });
  });

  test('the pack keeps the modules that another run loaded, and drops those whose files are gone', () => {
    // GIVEN a run that loads a (and b), then one that loads only c
    writeFixture('c.js', 'exports.value = "c";\n');
    run(['a.js']);
    run(['c.js']);
    expect(Object.keys(packEntries()).map((file) => path.basename(file)).sort()).toEqual(['a.js', 'b.js', 'c.js']);
    // WHEN a.js is deleted and another module is compiled afresh
    fs.rmSync(path.join(fixtures, 'a.js'));
    writeFixture('b.js', 'exports.value = "d";\n');
    run(['b.js']);
    // THEN the pack holds the modules that exist
    expect(Object.keys(packEntries()).map((file) => path.basename(file)).sort()).toEqual(['b.js', 'c.js']);
  });

  test('a module with a dynamic import() is left to Node\'s loader, and its import works in every run', () => {
    // (V8 loses the import callback of code that comes from a cache.)
    const runs = [run(['dynamic.js']), run(['dynamic.js'])];
    expect(runs.map((r) => [r.status, r.results['dynamic.js'], r.stats])).toEqual([
      [0, { load: 'esm' }, { hits: 0, misses: 0, rejected: 0 }],
      [0, { load: 'esm' }, { hits: 0, misses: 0, rejected: 0 }],
    ]);
    expect(packFiles()).toEqual([]);
  });

  test('a damaged pack is ignored and written again', () => {
    run(['a.js']);
    const packFile = path.join(cacheFolder(), packFiles()[0]);
    for (const damage of [Buffer.from('not a pack'), fs.readFileSync(packFile).subarray(0, 200), Buffer.alloc(0)]) {
      fs.writeFileSync(packFile, damage);
      const damaged = run(['a.js']);
      expect(damaged.status).toBe(0);
      expect(damaged.results['a.js']).toMatchObject({ value: 'a+b' });
      expect(damaged.stats).toEqual({ hits: 0, misses: 2, rejected: 0 });
      expect(run(['a.js']).stats).toEqual({ hits: 2, misses: 0, rejected: 0 });
    }
  });

  test('cached code that V8 rejects (here, an entry whose V8 header is damaged) is compiled from source and replaced', () => {
    run(['b.js']);
    // WHEN the first byte of b.js's cached code (V8's magic number) changes
    const { file, bytes, dataStart, entries } = readPackFile();
    const first = dataStart + entries[path.join(fixtures, 'b.js')].offset;
    bytes[first] = 255 - bytes[first];
    fs.writeFileSync(file, bytes);
    // THEN V8 rejects it, the module runs from source, and the pack gets good code again
    const rejected = run(['b.js']);
    expect(rejected.stats).toEqual({ hits: 0, misses: 1, rejected: 1 });
    expect(rejected.results['b.js']).toEqual({ value: 'b' });
    expect(run(['b.js']).stats).toEqual({ hits: 1, misses: 0, rejected: 0 });
  });

  test('each set of Node flags has a pack of its own, so that V8 never rejects another\'s code', () => {
    run(['b.js']);
    const withFlag = run(['b.js'], {}, ['--no-lazy']);
    expect(withFlag.stats).toEqual({ hits: 0, misses: 1, rejected: 0 });
    expect(packFiles()).toHaveLength(2);
    expect([run(['b.js']).stats, run(['b.js'], {}, ['--no-lazy']).stats]).toEqual([
      { hits: 1, misses: 0, rejected: 0 }, { hits: 1, misses: 0, rejected: 0 },
    ]);
  });

  test('a syntax error is reported by Node\'s loader, naming the file', () => {
    writeFixture('broken.js', 'exports.value = ;\n');
    const broken = run(['broken.js']);
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toContain(path.join(fixtures, 'broken.js'));
    expect(broken.stderr).toContain('SyntaxError');
  });

  test('off by the environment variable, and where Node\'s own loader matters (source maps, coverage)', () => {
    for (const env of [{ CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: 'off' }, { NODE_OPTIONS: '--enable-source-maps' }, { NODE_V8_COVERAGE: path.join(folder, 'coverage') }]) {
      const off = run(['a.js'], env);
      expect({ env, enabled: off.enabled, value: (off.results['a.js'] as { value?: string })?.value }).toEqual({ env, enabled: false, value: 'a+b' });
    }
    expect(packFiles()).toEqual([]);
  });

  test('off when its folder is open to others, is a symbolic link or is a file', () => {
    fs.mkdirSync(cacheFolder(), { mode: 0o700 });
    for (const mode of [0o777, 0o720, 0o702]) {
      fs.chmodSync(cacheFolder(), mode);
      expect({ mode: mode.toString(8), enabled: run(['b.js']).enabled }).toEqual({ mode: mode.toString(8), enabled: false });
    }
    fs.chmodSync(cacheFolder(), 0o755);
    expect(run(['b.js']).enabled).toBe(true);
    fs.rmSync(cacheFolder(), { recursive: true });
    const real = path.join(folder, 'real-cache');
    fs.mkdirSync(real, { mode: 0o700 });
    fs.symlinkSync(real, cacheFolder());
    expect(run(['b.js']).enabled).toBe(false);
    fs.rmSync(cacheFolder());
    fs.writeFileSync(cacheFolder(), 'a file');
    const onFile = run(['b.js']);
    expect([onFile.enabled, onFile.results['b.js']]).toEqual([false, { value: 'b' }]);
    expect(fs.readdirSync(real)).toEqual([]);
  });

  test('by default, a folder of the user\'s own in the temporary folder', () => {
    const byDefault = run(['b.js'], { CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: undefined });
    const expected = defaultCacheFolder();
    expect(byDefault.enabled).toBe(true);
    expect(fs.readdirSync(expected)).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.pack$/)]);
    fs.rmSync(expected, { recursive: true });
  });

  test('aws-cdk-lib loads from the pack and synthesizes what it synthesizes without it', () => {
    // GIVEN an app with a role and a bucket, as the command line builds them, from this repository's aws-cdk-lib
    const app = path.join(folder, 'cdk-app.js');
    fs.writeFileSync(app, `
const cache = require(${JSON.stringify(cacheModule)}).enableCompileCache();
const cdk = require(${JSON.stringify(require.resolve('aws-cdk-lib'))});
const iam = require(${JSON.stringify(require.resolve('aws-cdk-lib/aws-iam'))});
const s3 = require(${JSON.stringify(require.resolve('aws-cdk-lib/aws-s3'))});
const stack = new cdk.Stack(new cdk.App({ outdir: process.argv[2] }), 'Stack');
const role = new iam.Role(stack, 'Role', { assumedBy: new iam.AccountPrincipal('111122223333') });
new s3.Bucket(stack, 'Bucket').grantRead(role);
const template = cdk.App.of(stack).synth().getStackByName('Stack').template;
console.log(JSON.stringify({ stats: cache && cache.stats(), template }));
`);
    const synth = (env: NodeJS.ProcessEnv = {}) => {
      const child = spawnSync(process.execPath, [app, fs.mkdtempSync(path.join(folder, 'cdk.out-'))], {
        encoding: 'utf8', env: { PATH: process.env.PATH, CDK_VALIDATION: 'false', CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: cacheFolder(), ...env },
      });
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout);
    };
    // WHEN it synthesizes with an empty cache, with the pack that run wrote, and with the cache off
    const [cold, warm, off] = [synth(), synth(), synth({ CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: 'off' })];
    // THEN the warm run compiled every module from the pack, and all three wrote the same template
    expect(cold.stats.misses).toBeGreaterThan(50);
    expect(warm.stats).toEqual({ hits: cold.stats.misses, misses: 0, rejected: 0 });
    expect(off.stats).toBeUndefined();
    expect(warm.template).toEqual(off.template);
    expect(cold.template).toEqual(off.template);
    expect(Object.keys(off.template.Resources)).toEqual(expect.arrayContaining([expect.stringMatching(/^Role/), expect.stringMatching(/^Bucket/)]));
  });

  test('Node\'s own loader is needed with source maps, the inspector, a policy manifest or coverage, however given', () => {
    const needing = [
      [['--enable-source-maps'], {}], [['--inspect'], {}], [['--inspect-brk=0'], {}], [['--experimental-policy=policy.json'], {}],
      [[], { NODE_OPTIONS: '--max-old-space-size=4096 --enable-source-maps' }], [[], { NODE_OPTIONS: '--inspect=9230' }],
      [[], { NODE_V8_COVERAGE: '/tmp/coverage' }],
    ] as const;
    for (const [execArgv, env] of needing) expect({ execArgv, env, needs: needsNodeLoader(execArgv, env) }).toEqual({ execArgv, env, needs: true });
    const notNeeding = [[[], {}], [['--max-old-space-size=4096', '--cpu-prof'], { NODE_OPTIONS: '--no-warnings' }]] as const;
    for (const [execArgv, env] of notNeeding) {
      expect({ execArgv, env, needs: needsNodeLoader(execArgv, env) }).toEqual({ execArgv, env, needs: false });
    }
  });

  test('a module that may import() in other spellings, or through eval, is left to Node\'s loader too', () => {
    writeFixture('spaced.js', 'exports.load = () => import ("./esm.mjs").then((m) => m.value);\n');
    writeFixture('commented.js', 'exports.load = () => import/* a comment */("./esm.mjs").then((m) => m.value);\n');
    writeFixture('evaluated.js', 'exports.load = () => eval(\'import("./esm.mjs")\').then((m) => m.value);\n');
    for (const name of ['spaced.js', 'commented.js', 'evaluated.js']) {
      const runs = [run([name]), run([name])];
      expect(runs.map((r) => [name, r.status, r.results[name], r.stats])).toEqual([
        [name, 0, { load: 'esm' }, { hits: 0, misses: 0, rejected: 0 }],
        [name, 0, { load: 'esm' }, { hits: 0, misses: 0, rejected: 0 }],
      ]);
    }
  });

  test('columns on a module\'s first line are those Node reports', () => {
    writeFixture('column.js', 'exports.where = () => new Error("here").stack.split("\\n")[1].trim();\n');
    const [fromSource, fromPack, off] = [run(['column.js']), run(['column.js']), run(['column.js'], { CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: 'off' })];
    expect(fromPack.stats).toEqual({ hits: 1, misses: 0, rejected: 0 });
    expect((off.results['column.js'] as { where: string }).where).toMatch(/column\.js:1:\d+\)?$/);
    expect([fromSource.results['column.js'], fromPack.results['column.js']]).toEqual([off.results['column.js'], off.results['column.js']]);
  });

  test('a module\'s cached code grows with the functions later runs ran, when a run writes the pack', () => {
    writeFixture('sum.js', 'exports.sum = function sum() { return [1, 2, 3].map(function double(x) { return x * 2; }).reduce(function add(a, b) { return a + b; }, 0); };\n');
    const entryLength = () => packEntries()[path.join(fixtures, 'sum.js')].length;
    // GIVEN a run that loaded sum.js without calling it
    expect(run(['sum.js']).results['sum.js']).toEqual({ sum: 'not called' });
    const before = entryLength();
    // WHEN a run calls it from the pack and compiles another module afresh (so it writes the pack)
    writeFixture('c.js', 'exports.value = "c";\n');
    const calling = run(['sum.js', 'c.js'], { CALL_SUM: '1' });
    // THEN sum.js's entry holds the functions that run compiled as well
    expect([calling.stats, calling.results['sum.js']]).toEqual([{ hits: 1, misses: 1, rejected: 0 }, { sum: 12 }]);
    expect(entryLength()).toBeGreaterThan(before);
    expect(run(['sum.js', 'c.js'], { CALL_SUM: '1' }).stats).toEqual({ hits: 2, misses: 0, rejected: 0 });
  });

  test('a long run whose V8 dropped bytecode (bytecode flushing) does not thin a module\'s cached code', () => {
    writeFixture('sum.js', 'exports.sum = function sum() { return [1, 2, 3].map(function double(x) { return x * 2; }).reduce(function add(a, b) { return a + b; }, 0); };\n');
    const driver = path.join(folder, 'flushing-driver.js');
    fs.writeFileSync(driver, `
const cache = require(${JSON.stringify(cacheModule)}).enableCompileCache();
require(${JSON.stringify(path.join(fixtures, 'sum.js'))}).sum();
if (process.env.FLUSH) {
  // What a long run's garbage collections do to functions unused for a while, at once.
  require('v8').setFlagsFromString('--stress-flush-code');
  require('v8').setFlagsFromString('--expose-gc');
  const gc = require('vm').runInNewContext('gc');
  for (let i = 0; i < 10; i++) gc();
  require(${JSON.stringify(path.join(fixtures, 'b.js'))});
}
process.on('exit', () => console.log(JSON.stringify(cache.stats())));
`);
    const flushingRun = (env: NodeJS.ProcessEnv = {}) => JSON.parse(spawnSync(process.execPath, [driver], {
      encoding: 'utf8', env: { PATH: process.env.PATH, CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: cacheFolder(), ...env },
    }).stdout);
    const sumEntry = () => packEntries()[path.join(fixtures, 'sum.js')];
    // GIVEN a pack written by a run that called sum
    expect(flushingRun()).toEqual({ hits: 0, misses: 1, rejected: 0 });
    const before = sumEntry().length;
    // WHEN a run that took it from the pack flushes its bytecode and writes the pack (b.js is new)
    expect(flushingRun({ FLUSH: '1' })).toEqual({ hits: 1, misses: 1, rejected: 0 });
    // THEN sum.js keeps the code it had, which the next run takes
    expect(sumEntry().length).toBe(before);
    expect(flushingRun()).toEqual({ hits: 1, misses: 0, rejected: 0 });
  });

  test('an entry that reaches past the end of the pack makes the pack count as damaged', () => {
    run(['a.js']);
    const packFile = path.join(cacheFolder(), packFiles()[0]);
    fs.writeFileSync(packFile, fs.readFileSync(packFile).subarray(0, -1));
    expect(run(['a.js']).stats).toEqual({ hits: 0, misses: 2, rejected: 0 });
  });

  test('a pack that is not the user\'s own regular file, closed to others, with one link, is not read', () => {
    const packFile = () => path.join(cacheFolder(), packFiles().find((name) => name.endsWith('.pack'))!);
    const damages: Array<[string, () => void]> = [
      ['readable by others', () => fs.chmodSync(packFile(), 0o644)],
      ['writable by the group', () => fs.chmodSync(packFile(), 0o620)],
      ['a symbolic link to a pack', () => {
        const elsewhere = path.join(folder, 'elsewhere.pack');
        fs.copyFileSync(packFile(), elsewhere);
        fs.chmodSync(elsewhere, 0o600);
        const name = packFile();
        fs.rmSync(name);
        fs.symlinkSync(elsewhere, name);
      }],
      ['a second link', () => fs.linkSync(packFile(), path.join(folder, `hard-link-${Date.now()}.pack`))],
      // Only root can give a file to another user; elsewhere this case is the one above.
      ...(process.getuid?.() === 0 ? [['owned by another user', () => fs.chownSync(packFile(), 65534, 65534)] as [string, () => void]] : []),
    ];
    for (const [damage, apply] of damages) {
      fs.rmSync(cacheFolder(), { recursive: true, force: true });
      run(['b.js']);
      apply();
      const ignored = run(['b.js']);
      expect({ damage, stats: ignored.stats, value: ignored.results['b.js'] }).toEqual({ damage, stats: { hits: 0, misses: 1, rejected: 0 }, value: { value: 'b' } });
      // The run wrote a pack of its own in its place, which the next run reads.
      expect({ damage, stats: run(['b.js']).stats }).toEqual({ damage, stats: { hits: 1, misses: 0, rejected: 0 } });
    }
  });

  test('a relative folder turns it off (it would put code into the folder the command runs in); an "on" value is the default folder', () => {
    const relative = run(['b.js'], { CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: 'cache-here' });
    expect([relative.enabled, relative.results['b.js'], fs.existsSync(path.join(folder, 'cache-here'))]).toEqual([false, { value: 'b' }, false]);
    const defaultFolder = defaultCacheFolder();
    for (const on of ['on', 'true', '1', '']) {
      fs.rmSync(defaultFolder, { recursive: true, force: true });
      expect({ on, enabled: run(['b.js'], { CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: on }).enabled, pack: fs.readdirSync(defaultFolder).length })
        .toEqual({ on, enabled: true, pack: 1 });
    }
    fs.rmSync(defaultFolder, { recursive: true, force: true });
  });

  test('a module required again after leaving require.cache, and a .cjs module, run as Node runs them', () => {
    writeFixture('twice.js', [
      'const file = require.resolve("./b");',
      'const first = require("./b");',
      'delete require.cache[file];',
      'const second = require("./b");',
      'exports.same = first.value === second.value;',
      'exports.fresh = first !== second;',
      '',
    ].join('\n'));
    writeFixture('c.cjs', 'exports.value = "cjs";\n');
    const runs = [run(['twice.js', 'c.cjs']), run(['twice.js', 'c.cjs'])];
    expect(runs.map((r) => [r.results['twice.js'], r.results['c.cjs']])).toEqual([
      [{ same: true, fresh: true }, { value: 'cjs' }], [{ same: true, fresh: true }, { value: 'cjs' }],
    ]);
    // twice.js, b.js (its second compile goes to Node's loader) and c.cjs
    expect(runs.map((r) => r.stats)).toEqual([{ hits: 0, misses: 3, rejected: 0 }, { hits: 3, misses: 0, rejected: 0 }]);
  });

  test('ECMAScript in a .js file, and a require(esm) cycle back into a cached module, end as with Node\'s loader', () => {
    // Node 22 and later load the first as ECMAScript (syntax detection); Node 20 refuses it. Either way, alike.
    writeFixture('detected.js', 'export const value = "detected";\n');
    writeFixture('cycle-a.js', 'exports.before = 1;\nconst b = require("./cycle-b.mjs");\nexports.b = b.value;\n');
    writeFixture('cycle-b.mjs', 'import a from "./cycle-a.js";\nexport const value = typeof a;\n');
    for (const name of ['detected.js', 'cycle-a.js']) {
      const outcome = (r: Run) => ({ name, status: r.status, result: r.results[name], error: /\b(ERR_[A-Z_]+|SyntaxError)\b/.exec(r.stderr)?.[1] });
      const off = outcome(run([name], { CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: 'off' }));
      expect([outcome(run([name])), outcome(run([name]))]).toEqual([off, off]);
    }
  });

  test('writing the pack removes temporary files of killed runs and other packs unwritten for a month', () => {
    fs.mkdirSync(cacheFolder(), { mode: 0o700 });
    const age = (name: string, ageMs: number) => {
      const file = path.join(cacheFolder(), name);
      fs.writeFileSync(file, 'x', { mode: 0o600 });
      const time = new Date(Date.now() - ageMs);
      fs.utimesSync(file, time, time);
    };
    age('killed.pack.1.aaaa.tmp', 2 * 3600 * 1000);
    age('writing.pack.2.bbbb.tmp', 60 * 1000);
    age('0123456789abcdef.pack', 40 * 24 * 3600 * 1000);
    age('fedcba9876543210.pack', 10 * 24 * 3600 * 1000);
    run(['b.js']);
    const aged = ['killed.pack.1.aaaa.tmp', 'writing.pack.2.bbbb.tmp', '0123456789abcdef.pack', 'fedcba9876543210.pack'];
    expect(packFiles().filter((name) => aged.includes(name)).sort()).toEqual(['fedcba9876543210.pack', 'writing.pack.2.bbbb.tmp']);
    // and the run's own pack
    expect(packFiles().filter((name) => !aged.includes(name))).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.pack$/)]);
  });

  test('the command line\'s bin turns it on before it loads the command line', () => {
    // GIVEN the package's bin beside the module as the build lays it out (lib/core/compile-cache.js) and a
    // stand-in for lib/main.js that loads a module
    const packageFolder = path.join(folder, 'package');
    fs.mkdirSync(path.join(packageFolder, 'bin'), { recursive: true });
    fs.mkdirSync(path.join(packageFolder, 'lib', 'core'), { recursive: true });
    fs.copyFileSync(path.join(__dirname, '..', 'bin', 'cdk-account-onboarding'), path.join(packageFolder, 'bin', 'cdk-account-onboarding'));
    fs.copyFileSync(cacheModule, path.join(packageFolder, 'lib', 'core', 'compile-cache.js'));
    fs.writeFileSync(path.join(packageFolder, 'lib', 'main.js'), `exports.run = (argv) => { require(${JSON.stringify(path.join(fixtures, 'b.js'))}); console.log(argv.join(' ')); };\n`);
    // WHEN the bin runs
    const child = spawnSync(process.execPath, [path.join(packageFolder, 'bin', 'cdk-account-onboarding'), 'publish', '--help'], {
      encoding: 'utf8', env: { PATH: process.env.PATH, CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE: cacheFolder() },
    });
    // THEN the command ran with its arguments, and the pack holds the modules it loaded
    expect([child.status, child.stdout.trim()]).toEqual([0, 'publish --help']);
    expect(Object.keys(packEntries()).sort()).toEqual([path.join(fixtures, 'b.js'), path.join(packageFolder, 'lib', 'main.js')].sort());
  });
});
