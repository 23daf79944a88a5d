import * as fs from 'node:fs';
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
const SRC = path.join(__dirname, '..', '..', 'src');
const CLI_SRC = path.join(__dirname, '..', '..', 'cli', 'src');

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
  test('every file lives in a folder of a known layer, except the package index', () => {
    const outside = files.filter((file) => layerOf(file) < 0).map((file) => path.relative(SRC, file));
    expect(outside).toEqual(['index.ts']);
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
