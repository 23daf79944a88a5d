/**
 * A V8 code cache of the modules that the command line loads (aws-cdk-lib's among them), made when
 * the command ends, so that the next run skips compiling them.
 *
 * Why: without it, compiling JavaScript is most of what `publish` costs beyond a plain aws-cdk-lib app.
 * Node's own compile cache (`module.enableCompileCache`, Node 22.1 and later; Node 20 has none) keeps what
 * V8 compiled as each module loaded, which misses every function compiled lazily, when it first ran. This
 * cache is made at exit (`vm.Script#createCachedData`), so it holds the functions that the run writing it
 * ran, and what earlier runs' cache held (a module's cached code grows with every run that writes it).
 *
 * What it trusts, and why that is safe:
 * - V8 checks cached code against its source's length only, so each entry is keyed by the module's path
 *   and the SHA-256 of its source, and each pack by the wrapper, Node, V8, the flags and the installation.
 * - The pack is code: it is read only when it is a regular file of the user's own that nobody else may
 *   write to, with one link, in a folder of the user's own that nobody else may write to.
 * - Any failure to read, check or write it leaves the run as it would be without the cache.
 * - It stays off where Node's own loader matters: source maps, the inspector, policy manifests, coverage.
 *
 * `CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE=off` turns it off; `CDK_ACCOUNT_ONBOARDING_COMPILE_CACHE=<absolute folder>`
 * puts it in another folder.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';

/** The environment variable that turns the cache off (`off`) or names its folder (an absolute path). */
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

/** A cache in use; it writes its pack at exit if anything was compiled afresh. */
export interface CompileCache {
  stats(): CompileCacheStats;
}

/** The pack file: a 4-byte little-endian header length, the JSON header, then each entry's cached code. */
interface PackHeader {
  readonly format: typeof PACK_FORMAT;
  readonly entries: Record<string, { readonly sha256: string; readonly offset: number; readonly length: number }>;
}
const PACK_FORMAT = 'cdk-account-onboarding-compile-cache/1';

/** Above this, a pack keeps only the modules of the run that writes it. */
const MAX_PACK_BYTES = 32 * 1024 * 1024;

/** Another installation's or Node version's pack unwritten this long is removed; a temporary file of a killed run sooner. */
const STALE_PACK_MS = 30 * 24 * 3600 * 1000;
const STALE_TEMPORARY_MS = 3600 * 1000;

/** Node's own CommonJS wrapper (Module.wrapper): the same parameters, on the module's first line so that line numbers hold. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_END = '\n});';

/** Options that need Node's own loader: source maps, the inspector, policy manifests (their integrity checks). */
const NODE_LOADER_OPTIONS = /--(enable-source-maps|inspect|inspect-brk|experimental-policy)\b/;

/**
 * A dynamic import, or an eval that could run one: Node 20 loses a script's import callback when its code
 * comes from a cache (and later versions warn that the callback used is experimental), so such a module is
 * left to Node's loader, even when the words are in a comment or a string.
 */
