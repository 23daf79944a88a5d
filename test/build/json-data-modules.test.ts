import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { convertDataModules } from '../../scripts/json-data-modules';

/** A folder of modules as tsc compiles a generated data module: `exports.NAME = value;`. */
function compiledModules(modules: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'json-data-modules-'));
  for (const [file, body] of Object.entries(modules)) {
    fs.writeFileSync(path.join(folder, file), `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\n${body}\n`);
    fs.writeFileSync(path.join(folder, `${file}.map`), '{}');
  }
  return folder;
}

/** A module's exports as a Node process of its own loads it (jest's module registry would cache it). */
function load(file: string): { esModule: boolean; exports: Record<string, unknown> } {
  return JSON.parse(execFileSync(process.execPath, ['-e',
    'const m = require(process.argv[1]); process.stdout.write(JSON.stringify({ esModule: m.__esModule === true, exports: { ...m } }))', file], { encoding: 'utf8' }));
}

describe('the package loads its generated data modules from JSON', () => {
  test('each module becomes JSON and a module that loads it, with the same exports, and converting again changes nothing', () => {
    const folder = compiledModules({
      'catalog.js': 'exports.VERSION = \'0.21.1\';\nexports.COUNT = 3;\nexports.LEVELS = { s3: { L: \'ListBuckets\', R: \'GetObject GetBucketPolicy\' } };',
      'rules.js': 'exports.RULES_JSON = [\'{"id":"a"}\', \'{"id":"b"}\'];\nexports.EMPTY = null;\nexports.FLAG = false;',
    });
    try {
      const before = { catalog: load(path.join(folder, 'catalog.js')), rules: load(path.join(folder, 'rules.js')) };
      const bytes = convertDataModules(folder);
      expect(Object.keys(bytes)).toEqual(['catalog.js', 'rules.js']);
      expect(JSON.parse(fs.readFileSync(path.join(folder, 'catalog.json'), 'utf8'))).toEqual({
        VERSION: '0.21.1', COUNT: 3, LEVELS: { s3: { L: 'ListBuckets', R: 'GetObject GetBucketPolicy' } },
      });
      expect(fs.readFileSync(path.join(folder, 'catalog.js'), 'utf8')).toContain('Object.assign(exports, require("./catalog.json"));');
      expect(fs.existsSync(path.join(folder, 'catalog.js.map'))).toBe(false);
      // The same exports, and the ES-module marker that default-import interop reads.
      expect({ catalog: load(path.join(folder, 'catalog.js')), rules: load(path.join(folder, 'rules.js')) }).toEqual(before);
      expect(before.catalog.esModule).toBe(true);

      const files = Object.fromEntries(fs.readdirSync(folder).map((file) => [file, fs.readFileSync(path.join(folder, file), 'utf8')]));
      expect(convertDataModules(folder)).toEqual(bytes);
      expect(Object.fromEntries(fs.readdirSync(folder).map((file) => [file, fs.readFileSync(path.join(folder, file), 'utf8')]))).toEqual(files);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test.each([
    ['a function', 'exports.MATCH = function (value) { return value; };'],
    ['a regular expression', 'exports.PATTERN = /^ou-[a-z0-9]+$/;'],
    ['a value JSON loses', 'exports.LIMIT = Infinity;'],
    ['an instance of a class', 'exports.WHEN = new Date(0);'],
    ['undefined inside an object', 'exports.OPTIONS = { region: undefined };'],
  ])('fails the build on %s, naming the module and the export', (_kind, body) => {
    const folder = compiledModules({ 'data.js': body });
    try {
      expect(() => convertDataModules(folder)).toThrow(/data\.js: the export [A-Z]+ is not plain JSON data, so it cannot be loaded from JSON/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('fails the build when the module loaded from JSON differs from the compiled one, as -0 does', () => {
    const folder = compiledModules({ 'data.js': 'exports.OFFSET = -0;' });
    try {
      expect(() => convertDataModules(folder)).toThrow(/data\.js: the module loaded from data\.json differs from the compiled one/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  test('fails on a folder without compiled modules', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'json-data-modules-'));
    try {
      expect(() => convertDataModules(folder)).toThrow(/no compiled data modules in .*: run jsii first/);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
