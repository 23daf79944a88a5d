/**
 * After `jsii` compiles (`npx projen compile`): each generated data module of the package
 * (`lib/permissions/generated/*.js`, compiled from the committed `src/permissions/generated/*.ts`) becomes
 * a JSON file of its exports and a two-line module that loads it. Node reads JSON with `JSON.parse`,
 * which takes a fraction of the time V8 takes to compile the same tables as code (about 1.1 MB that every
 * synthesis loads). The sources stay the reviewed TypeScript; the `.d.ts` files are unchanged.
 *
 * Nothing can be lost on the way: the build fails unless every export is plain JSON data and the new
 * module, loaded by a Node process of its own, gives exports deeply equal (`-0` and `0` differ) to those
 * the compiled one gave, the ES-module marker included.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import * as v8 from 'node:v8';

/** Where the package's compiled data modules are. */
export const COMPILED_DATA_MODULES = path.join(__dirname, '..', 'lib', 'permissions', 'generated');

/**
 * Loads a module in a Node process of its own (never a cached copy, whatever loads this script) and
 * reports its exports as V8 serializes them, which keeps `-0` and every key, or the exports that are
 * not plain JSON data: plain objects, arrays, strings, finite numbers, booleans and null.
 */
const LOAD_EXPORTS = `
const v8 = require('node:v8');
const loaded = require(process.argv[1]);
const isJsonData = (value) => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonData);
  return typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(isJsonData);
};
const notJson = Object.keys(loaded).filter((key) => !isJsonData(loaded[key]));
process.stdout.write(JSON.stringify(notJson.length > 0 ? { notJson }
  : { esModule: loaded.__esModule === true, exports: v8.serialize({ ...loaded }).toString('base64') }));
`;

interface LoadedExports {
  readonly esModule: boolean;
  readonly exports: Record<string, unknown>;
}

function loadExports(modulePath: string): LoadedExports {
  const reported = JSON.parse(execFileSync(process.execPath, ['-e', LOAD_EXPORTS, modulePath], { encoding: 'utf8' }));
  if (reported.notJson) {
    throw new Error(`${modulePath}: the export ${reported.notJson.join(', ')} is not plain JSON data, so it cannot be loaded from JSON`);
  }
  return { esModule: reported.esModule, exports: v8.deserialize(Buffer.from(reported.exports, 'base64')) };
}

function convert(folder: string, file: string): number {
  const modulePath = path.join(folder, file);
  const name = path.basename(file, '.js');
  const compiled = loadExports(modulePath);
  const json = `${JSON.stringify(compiled.exports)}\n`;
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
  const reloaded = loadExports(modulePath);
  if (!isDeepStrictEqual(reloaded.exports, compiled.exports) || reloaded.esModule !== compiled.esModule) {
    throw new Error(`${modulePath}: the module loaded from ${name}.json differs from the compiled one`);
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
