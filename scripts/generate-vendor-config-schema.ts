/**
 * Generates the JSON Schema of the vendor config from its TypeScript types
 * (cli/src/vendor-config/vendor-config-file.ts) into cli/schema/vendor-config.schema.json, and its
 * standalone validator into cli/schema/vendor-config.validate.js: `npx projen cli:schema`. CI regenerates it and fails when the committed file differs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CompletedConfig, createFormatter, createParser, createProgram, DEFAULT_CONFIG, SchemaGenerator } from 'ts-json-schema-generator';
import { standaloneValidator, VALIDATOR_OPTIONS } from './vendor-config-validator';
import { DeniedReadFeatures } from '../src/permissions/denied-read-features';

const root = path.join(__dirname, '..');
const config: CompletedConfig = {
  ...DEFAULT_CONFIG,
  path: path.join(root, 'cli/src/vendor-config/vendor-config-file.ts'),
  tsconfig: path.join(root, 'cli/tsconfig.json'),
  type: 'VendorConfigFile',
  expose: 'export',
  topRef: true,
  jsDoc: 'extended',
  additionalProperties: false,
  skipTypeCheck: true,
};
const program = createProgram(config);
const schema = new SchemaGenerator(program, createParser(program, config), createFormatter(config), config).createSchema('VendorConfigFile') as any;

/**
 * The `@default` text of every property of the types the program's modules export, as written
 * (`<type>.<property>`, as the schema names its definitions). The schema generator puts a text it
 * cannot parse as a literal into `default` as it is, so a string default in its schema may be prose
 * ("ReadOnlyRole.DEFAULT_ROLE_NAME ('OnboardingReadOnlyRole')"); only the text as written tells a
 * literal ('us-east-1') from prose. The generator's own TypeScript reads them (its program's nodes
 * are of its version), through the type checker only.
 */
function defaultTexts(): Map<string, string> {
  const checker = program.getTypeChecker();
  const texts = new Map<string, string>();
  for (const file of program.getSourceFiles().filter((source) => !source.isDeclarationFile)) {
    const module = checker.getSymbolAtLocation(file);
    for (const exported of module ? checker.getExportsOfModule(module) : []) {
      for (const property of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(exported))) {
        const tag = property.getJsDocTags(checker).find((candidate) => candidate.name === 'default');
        if (tag) texts.set(`${exported.name}.${property.name}`, (tag.text ?? []).map((part) => part.text).join('').trim());
      }
    }
  }
  return texts;
}

/** The literals a `@default` text written with prose starts with or quotes: `false: ...`, `X.NAME ('name')`. */
function literalsIn(text: string): unknown[] {
  const literals: unknown[] = [];
  const leading = /^[^\s:(,;]+/.exec(text)?.[0];
  if (leading !== undefined) {
    try {
      literals.push(JSON.parse(leading));
    } catch {
      // a word, not a JSON literal
    }
  }
  for (const quoted of text.matchAll(/'([^']*)'|"([^"]*)"/g)) {
    literals.push(quoted[1] ?? quoted[2]);
  }
  return literals;
}

/**
 * Editors offer a property's `default` as a value to insert, so it must be one the property accepts:
 * the literal of the `@default` text, or none. Prose, whether a `@default - <what happens>` or the
 * words around a literal, goes to the description.
 */
function withValidDefaults(published: any): void {
  const texts = defaultTexts();
  const ajv = new Ajv({ ...VALIDATOR_OPTIONS, allErrors: false });
  for (const [definition, type] of Object.entries<any>(published.definitions)) {
    for (const [name, property] of Object.entries<any>(type.properties ?? {})) {
      const text = texts.get(`${definition}.${name}`);
      if (!('default' in property) || text === undefined) continue;
      const { default: generated, ...withoutDefault } = property;
      const accepts = (value: unknown) => ajv.validate({ ...withoutDefault, definitions: published.definitions }, value);
      // The generator parsed the text when its value differs from the text (a quoted string, a number, a list).
      const literal = generated !== text && accepts(generated);
      const value = literal ? generated : text.startsWith('-') ? undefined : literalsIn(text).find(accepts);
      delete property.default;
      if (value !== undefined) property.default = value;
      if (!literal) {
        const prose = text.replace(/^-\s*/, '').replace(/\s+/g, ' ');
        property.description = `${property.description ? `${property.description} ` : ''}Default: ${prose}${prose.endsWith('.') ? '' : '.'}`;
      }
    }
  }
}

/**
 * The names the library's DeniedReadFeatures offers, which publish accepts: the TypeScript type is
 * `string[]` (a jsii library has no string unions), so the enum comes from the library's list.
 */
function withDeniedReadFeatureNames(published: any): void {
  published.definitions.VendorConfigFile.properties.deniedReadFeatures.items.enum = DeniedReadFeatures.all().map((feature) => feature.name);
}

const out = path.join(root, 'cli/schema/vendor-config.schema.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
const published = { $id: 'https://cdk-account-onboarding.dev/schema/vendor-config.schema.json', ...schema };
withDeniedReadFeatureNames(published);
withValidDefaults(published);
fs.writeFileSync(out, `${JSON.stringify(published, undefined, 2)}\n`);
console.log(`wrote ${path.relative(root, out)}`);
// The validator publish runs, compiled here once instead of in every run.
const validatorOut = path.join(root, 'cli/schema/vendor-config.validate.js');
fs.writeFileSync(validatorOut, standaloneValidator(published));
console.log(`wrote ${path.relative(root, validatorOut)}`);
