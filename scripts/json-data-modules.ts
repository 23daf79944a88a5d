/**
 * After `jsii` compiles (`npx projen compile`): each generated data module of the package
 * (`lib/permissions/generated/*.js`, compiled from the committed `src/permissions/generated/*.ts`) becomes
 * a JSON file of its exports and a two-line module that loads it. Node reads JSON with `JSON.parse`,
 * which takes a fraction of the time V8 takes to compile the same tables as code (about 1.2 MB that every
 * synthesis loads). The sources stay the reviewed TypeScript; the `.d.ts` files are unchanged.
 *
 * Nothing can be lost on the way: the build fails unless every export is plain JSON data and the new
 * module, loaded, gives exports deeply equal to the compiled one's.
 */
import { isDeepStrictEqual } from 'node:util';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where the package's compiled data modules are. */
export const COMPILED_DATA_MODULES = path.join(__dirname, '..', 'lib', 'permissions', 'generated');

/** Whether a value survives JSON unchanged: plain objects, arrays, strings, finite numbers, booleans, null. */
function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonData);
  if (typeof value === 'object') {
    return Object.getPrototypeOf(value) === Object.prototype && Object.values(value as object).every(isJsonData);
  }
  return false;
}

function convert(folder: string, file: string): number {
  const modulePath = path.join(folder, file);
  const name = path.basename(file, '.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const compiled: Record<string, unknown> = { ...require(modulePath) };
  delete compiled.__esModule;
  for (const [key, value] of Object.entries(compiled)) {
    if (!isJsonData(value)) {
      throw new Error(`${path.relative(process.cwd(), modulePath)}: the export ${key} is not plain JSON data, so it cannot be loaded from JSON`);
    }
  }
  const json = `${JSON.stringify(compiled)}\n`;
  fs.writeFileSync(path.join(folder, `${name}.json`), json);
  fs.writeFileSync(modulePath, [
    '"use strict";',
    `// ${name}.ts, compiled, with its values in ${name}.json (scripts/json-data-modules.ts): JSON.parse reads them faster than V8 compiles them.`,
    'Object.defineProperty(exports, "__esModule", { value: true });',
    `Object.assign(exports, require("./${name}.json"));`,
    '',
  ].join('\n'));
  // The source map described the compiled code, which is gone.
  fs.rmSync(`${modulePath}.map`, { force: true });
  delete require.cache[require.resolve(modulePath)];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const reloaded: Record<string, unknown> = { ...require(modulePath) };
  delete reloaded.__esModule;
  if (!isDeepStrictEqual(reloaded, compiled)) {
    throw new Error(`${path.relative(process.cwd(), modulePath)}: the module loaded from ${name}.json differs from the compiled one`);
  }
  return Buffer.byteLength(json);
}

/**
 * Converts every compiled module (`*.js`) of the folder; returns the JSON bytes of each, by file name.
 * Converting a converted module again gives the same files.
 */
export function convertDataModules(folder: string): Record<string, number> {
  const files = fs.readdirSync(folder).filter((file) => file.endsWith('.js')).sort();
  if (files.length === 0) {
    throw new Error(`no compiled data modules in ${folder}: run jsii first`);
  }
  return Object.fromEntries(files.map((file) => [file, convert(folder, file)]));
}

if (require.main === module) {
  const bytes = Object.values(convertDataModules(COMPILED_DATA_MODULES));
  console.log(`json-data-modules: ${bytes.length} generated modules load their ${(bytes.reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} MB from JSON`);
}