const MAY_IMPORT = /\bimport\s*(\(|\/[*/])|\beval\s*\(/;

interface CompiledModule {
  readonly sha256: string;
  readonly script: vm.Script;
  /** The cached code V8 took for it, if any. */
  readonly cached?: Buffer;
}

/** Values that mean "on, in the default folder" and "off". */
const ON = /^(|on|true|1|yes)$/i;
const OFF = /^(off|false|0|no)$/i;

/**
 * Turns the cache on for every CommonJS module loaded after this call, unless it is off or its folder is
 * not safe to use. Returns the cache in use, or undefined.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): CompileCache | undefined {
  const folder = cacheFolder(env[COMPILE_CACHE_ENV]);
  if (folder === undefined || needsNodeLoader(process.execArgv, env)) return undefined;
  // A dynamic import() in a module compiled from source needs the main context's loader (Node 20.12 and later).
  const importModuleDynamically = (vm.constants as Partial<typeof vm.constants> | undefined)?.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (importModuleDynamically === undefined) return undefined;

  // Node's internals, as every code cache for CommonJS uses them (typed here, as @types/node does not).
  const ModuleClass = Module as unknown as {
    prototype: { _compile: (this: NodeModuleInternals, content: string, filename: string, format?: string) => unknown };
    _extensions: unknown;
    _cache: unknown;
    wrap(script: string): string;
    _resolveFilename(request: string, parent: NodeModuleInternals, isMain: boolean, options?: unknown): string;
    _resolveLookupPaths(request: string, parent: NodeModuleInternals): string[] | null;
  };
  // A wrapper that something replaced (Module.wrap, Module.wrapper) is not the one cached code was made for.
  if (ModuleClass.wrap('') !== WRAPPER_START + WRAPPER_END) return undefined;
  if (!safeFolder(folder)) return undefined;

  const key = [WRAPPER_START, WRAPPER_END, process.version, process.versions.v8, process.arch, process.platform,
    process.execArgv.join(' '), env.NODE_OPTIONS ?? '', __dirname].join('\n');
  const packFile = path.join(folder, `${crypto.createHash('sha256').update(key).digest('hex').slice(0, 16)}.pack`);
  const pack = readPack(packFile);
  // The flag Node sets while a module runs (for require(esm) cycles), found by its name on the main module.
  const kIsExecuting = Object.getOwnPropertySymbols(process.mainModule ?? {}).find((symbol) => symbol.description === 'kIsExecuting');

  const compiled = new Map<string, CompiledModule>();
  let hits = 0;
  let misses = 0;
  let rejected = 0;
  const originalCompile = ModuleClass.prototype._compile;

  ModuleClass.prototype._compile = function compileFromCache(this: NodeModuleInternals, content: string, filename: string, format?: string) {
    if ((format !== undefined && format !== 'commonjs') || compiled.has(filename) || MAY_IMPORT.test(content)
      || (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled) {
      return originalCompile.apply(this, [content, filename, format]);
    }
    const sha256 = crypto.createHash('sha256').update(content).digest('hex');
    const entry = pack.header.entries[filename];
    const cachedData = entry?.sha256 === sha256 ? pack.data.subarray(entry.offset, entry.offset + entry.length) : undefined;
    let script: vm.Script;
    try {
      // A shebang is only valid at the very start of a script; as a comment it keeps its line and columns.
      const source = content.startsWith('#!') ? `//${content.slice(2)}` : content;
      script = new vm.Script(WRAPPER_START + source + WRAPPER_END, {
        filename, cachedData, importModuleDynamically, columnOffset: -WRAPPER_START.length,
      });
    } catch {
      // Not a CommonJS script (a syntax error, or a module Node would load as ECMAScript): Node's loader decides and reports.
      return originalCompile.apply(this, [content, filename, format]);
    }
    const taken = cachedData !== undefined && !script.cachedDataRejected;
    if (taken) {
      hits++;
    } else {
      misses++;
      if (cachedData !== undefined) rejected++;
    }
    compiled.set(filename, { sha256, script, cached: taken ? cachedData : undefined });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const module = this as NodeModuleInternals & Record<symbol, boolean>;
    // As Node's _compile: the flag is set while the module runs, and stays set if it throws.
    if (kIsExecuting) module[kIsExecuting] = true;
    const result = wrapper.call(this.exports, this.exports, makeRequire(this), this, filename, path.dirname(filename));
    if (kIsExecuting) module[kIsExecuting] = false;
    return result;
  };

  /**
   * The require function that Node gives a module (makeRequireFunction in Node's CommonJS loader). Its
   * `require.resolve` does not run resolve hooks of `module.registerHooks` (Node 22.15 and later); `require` does.
   */
  function makeRequire(module: NodeModuleInternals): NodeJS.Require {
    // Named as Node names them (require.name, require.resolve.name).
    const require = { require(id: string) { return module.require(id); } }.require as NodeJS.Require;
    const resolve = {
      resolve(request: string, options?: unknown) {
        requireString(request, 'request');
        return ModuleClass._resolveFilename(request, module, false, options);
      },
    }.resolve as NodeJS.RequireResolve;
    resolve.paths = function paths(request: string) {
      requireString(request, 'request');
      return ModuleClass._resolveLookupPaths(request, module);
    };
    require.resolve = resolve;
    require.main = process.mainModule;
    require.extensions = ModuleClass._extensions as NodeJS.RequireExtensions;
    require.cache = ModuleClass._cache as NodeJS.Dict<NodeModule>;
    return require;
  }

  process.once('exit', () => {
    if (misses > 0 && safeFolder(folder)) writePack(packFile, pack, compiled);
  });
  return { stats: () => ({ hits, misses, rejected }) };
}

/**
 * The folder a setting names: the default one for no setting or an "on" value, none for an "off" value or a
 * relative path (which would put code into whatever folder the command runs in, a repository's say).
 */
function cacheFolder(setting: string | undefined): string | undefined {
  const value = setting?.trim() ?? '';
  if (OFF.test(value)) return undefined;
  if (ON.test(value)) return path.join(os.tmpdir(), `cdk-account-onboarding-compile-cache-${userKey()}`);
  return path.isAbsolute(value) ? value : undefined;
}

/** Whether the process runs with an option that needs Node's own loader (given on the command line or in NODE_OPTIONS), or with coverage on. */
export function needsNodeLoader(execArgv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  return NODE_LOADER_OPTIONS.test([...execArgv, env.NODE_OPTIONS ?? ''].join(' ')) || Boolean(env.NODE_V8_COVERAGE);
}

/** The parts of a Node module that the wrapper uses. */
interface NodeModuleInternals {
  exports: unknown;
  require(id: string): unknown;
}

/** Node's check of require.resolve's argument, with its error. */
function requireString(value: unknown, name: string): void {
  if (typeof value !== 'string') {
    const error = new TypeError(`The "${name}" argument must be of type string. Received ${value === null ? 'null' : `type ${typeof value} (${String(value)})`}`);
    Object.assign(error, { code: 'ERR_INVALID_ARG_TYPE' });
    throw error;
  }
}

/** The user the folder belongs to: the uid where there is one, the user name otherwise. */
function userKey(): string {
  return String(process.getuid?.() ?? os.userInfo().username).replace(/[^\w.-]/g, '_');
}

/** Whether a file mode lets the group or others write (the folder) or do anything (the pack). */
function openToOthers(mode: number, bits: 'write' | 'any'): boolean {
  const groupAndOthers = mode % 0o100;
  if (bits === 'any') return groupAndOthers !== 0;
  return [Math.floor(groupAndOthers / 8), groupAndOthers % 8].some((digit) => [2, 3, 6, 7].includes(digit));
}

/** Makes the folder (mode 0700) if missing, and accepts it only if it is a real folder of this user that nobody else may write to. */
function safeFolder(folder: string): boolean {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stats = fs.lstatSync(folder);
    if (!stats.isDirectory()) return false;
    // Windows has no uid, and its temporary folder is the user's own.
    if (process.getuid === undefined) return true;
    return stats.uid === process.getuid() && !openToOthers(stats.mode, 'write');
  } catch {
    return false;
  }
}

