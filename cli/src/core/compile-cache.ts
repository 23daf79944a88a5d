/**
 * A V8 code cache of the modules that the command line loads (aws-cdk-lib's among them), made when
 * the command ends, so that the next run skips compiling them.
 *
 * Why: compiling JavaScript is about a quarter of a `publish` run. Node's own compile cache
 * (`module.enableCompileCache`, Node 22.1 and later; Node 20 has none) keeps what V8 compiled when a module
 * loaded, which misses every function compiled lazily, when it first ran. This cache is made at exit
 * (`vm.Script#createCachedData`), so it holds every function the command ran: a warm `publish` takes about
 * a quarter less time, a first run a few per cent more (measured in the benchmark table).
 *
 * What it trusts, and why that is safe:
 * - V8 checks a cached module against its source's length only, so each entry is keyed by the module's
 *   path and the SHA-256 of its source: a changed module is compiled afresh.
 * - One pack file per Node version, V8 version and architecture, in a folder that the user owns and that
 *   nobody else may write to (checked before use, as bytecode is code).
 * - Any failure to read, check or write it leaves the run as it would be without the cache.
 * - It stays off where Node's own loader matters: source maps, the inspector, coverage.
 *
 * `CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE=off` turns it off; `CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE=<folder>`
 * puts it in another folder.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The environment variable that turns the cache off (`off`) or names its folder. */
export const COMPILE_CACHE_ENV = 'CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE';

/** What the cache did in this process (for tests and the benchmark). */
export interface CompileCacheStats {
  /** Modules compiled from the cache. */
  readonly hits: number;
  /** Modules compiled from their source: new, changed, or rejected by V8. */
  readonly misses: number;
  /** Of the misses, those whose cached code V8 rejected (another V8 flag, a damaged entry). */
  readonly rejected: number;
}

/** A cache in use. */
export interface CompileCache {
  /** The pack file the cache reads and, at exit, writes. */
  readonly packFile: string;
  stats(): CompileCacheStats;
  /** Writes the pack file now if anything was compiled afresh (also done at exit). */
  save(): void;
}

/** The pack file: a 4-byte little-endian header length, the JSON header, then each entry's cached code. */
interface PackHeader {
  readonly format: typeof PACK_FORMAT;
  readonly entries: Record<string, { readonly sha256: string; readonly offset: number; readonly length: number }>;
}
const PACK_FORMAT = 'cdk-account-onboarding-compile-cache/1';

/** Above this, a pack keeps only the modules of the run that writes it (it grows with each installation). */
const MAX_PACK_BYTES = 64 * 1024 * 1024;

/** Node's own CommonJS wrapper: the same parameters, on the module's first line so that line numbers hold. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_END = '\n});';

/** Options that need Node's own loader: source maps, the inspector, policy manifests (their integrity checks). */
const NODE_LOADER_OPTIONS = /--(enable-source-maps|inspect|inspect-brk|experimental-policy)\b/;

interface CompiledModule {
  readonly sha256: string;
  readonly script: vm.Script;
  /** The entry's cached code when V8 took it; made at exit otherwise. */
  readonly cached?: Buffer;
}

/**
 * Turns the cache on for every CommonJS module loaded after this call, unless it is off or its folder is
 * not safe to use. Returns the cache in use, or undefined.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): CompileCache | undefined {
  const setting = env[COMPILE_CACHE_ENV]?.trim();
  if (setting !== undefined && /^(off|false|0|no)$/i.test(setting)) return undefined;
  if (needsNodeLoader(process.execArgv, env)) return undefined;
  // A dynamic import() in a module compiled from source needs the main context's loader (Node 20.12 and later).
  const importModuleDynamically = (vm.constants as Partial<typeof vm.constants> | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (importModuleDynamically === undefined) return undefined;

  const folder = setting ? path.resolve(setting) : path.join(os.tmpdir(), `cdk-account-onboarding-compile-cache-${userKey()}`);
  if (!safeFolder(folder)) return undefined;
  const runtime = [process.version, process.versions.v8, process.arch, process.platform].join(' ');
  const packFile = path.join(folder, `${crypto.createHash('sha256').update(runtime).digest('hex').slice(0, 16)}.pack`);
  const pack = readPack(packFile);

  const compiled = new Map<string, CompiledModule>();
  let hits = 0;
  let misses = 0;
  let rejected = 0;

  // Node's internals, as every code cache for CommonJS uses them (typed here, as @types/node does not).
  const ModuleClass = Module as unknown as {
    prototype: { _compile: (this: NodeModuleInternals, content: string, filename: string, format?: string) => unknown };
    _extensions: unknown;
    _cache: unknown;
    _resolveFilename(request: string, parent: NodeModuleInternals, isMain: boolean, options?: unknown): string;
    _resolveLookupPaths(request: string, parent: NodeModuleInternals): string[] | null;
  };
  const originalCompile = ModuleClass.prototype._compile;

  ModuleClass.prototype._compile = function compileFromCache(this: NodeModuleInternals, content: string, filename: string, format?: string) {
    // V8 loses a script's dynamic import() callback when it comes from cached code (Node 20 and 22 alike):
    // a module that may import() is left to Node's loader.
    if ((format !== undefined && format !== 'commonjs') || compiled.has(filename) || content.includes('import(')) {
      return originalCompile.apply(this, [content, filename, format]);
    }
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    const entry = pack.header.entries[filename];
    const cachedData = entry?.sha256 === sha256 ? pack.data.subarray(entry.offset, entry.offset + entry.length) : undefined;
    let script: vm.Script;
    try {
      // A shebang is only valid at the very start of a script; as a comment it keeps its line and columns.
      const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
      script = new vm.Script(WRAPPER_START + source + WRAPPER_END, { filename, cachedData, importModuleDynamically });
    } catch {
      // Not a CommonJS script (a syntax error, or a module Node would load as ECMAScript): Node's loader decides and reports.
      return originalCompile.apply(this, [content, filename, format]);
    }
    const taken = cachedData !== undefined && !script.cachedDataRejected;
    if (taken) {hits++;} else {
      misses++;
      if (cachedData !== undefined) rejected++;
    }
    compiled.set(filename, { sha256, script, cached: taken ? cachedData : undefined });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, makeRequire(this), this, filename, path.dirname(filename));
  };

  // The require function that Node gives a module (makeRequireFunction in Node's CommonJS loader).
  function makeRequire(module: NodeModuleInternals): NodeJS.Require {
    const require = ((id: string) => module.require(id)) as NodeJS.Require;
    const resolve = ((request: string, options?: unknown) => ModuleClass._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
    resolve.paths = (request: string) => ModuleClass._resolveLookupPaths(request, module);
    require.resolve = resolve;
    require.main = process.mainModule;
    require.extensions = ModuleClass._extensions as NodeJS.RequireExtensions;
    require.cache = ModuleClass._cache as NodeJS.Dict<NodeModule>;
    return require;
  }

  let saved = false;
  const save = () => {
    if (saved || misses === 0) return;
    saved = true;
    writePack(packFile, pack, compiled);
  };
  process.once('exit', save);
  return { packFile, stats: () => ({ hits, misses, rejected }), save };
}

/** The parts of a Node module that the wrapper uses. */
interface NodeModuleInternals {
  exports: unknown;
  require(id: string): unknown;
}

