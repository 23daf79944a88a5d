import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * A command loads only what it uses: publish, the command a vendor runs most and the one the
 * benchmark holds to 1.2x of a plain app, loads no AWS SDK client, no schema compiler and no
 * template differ. Each heavy module is replaced by a recorder that loads the real one.
 */
const HEAVY = [
  '@aws-sdk/client-iam', '@aws-sdk/client-sts', '@aws-sdk/client-organizations', '@aws-sdk/client-cloudformation',
  '@aws-cdk/cloudformation-diff', 'ajv',
];
const EXAMPLE_CONFIG = path.join(__dirname, '..', '..', 'examples', 'vendor', 'onboarding.json');

/** The heavy modules that a run of the command line loaded. */
async function heavyModulesLoadedBy(args: string[]): Promise<{ code: number; loaded: string[] }> {
  const loaded: string[] = [];
  jest.resetModules();
  for (const name of HEAVY) {
    jest.doMock(name, () => {
      loaded.push(name);
      return jest.requireActual(name);
    });
  }
  // A fresh module registry per run, so that each run loads what it needs itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main } = require('../src/main') as typeof import('../src/main');
  const code = await main(args, { out: () => undefined, err: () => undefined });
  for (const name of HEAVY) jest.dontMock(name);
  return { code, loaded: loaded.sort() };
}

describe('what a command loads', () => {
  const validation = process.env.CDK_VALIDATION;
  beforeAll(() => { process.env.CDK_VALIDATION = 'false'; });
  afterAll(() => {
    if (validation === undefined) delete process.env.CDK_VALIDATION; else process.env.CDK_VALIDATION = validation;
  });

  test('publish loads no AWS SDK client, no schema compiler and no template differ', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-loads-'));
    const { code, loaded } = await heavyModulesLoadedBy(['publish', '--config', EXAMPLE_CONFIG, '--out', out]);
    expect(code).toBe(0);
    expect(fs.readdirSync(out)).toContain('PERMISSIONS.md');
    expect(loaded).toEqual([]);
  });

  test('--help of every command loads none of them either', async () => {
    for (const command of ['publish', 'diff', 'backfill-request', 'doctor', 'verify', 'check-connection', 'profiles']) {
      const { code, loaded } = await heavyModulesLoadedBy([command, '--help']);
      expect({ command, code, loaded }).toEqual({ command, code: 0, loaded: [] });
    }
  });

  test('the recorder sees a module that a command does load: diff loads the template differ', async () => {
    const template = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diff-loads-')), 'template.json');
    fs.writeFileSync(template, JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic' } } }));
    const { code, loaded } = await heavyModulesLoadedBy(['diff', template, template]);
    expect(code).toBe(0);
    expect(loaded).toEqual(['@aws-cdk/cloudformation-diff']);
  });
});