interface Pack {
  readonly header: PackHeader;
  readonly data: Buffer;
}

const EMPTY_PACK: Pack = { header: { format: PACK_FORMAT, entries: {} }, data: Buffer.alloc(0) };

/**
 * The pack file as written, or an empty pack when it is missing, not the user's own regular file closed to
 * others with one link (it is code), of another format or damaged. Checked on the open file, not its name.
 */
function readPack(packFile: string): Pack {
  let descriptor: number | undefined;
  try {
    // Read-only, and not through a symbolic link where the system can refuse one (O_NOFOLLOW; the flags add up as bits).
    descriptor = fs.openSync(packFile, fs.constants.O_RDONLY + (fs.constants.O_NOFOLLOW ?? 0));
    const stats = fs.fstatSync(descriptor);
    if (!stats.isFile() || stats.nlink !== 1) return EMPTY_PACK;
    if (process.getuid !== undefined && (stats.uid !== process.getuid() || openToOthers(stats.mode, 'any'))) return EMPTY_PACK;
    const file = fs.readFileSync(descriptor);
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
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/**
 * Writes the pack: this run's modules, each with the code V8 holds for it now (what its cached code held and
 * what this run compiled) or the code it was given if that is larger, and the earlier entries of modules that
 * still exist, atomically (a new file, renamed over it). Removes stale packs and temporary files of killed runs.
 * Failures are ignored.
 */
function writePack(packFile: string, previous: Pack, compiled: Map<string, CompiledModule>): void {
  const temporary = `${packFile}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  try {
    const fresh: Array<[string, string, Buffer]> = [];
    for (const [filename, module] of compiled) {
      // V8 drops the bytecode of functions unused for a while (bytecode flushing), so a long run can hold less
      // of a module than the code it was given: the larger is kept.
      const made = module.script.createCachedData();
      fresh.push([filename, module.sha256, module.cached && module.cached.length > made.length ? module.cached : made]);
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
    // 'wx': a new file of this process's own, never one that someone put at that name.
    fs.writeFileSync(temporary, Buffer.concat([headerLength, header, ...buffers]), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temporary, packFile);
    removeStaleFiles(path.dirname(packFile), packFile);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run writes the pack again.
    }
  }
}

/** Removes other packs unwritten for a month and temporary files older than an hour (a run killed while writing). */
function removeStaleFiles(folder: string, current: string): void {
  const now = Date.now();
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    const stale = name.endsWith('.tmp') ? STALE_TEMPORARY_MS : name.endsWith('.pack') && file !== current ? STALE_PACK_MS : undefined;
    if (stale === undefined) continue;
    try {
      if (now - fs.lstatSync(file).mtimeMs > stale) fs.rmSync(file, { force: true });
    } catch {
      // Another run removed it first.
    }
  }
}