/** Whether the process runs with an option that needs Node's own loader (given on the command line or in NODE_OPTIONS), or with coverage on. */
export function needsNodeLoader(execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return NODE_LOADER_OPTIONS.test([...execArgv, env.NODE_OPTIONS ?? ''].join(' ')) || Boolean(env.NODE_V8_COVERAGE);
}

/** The user the folder belongs to: the uid where there is one, the user name otherwise. */
function userKey(): string {
  return String(process.getuid?.() ?? os.userInfo().username).replace(/[^\w.-]/g, '_');
}

/** Makes the folder (mode 0700) if missing, and accepts it only if it is a real folder of this user that nobody else may write to. */
function safeFolder(folder: string): boolean {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stats = fs.lstatSync(folder);
    if (!stats.isDirectory()) return false;
    // Windows has no uid, and its temporary folder is the user's own.
    if (process.getuid === undefined) return true;
    // Nobody but the user may write to it: neither the group nor others have the write bit.
    const writableByOthers = stats.mode.toString(8).slice(-2).split('').some((digit) => ['2', '3', '6', '7'].includes(digit));
    return stats.uid === process.getuid() && !writableByOthers;
  } catch {
    return false;
  }
}

interface Pack {
  readonly header: PackHeader;
  readonly data: Buffer;
}

const EMPTY_PACK: Pack = { header: { format: PACK_FORMAT, entries: {} }, data: Buffer.alloc(0) };

/** The pack file as written, or an empty pack when it is missing, of another format or damaged. */
function readPack(packFile: string): Pack {
  try {
    const file = fs.readFileSync(packFile);
    const headerLength = file.readUInt32LE(0);
    const header = JSON.parse(file.subarray(4, 4 + headerLength).toString('utf8')) as PackHeader;
    const data = file.subarray(4 + headerLength);
    if (header.format !== PACK_FORMAT || typeof header.entries !== 'object' || header.entries === null) return EMPTY_PACK;
    const whole = Object.values(header.entries).every((entry) =>
      Number.isSafeInteger(entry.offset) && Number.isSafeInteger(entry.length) && entry.offset >= 0 && entry.length >= 0
      && entry.offset + entry.length <= data.length);
    return whole ? { header, data } : EMPTY_PACK;
  } catch {
    return EMPTY_PACK;
  }
}

/**
 * Writes the pack: this run's modules (their cached code, or code made now) and the earlier entries of
 * modules that still exist, atomically (a temporary file renamed over it). Failures are ignored.
 */
function writePack(packFile: string, previous: Pack, compiled: Map<string, CompiledModule>): void {
  const temporary = `${packFile}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    const fresh: Array<[string, string, Buffer]> = [];
    for (const [filename, module] of compiled) {
      fresh.push([filename, module.sha256, module.cached ?? module.script.createCachedData()]);
    }
    let earlier: Array<[string, string, Buffer]> = [];
    for (const [filename, entry] of Object.entries(previous.header.entries)) {
      if (compiled.has(filename) || !fs.existsSync(filename)) continue;
      earlier.push([filename, entry.sha256, previous.data.subarray(entry.offset, entry.offset + entry.length)]);
    }
    const bytes = (list: Array<[string, string, Buffer]>) => list.reduce((sum, [, , data]) => sum + data.length, 0);
    if (bytes(fresh) + bytes(earlier) > MAX_PACK_BYTES) earlier = [];
    const entries: Record<string, PackHeader['entries'][string]> = {};
    const buffers: Buffer[] = [];
    let offset = 0;
    for (const [filename, sha256, data] of [...fresh, ...earlier]) {
      entries[filename] = { sha256, offset, length: data.length };
      buffers.push(data);
      offset += data.length;
    }
    const header = Buffer.from(JSON.stringify({ format: PACK_FORMAT, entries } satisfies PackHeader), 'utf8');
    const headerLength = Buffer.alloc(4);
    headerLength.writeUInt32LE(header.length, 0);
    fs.writeFileSync(temporary, Buffer.concat([headerLength, header, ...buffers]), { mode: 0o600 });
    fs.renameSync(temporary, packFile);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run writes the pack again.
    }
  }
}
