import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXAMPLE_CONFIG, VENDOR_CONFIGS } from '../../../test/support/published';
import { runCli } from '../support/run-cli';

/**
 * What a value leaves in text when it was not rendered: an object stringified, a CDK token (string,
 * list or number), a missing value. Each with the reason a reviewer would give.
 */
const LEFTOVERS: readonly [RegExp, string][] = [
  [/\[object Object\]/, 'an object stringified'],
  [/\$\{Token\[/, 'a CDK string token'],
  [/#\{Token\[/, 'a CDK list token'],
  [/TOKEN\[/, 'a CDK token'],
  // A CDK number token is a huge negative double (-1.8881545897087626e+289).
  [/-1\.888\d*e\+289/, 'a CDK number token'],
  [/\bundefined\b/, 'undefined'],
  [/\bNaN\b/, 'NaN'],
  // A CDK intrinsic copied as a plain object instead of resolved ({ typeHint, value, disambiguator }).
  [/"typeHint"\s*:/, 'a CDK intrinsic copied unresolved'],
];

/** Every unrendered value in a text, in the form `<what>: ...<context>...`. */
function leftoversIn(text: string): string[] {
  return LEFTOVERS.flatMap(([pattern, what]) => {
    const global = new RegExp(pattern.source, 'g');
    return [...text.matchAll(global)].map((match) => `${what}: ...${text.slice(Math.max(0, match.index! - 40), match.index! + match[0].length + 20)}...`);
  });
}

/**
 * Every unrendered value in a JSON document: in its strings and keys, and a `null` wherever the
 * file's format has no use for one. Terraform's JSON syntax uses `null` for "no value" (an optional
 * argument left out), CloudFormation templates and the AWS CLI's input files do not.
 */
function leftoversInJson(document: unknown, nullAllowed: boolean, at = '$'): string[] {
  if (document === null) {
    return nullAllowed ? [] : [`null at ${at}`];
  }
  if (typeof document === 'string') {
    return leftoversIn(document).map((problem) => `${problem} at ${at}`);
  }
  if (typeof document === 'number') {
    return Number.isFinite(document) && !(document < -1e289) ? [] : [`${document} at ${at}`];
  }
  if (Array.isArray(document)) {
    return document.flatMap((item, index) => leftoversInJson(item, nullAllowed, `${at}[${index}]`));
  }
  if (typeof document === 'object') {
    return Object.entries(document as Record<string, unknown>).flatMap(([key, value]) => [
      ...leftoversIn(key).map((problem) => `${problem} in a key at ${at}`),
      ...leftoversInJson(value, nullAllowed, `${at}.${key}`),
    ]);
  }
  return [];
}

/** Every unrendered value in a published file, decided by the file's type. */
function leftoversInFile(filePath: string, content: string): string[] {
  if (filePath.endsWith('.json')) {
    // The template's strings hold JSON themselves (the member template in TemplateBody): checked as text too.
    return [...leftoversInJson(JSON.parse(content), filePath.startsWith('terraform/')), ...leftoversIn(content)];
  }
  // Markdown and the link files are read by people: a `null` there is a value that went missing.
  return [...leftoversIn(content), ...[...content.matchAll(/\bnull\b/g)].map((match) => `null: ...${content.slice(Math.max(0, match.index! - 40), match.index! + 24)}...`)];
}

/** Every file under a folder, by its path relative to the folder (with forward slashes). */
function filesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The vendor configs the tests publish: the examples, and the variants the publish tests write. */
const CONFIGS: [string, () => string][] = [
  ...VENDOR_CONFIGS.map((file): [string, () => string] => [path.relative(path.dirname(EXAMPLE_CONFIG), file), () => file]),
];
const VARIANTS: [string, Record<string, unknown>][] = [
  ['member Region and a permissions boundary', { memberAccounts: { region: 'eu-west-1' }, permissionsBoundaryArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/VendorBoundary' }],
  ['China partition', {
    region: 'cn-northwest-1',
    baseUrl: 'https://example-cloud-costs-templates.s3.cn-northwest-1.amazonaws.com.cn/aws/',
    trustedPrincipal: { roleArn: 'arn:aws-cn:iam::111122223333:role/example-cloud-costs-reader' },
    costReport: { exports: [{ kind: 'LEGACY_CUR', name: 'example-cloud-costs-cur', prefix: 'cur' }] },
  }],
  ['a named report bucket and a Region newer than this release', {
    costReport: { bucketName: 'example-cost-reports', exports: [{ kind: 'CUR2', prefix: 'cur2' }] },
    additionalKnownRegions: ['eu-west-4'],
    memberAccounts: { region: 'eu-west-4' },
  }],
];

describe('every file publish writes renders every value', () => {
  let work: string;
  const validation = process.env.CDK_VALIDATION;
  // What is checked here is the text of the files; the templates are validated by the publish tests.
  beforeAll(() => {
    process.env.CDK_VALIDATION = 'false';
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'published-files-'));
  });
  afterAll(() => {
    if (validation === undefined) delete process.env.CDK_VALIDATION; else process.env.CDK_VALIDATION = validation;
    fs.rmSync(work, { recursive: true, force: true });
  });

  function variantConfig(name: string, overrides: Record<string, unknown>): string {
    const file = path.join(work, `${name.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(EXAMPLE_CONFIG, 'utf8')), ...overrides, $schema: undefined }));
    return file;
  }

  test.each([
    ...CONFIGS,
    ...VARIANTS.map(([name, overrides]): [string, () => string] => [`the example with ${name}`, () => variantConfig(name, overrides)]),
  ])('%s', async (name, configFile) => {
    // GIVEN a vendor config, WHEN it is published with the command line
    const out = path.join(work, name.replace(/\W+/g, '-'));
    const { code, err } = await runCli(['publish', '--config', configFile(), '--out', out]);
    expect([code, err.split('\n').pop()]).toEqual([0, 'rendering the template and its companions']);

    // THEN every file it wrote, of every kind, carries rendered values only
    const files = filesUnder(out);
    expect(files).toEqual(expect.arrayContaining(['PERMISSIONS.md', 'manual/README.md', 'terraform/main.tf.json', 'quick-create-url.txt', 'update-url.txt']));
    const problems = files.flatMap((file) => leftoversInFile(file, fs.readFileSync(path.join(out, file), 'utf8')).map((problem) => `${file}: ${problem}`));
    expect(problems).toEqual([]);
  });
});

describe('the check for unrendered values', () => {
  test('finds each kind of leftover, and passes rendered text', () => {
    expect(leftoversInFile('PERMISSIONS.md', '| `s3:GetObject` | `[object Object]` | Reads |')).toEqual([expect.stringMatching(/^an object stringified/)]);
    expect(leftoversInFile('PERMISSIONS.md', 'arn:${Token[AWS.Partition.8]}:s3:::b')).toEqual([expect.stringMatching(/^a CDK string token/)]);
    expect(leftoversInFile('x.json', '{"Statement": [{"typeHint": "string", "value": {"Fn::If": ["C", 1, 2]}}]}')).toEqual(expect.arrayContaining([expect.stringMatching(/^a CDK intrinsic copied unresolved/)]));
    expect(leftoversInFile('update-url.txt', 'Fn::Join TOKEN[AWS.Region.3]')).toEqual([expect.stringMatching(/^a CDK token/)]);
    expect(leftoversInFile('manual/README.md', 'sessions of null minutes')).toEqual([expect.stringMatching(/^null/)]);
    expect(leftoversInFile('manual/README.md', '--max-session-duration undefined')).toEqual([expect.stringMatching(/^undefined/)]);
    expect(leftoversInFile('manual/x.json', '{"Resource": ["#{Token[TOKEN.12]}"]}')).toEqual(expect.arrayContaining([expect.stringMatching(/^a CDK list token: .* at \$\.Resource\[0\]$/)]));
    expect(leftoversInFile('manual/x.json', '{"MaxSessionDuration": -1.8881545897087626e+289}')).toEqual(expect.arrayContaining([expect.stringMatching(/^-1\.888.*e\+289 at \$\.MaxSessionDuration$/)]));
    expect(leftoversInFile('manual/x.json', '{"Condition": null}')).toEqual(['null at $.Condition']);
    expect(leftoversInFile('x.json', '{"Value": "NaN minutes"}')).toEqual(expect.arrayContaining([expect.stringMatching(/^NaN/)]));
    // Terraform's JSON syntax means "no value" by null; rendered text passes.
    expect(leftoversInFile('terraform/main.tf.json', '{"variable": {"x": {"default": null}}}')).toEqual([]);
    expect(leftoversInFile('PERMISSIONS.md', '| `s3:GetObject` | `arn:aws:s3:::<bucket>/cur2/*` | Reads the nullable reports |')).toEqual([]);
  });
});
