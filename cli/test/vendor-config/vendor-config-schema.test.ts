import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { standaloneValidator } from '../../../scripts/vendor-config-validator';
import { DeniedReadFeatures, ReadOnlyRole } from '../../../src';
import { ROLE_OPTION_KEYS } from '../../../src/role/role-option-keys';
import { configProblems, parseVendorConfig, VendorConfigError } from '../../src/vendor-config/vendor-config';

const CLI = path.join(__dirname, '..', '..');
const SCHEMA_FILE = path.join(CLI, 'schema', 'vendor-config.schema.json');
const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
const VENDOR_CONFIGS = path.join(CLI, '..', 'examples', 'vendor');
/** The keys every vendor config needs but its profile. */
const MINIMAL_CONFIG = {
  vendorName: 'Acme',
  templateName: 'acme',
  templateVersion: '1.0.0',
  baseUrl: 'https://acme.s3.amazonaws.com/',
  trustedPrincipal: { roleArn: 'arn:aws:iam::111122223333:role/acme' },
};
const exampleConfigs = [
  path.join(VENDOR_CONFIGS, 'onboarding.json'),
  ...fs.readdirSync(path.join(VENDOR_CONFIGS, 'variants')).map((name) => path.join(VENDOR_CONFIGS, 'variants', name)),
];

