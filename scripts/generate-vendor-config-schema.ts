/**
 * Generates the JSON Schema of the vendor config from its TypeScript types
 * (cli/src/vendor-config/vendor-config-file.ts) into cli/schema/vendor-config.schema.json, and its
 * standalone validator into cli/schema/vendor-config.validate.js: `npx projen cli:schema`. CI regenerates it and fails when the committed file differs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { standaloneValidator } from './vendor-config-validator';

const root = path.join(__dirname, '..');
const schema = createGenerator({
  path: path.join(root, 'cli/src/vendor-config/vendor-config-file.ts'),
  tsconfig: path.join(root, 'cli/tsconfig.json'),
  type: 'VendorConfigFile',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  additionalProperties: false,
  skipTypeCheck: true,
}).createSchema('VendorConfigFile');
// A `@default - <prose>` of the library's docs is a sentence, not a value: editors would offer it.
function withoutProseDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProseDefaults);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([key, element]) => !(key === 'default' && typeof element === 'string' && element.startsWith('- ')))
    .map(([key, element]) => [key, withoutProseDefaults(element)]));
}

const out = path.join(root, 'cli/schema/vendor-config.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
const published = withoutProseDefaults({ $id: 'https://cdk-account-onboarding.dev/schema/vendor-config.schema.json', ...schema }) as object;
fs.writeFileSync(out, `${JSON.stringify(published, undefined, 2)}\n`);
console.log(`wrote ${path.relative(root, out)}`);
// The validator publish runs, compiled here once instead of in every run.
const validatorOut = path.join(root, 'cli/schema/vendor-config.validate.js');
fs.writeFileSync(validatorOut, standaloneValidator(published));
console.log(`wrote ${path.relative(root, validatorOut)}`);
