import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The layout is the architecture: each folder of src/ is one construct family or a layer of helpers,
 * and imports point down the list only (or within a folder). A cycle anywhere fails as well.
 */
const LAYERS: string[][] = [
  ['core'],
  ['permissions'],
  ['role'],
  ['cost-report', 'member-accounts'],
  ['hub'],
  ['onboarding-stack'],
  ['publication'],
];
const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');
const CLI_SRC = path.join(ROOT, 'cli', 'src');
const CLI_TEST = path.join(ROOT, 'cli', 'test');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)].map((match) => {
    const target = path.resolve(path.dirname(file), match[1]);
    return fs.existsSync(`${target}.ts`) ? `${target}.ts` : path.join(target, 'index.ts');
  });
}

function layerOf(file: string): number {
  const folder = path.relative(SRC, file).split(path.sep)[0];
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('the layout of src/', () => {
  test('every file lives in a folder of a known layer, except the two entry points of the package (index.ts, internal.ts)', () => {
    const outside = files.filter((file) => layerOf(file) < 0).map((file) => path.relative(SRC, file));
    expect(outside).toEqual(['index.ts', 'internal.ts']);
  });

  test('no import points upward: a module imports its own folder or the layers below', () => {
    const upward = files.filter((file) => layerOf(file) >= 0).flatMap((file) => graph.get(file)!
      .filter((target) => layerOf(target) > layerOf(file) || target.endsWith(`${path.sep}index.ts`))
      .map((target) => `${path.relative(SRC, file)} -> ${path.relative(SRC, target)}`));
    expect(upward).toEqual([]);
  });

  test('no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((entry) => path.relative(SRC, entry)).join(' -> '));
        return;
      }
      state.set(file, 'visiting');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    files.forEach((file) => visit(file, []));
    expect(cycles).toEqual([]);
  });

  test('the construct package does no I/O and loads no AWS SDK: that is the command line\'s', () => {
    const io = files.filter((file) => /from '(?:node:)?(?:fs|child_process|os)'|@aws-sdk\/|cloudformation-diff/.test(fs.readFileSync(file, 'utf8')));
    expect(io.map((file) => path.relative(SRC, file))).toEqual(['member-accounts/member-template.ts']);
  });

  test('the command line reaches the library by its package name only, never by a relative path into src/', () => {
    const relative = sourceFiles(CLI_SRC).filter((file) => /from '(?:\.\.\/)+src\//.test(fs.readFileSync(file, 'utf8')));
    expect(relative).toEqual([]);
  });
});

describe('the examples', () => {
  test('reach the library through its public entry point only, as an app that imports \'cdk-account-onboarding\' would', () => {
    // GIVEN every example source file WHEN its relative imports are resolved THEN none goes past src/index.ts
    const examples = sourceFiles(path.join(ROOT, 'examples'));
    const deep = examples.flatMap((file) => importsOf(file)
      .filter((target) => target.startsWith(`${SRC}${path.sep}`) && target !== path.join(SRC, 'index.ts'))
      .map((target) => `${path.relative(ROOT, file)} -> ${path.relative(ROOT, target)}`));
    expect(examples.length).toBeGreaterThan(4);
    expect(deep).toEqual([]);
  });
});

/** Every module name of the construct package that a file loads: import, export, require() and import(). */
function packageSpecifiers(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"](cdk-account-onboarding(?:\/[^'"]*)?)['"]/g)].map((match) => match[1]);
}

/** Files reachable from a module by its relative imports. */
function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    (graph.get(file) ?? []).forEach(visit);
  };
  visit(entry);
  return seen;
}

describe('the command line uses the construct package by its two entry points only', () => {
  const ENTRY_POINTS = ['cdk-account-onboarding', 'cdk-account-onboarding/internal'];

  test('no file of the command line or of its tests imports any other path of the construct package', () => {
    const deep = [...sourceFiles(CLI_SRC), ...sourceFiles(CLI_TEST)].flatMap((file) => packageSpecifiers(file)
      .filter((specifier) => !ENTRY_POINTS.includes(specifier))
      .map((specifier) => `${path.relative(ROOT, file)}: ${specifier}`));
    expect(deep).toEqual([]);
  });

  test('the check sees deep imports in every form', () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imports-')), 'probe.ts');
    fs.writeFileSync(probe, [
      "import { PATTERNS } from 'cdk-account-onboarding/lib/core/patterns';",
      'export { HUB_DEFAULTS } from "cdk-account-onboarding/lib/hub/hub-defaults";',
      "const x = require('cdk-account-onboarding/lib/index');",
      "const y = import('cdk-account-onboarding/internal');",
    ].join('\n'));
    expect(packageSpecifiers(probe)).toEqual([
      'cdk-account-onboarding/lib/core/patterns', 'cdk-account-onboarding/lib/hub/hub-defaults', 'cdk-account-onboarding/lib/index', 'cdk-account-onboarding/internal',
    ]);
  });

  test('the internal entry point is outside the jsii API: nothing that src/index.ts loads loads it', () => {
    const fromIndex = reachableFrom(path.join(SRC, 'index.ts'));
    expect(fromIndex.has(path.join(SRC, 'internal.ts'))).toBe(false);
    expect(fromIndex.size).toBeGreaterThan(20);
  });

  test('synthesis takes the rules from the generated list: nothing the entry points load imports the rules\' sources, which the package leaves out', () => {
    const loaded = new Set([...reachableFrom(path.join(SRC, 'index.ts')), ...reachableFrom(path.join(SRC, 'internal.ts'))]);
    const ruleSources = [...loaded].filter((file) => /[\\/]permissions[\\/]classification-rules(?:\.ts$|[\\/])/.test(file));
    expect(ruleSources.map((file) => path.relative(SRC, file))).toEqual([]);
    expect(loaded.has(path.join(SRC, 'permissions', 'generated', 'classification-rules.ts'))).toBe(true);
    const ignored = fs.readFileSync(path.join(ROOT, '.npmignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['/lib/permissions/classification-rules/', '/lib/permissions/classification-rules.js', '/lib/permissions/classification-rules.d.ts', '/lib/permissions/classification-rules.js.map']));
  });

  test("package.json's exports map names the two entry points, the jsii assembly and package.json, and nothing else", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.exports).toEqual({
      '.': { types: './lib/index.d.ts', default: './lib/index.js' },
      './internal': { types: './lib/internal.d.ts', default: './lib/internal.js' },
      './.jsii': './.jsii',
      './package.json': './package.json',
    });
    expect(manifest.main).toBe('lib/index.js');
    expect(manifest.types).toBe('lib/index.d.ts');
  });

  test('the type checks, the build and the tests map the same two names, and no other path, to the sources or the compiled library', () => {
    const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
    expect(read('cli/tsconfig.json').compilerOptions.paths).toEqual({
      'cdk-account-onboarding': ['../src/index.ts'],
      'cdk-account-onboarding/internal': ['../src/internal.ts'],
    });
    expect(read('cli/tsconfig.build.json').compilerOptions.paths).toEqual({
      'cdk-account-onboarding': ['../lib/index.d.ts'],
      'cdk-account-onboarding/internal': ['../lib/internal.d.ts'],
    });
    expect(read('package.json').jest.moduleNameMapper).toEqual({
      '^cdk-account-onboarding$': '<rootDir>/src/index.ts',
      '^cdk-account-onboarding/internal$': '<rootDir>/src/internal.ts',
    });
  });
});