describe('the vendor config schema', () => {
  test.each(exampleConfigs.map((file) => [path.relative(VENDOR_CONFIGS, file), file]))('%s is valid and names the shipped schema', (_name, file) => {
    const config = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(configProblems(config)).toEqual([]);
    expect(path.resolve(path.dirname(file), config.$schema)).toBe(SCHEMA_FILE);
  });

  test('has every role option a JSON file can hold, from the one options interface', () => {
    const properties = Object.keys(schema.definitions.VendorConfigFile.properties);
    const fromOptions = ROLE_OPTION_KEYS.filter((key) => !['maxSessionDuration', 'allowedRegions'].includes(key));
    expect(properties).toEqual(expect.arrayContaining([...fromOptions, 'maxSessionDurationHours']));
    // Descriptions come from the library's doc comments, so editors show them.
    expect(schema.definitions.VendorConfigFile.properties.pinnedPermissions.description).toMatch(/AWS-managed policies/);
  });

  test('the validator publish runs is the committed schema, compiled (npx projen cli:schema regenerates both)', () => {
    const committed = fs.readFileSync(path.join(CLI, 'schema', 'vendor-config.validate.js'), 'utf8');
    expect(committed).toBe(standaloneValidator(schema));
    // Standalone: it loads ajv's runtime helpers only, never the compiler.
    expect([...committed.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]).filter((name) => !name.startsWith('ajv/dist/runtime/'))).toEqual([]);
  });

  test('every default is a value its own property accepts, so that editors offer valid values', () => {
    // GIVEN every property of the schema that has a default
    const ajv = new Ajv({ strict: false });
    const defaults = Object.entries<any>(schema.definitions).flatMap(([definition, type]) => Object.entries<any>(type.properties ?? {})
      .filter(([, property]) => 'default' in property)
      .map(([name, { default: value, ...property }]) => ({ at: `${definition}.${name}`, value, property })));
    expect(defaults.length).toBeGreaterThan(0);
    // THEN each default validates against the property's schema without its default
    const invalid = defaults.filter(({ value, property }) => !ajv.validate({ ...property, definitions: schema.definitions }, value));
    expect(invalid.map(({ at, value }) => `${at}: ${JSON.stringify(value)}`)).toEqual([]);
  });

  test('takes the literal of a default written with prose, and keeps the prose in the description', () => {
    const properties = schema.definitions.VendorConfigFile.properties;
    expect(properties.roleName.default).toBe(ReadOnlyRole.DEFAULT_ROLE_NAME);
    expect(properties.roleName.description).toContain('ReadOnlyRole.DEFAULT_ROLE_NAME');
    expect(properties.pinnedPermissions.default).toBe(false);
    expect(properties.pinnedPermissions.description).toContain('the AWS-managed policies are attached, and AWS keeps them current');
    // A default that is prose only (`@default - ...`) is no value: the description says it.
    expect(properties.stackName).not.toHaveProperty('default');
    expect(properties.stackName.description).toContain('the template name');
  });

  test('offers the denied-read features publish accepts, from the library\'s list', () => {
    // GIVEN the names the library offers
    const names = DeniedReadFeatures.all().map((feature) => feature.name);
    // THEN the schema's enum is that list, and publish accepts every name of it
    expect(schema.definitions.VendorConfigFile.properties.deniedReadFeatures.items.enum).toEqual(names);
    const config = {
      ...MINIMAL_CONFIG,
      profile: 'SECURITY_AUDIT',
      deniedReadFeatures: names,
    };
    const { stackProps } = parseVendorConfig(JSON.stringify(config), 'onboarding.json');
    expect(stackProps.optInFeatures?.map((feature) => feature.name)).toEqual(names);
    // and refuses another name once, naming the accepted ones
    expect(() => parseVendorConfig(JSON.stringify({ ...config, deniedReadFeatures: ['Everything'] }), 'onboarding.json'))
      .toThrow(/^onboarding\.json: config\.deniedReadFeatures\[0\] must be one of AccountContacts, BudgetsAndAlertRecipients, .*, got "Everything"$/);
  });

  test('ships with the command line package', () => {
    const cliPackage = JSON.parse(fs.readFileSync(path.join(CLI, 'package.json'), 'utf8'));
    expect(cliPackage.files).toContain('schema/');
  });

  test('reports every problem of a config in one message', () => {
    const config = {
      ...MINIMAL_CONFIG,
      profile: 'ADMIN',
      colour: 'blue',
      pinnedPermissions: 'yes',
      costReport: { exports: [{ kind: 'CUR2', format: 'XML' }] },
    };
    let error: unknown;
    try {
      parseVendorConfig(JSON.stringify(config), 'onboarding.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(VendorConfigError);
    const text = (error as Error).message;
    expect(text).not.toContain('\n');
    expect(text).toContain('config.profile must be one of COST, SECURITY_AUDIT, INVENTORY, got "ADMIN"');
    expect(text).toContain('config.colour is not a known key');
    expect(text).toContain('config.pinnedPermissions must be true or false, got "yes"');
    expect(text).toContain('config.costReport.exports[0].format must be one of PARQUET, CSV, got "XML"');
    // An object where `true` is also accepted reports the object's problem, not "must be true or false".
    expect(text).not.toContain('config.costReport must be');
  });

  test('passes role options on as they are, and the session length in hours', () => {
    const { stackProps } = parseVendorConfig(JSON.stringify({
      ...MINIMAL_CONFIG,
      profile: 'INVENTORY',
      path: '/vendor/',
      pinnedPermissions: true,
      dataAccessGuardrail: true,
      maxSessionDurationHours: 4,
    }), 'onboarding.json');
    expect(stackProps).toMatchObject({ path: '/vendor/', pinnedPermissions: true, dataAccessGuardrail: true });
    expect(stackProps.maxSessionDuration?.toHours()).toBe(4);
  });

  describe('the member Region and the permissions boundary', () => {
    const BASE = {
      ...MINIMAL_CONFIG,
      profile: 'COST',
    };
    const parse = (config: Record<string, unknown>) => parseVendorConfig(JSON.stringify({ ...BASE, ...config }), 'onboarding.json');

    test('are in the schema, with their descriptions', () => {
      expect(schema.definitions.MemberAccountsConfig.properties.region.description).toMatch(/stack instances/);
      expect(schema.definitions.VendorConfigFile.properties.permissionsBoundaryArn.description).toMatch(/every member account/);
    });

    test('pass on as the StackSet Region and the role boundary, with the deployment\'s account for ${AWS::AccountId}', () => {
      const { stackProps } = parse({ memberAccounts: { region: 'eu-west-1' }, permissionsBoundaryArn: 'arn:aws:iam::${AWS::AccountId}:policy/Boundary' });
      expect(stackProps.memberAccounts?.region).toBe('eu-west-1');
      expect(stackProps.rolePermissionsBoundaryArn).toMatch(/^arn:aws:iam::\$\{Token\[AWS\.AccountId\.\d+\]\}:policy\/Boundary$/);
      expect(parse({ permissionsBoundaryArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }).stackProps.rolePermissionsBoundaryArn).toBe('arn:aws:iam::aws:policy/ReadOnlyAccess');
    });

    test('the member Region defaults to the default Region of the published Region\'s partition', () => {
      expect(parse({ memberAccounts: true, region: 'cn-northwest-1' }).stackProps.memberAccounts?.region).toBe('cn-north-1');
      expect(parse({ memberAccounts: {}, region: 'us-gov-east-1' }).stackProps.memberAccounts?.region).toBe('us-gov-west-1');
      expect(parse({ memberAccounts: true, region: 'eu-west-1' }).stackProps.memberAccounts?.region).toBe('us-east-1');
    });

    test('the StackSet takes the member template from the file publish writes beside the template, unless embedTemplate', () => {
      expect(schema.definitions.MemberAccountsConfig.properties.embedTemplate).toMatchObject({ type: 'boolean', default: false });
      expect(parse({ memberAccounts: true }).stackProps.memberAccounts?.templateUrl).toBe('https://acme.s3.amazonaws.com/acme-member-1.0.0.json');
      expect(parse({ memberAccounts: { embedTemplate: false } }).stackProps.memberAccounts?.templateUrl).toBe('https://acme.s3.amazonaws.com/acme-member-1.0.0.json');
      expect(parse({ memberAccounts: { embedTemplate: true } }).stackProps.memberAccounts?.templateUrl).toBeUndefined();
      expect(() => parse({ memberAccounts: { embedTemplate: 'yes' } })).toThrow(/config\.memberAccounts\.embedTemplate must be true or false, got "yes"/);
    });

    test('are refused when malformed, naming the key and the value', () => {
      expect(() => parse({ memberAccounts: { region: 'Europe' }, permissionsBoundaryArn: 'Boundary' })).toThrow(
        /config\.permissionsBoundaryArn must match pattern .*, got "Boundary".*; config\.memberAccounts\.region must match pattern .*, got "Europe"/);
    });
  });
});
