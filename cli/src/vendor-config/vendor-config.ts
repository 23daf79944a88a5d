/**
 * Reads a vendor config: validates it against the JSON Schema generated from its TypeScript types
 * (every problem in one message, each naming the JSON path, the value and what is accepted), then
 * turns it into the props of the construct library. Values the schema cannot judge (ARNs, names,
 * URLs) are checked by the constructs, which name the property the same way.
 */
import type { ErrorObject } from 'ajv';
import { Aws, Duration } from 'aws-cdk-lib';
import {
  CallAs, CostExport, DeliveryNotification, MemberAccountsStackSet, CostExportKind, Cur2ExportOptions, DeniedReadFeatures, FocusExportOptions,
  LegacyCurOptions, OnboardingPublication, OnboardingPublicationOptions, OnboardingStackProps, PermissionProfile, TrustedPrincipal,
} from 'cdk-account-onboarding';
import { ACCEPTED, PATTERNS, regionProblem } from 'cdk-account-onboarding/internal';
import { CostExportConfig, DeliveryNotificationConfig, VendorConfigFile } from './vendor-config-file';

/**
 * The schema's validator, compiled at build time from schema/vendor-config.schema.json (npx projen
 * cli:schema; a test keeps the two in step), so that no run loads ajv's compiler.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const validator = require('../../schema/vendor-config.validate.js') as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * A vendor config turned into library props: the stack's props (with customer parameters for the
 * external ID, the Regions, the label, the cost report switch and the OUs) and the publication.
 */
export interface VendorConfig {
  readonly stackProps: Omit<OnboardingStackProps, 'env'>;
  readonly publication: OnboardingPublicationOptions;
}

/** A configuration error: the JSON path of every bad value and what is accepted. */
export class VendorConfigError extends Error {}

function validate(value: unknown): ErrorObject[] {
  return validator(value) ? [] : validator.errors ?? [];
}

/** `/costReport/exports/0/kind` as `config.costReport.exports[0].kind`. */
function jsonPath(instancePath: string): string {
  return `config${instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment.replace(/~1/g, '/').replace(/~0/g, '~')}`)).join('')}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string', boolean: 'true or false', array: 'a list', object: 'an object', number: 'a number', integer: 'a whole number',
};

function message(error: ErrorObject): string | undefined {
  const at = jsonPath(error.instancePath);
  const got = `got ${JSON.stringify(error.data)}`;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${at}.${error.params.additionalProperty} is not a known key (known: ${Object.keys((error.parentSchema as any)?.properties ?? {}).join(', ')})`;
    case 'required':
      return `${at}.${error.params.missingProperty} is required`;
    case 'enum':
      return `${at} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}, ${got}`;
    case 'const':
      return `${at} must be ${JSON.stringify(error.params.allowedValue)}, ${got}`;
    case 'type':
      return `${at} must be ${String(error.params.type).split(',').map((type) => TYPE_NAMES[type] ?? type).join(' or ')}, ${got}`;
    case 'minimum': case 'maximum': case 'minLength': case 'maxLength': case 'pattern': case 'format':
      return `${at} ${error.message}, ${got}`;
    // Summaries of the branches whose own errors are reported: `if`/`then` (the export kinds) and `anyOf`.
    case 'if': case 'anyOf': case 'oneOf':
      return undefined;
    default:
      return `${at} ${error.message}, ${got}`;
  }
}

/**
 * The problems of a config in one list: of a value that may be `true` or an object (`costReport`),
 * the object's own problems rather than "must be true or false" as well.
 */
export function configProblems(value: unknown): string[] {
  const errors = validate(value);
  const deeper = (error: ErrorObject) => errors.some((other) => other !== error && other.instancePath.startsWith(`${error.instancePath}`)
    && (other.instancePath !== error.instancePath || other.keyword !== 'type'));
  const kept = errors.filter((error) => !(error.keyword === 'type' && error.schemaPath.includes('anyOf') && deeper(error)));
  // An object given where `true` is also accepted: its type error of the boolean branch says nothing new.
  return [...new Set(kept.map(message).filter((text): text is string => text !== undefined))];
}

function costExport(config: CostExportConfig): CostExport {
  const { kind, ...options } = config;
  // The enums' values are their own names, so a checked JSON string is the enum value.
  switch (kind) {
    case CostExportKind.CUR2: return CostExport.cur2(options as Cur2ExportOptions);
    case CostExportKind.FOCUS: return CostExport.focus(options as FocusExportOptions);
    default: return CostExport.legacyCur(options as LegacyCurOptions);
  }
}

/** `${AWS::AccountId}` and `${AWS::Partition}` of a config value as the deployment's account and partition. */
function withPseudoParameters(value: string): string {
  return value.split('${AWS::AccountId}').join(Aws.ACCOUNT_ID).split('${AWS::Partition}').join(Aws.PARTITION);
}

/** Reads and checks a vendor configuration; every problem is reported in one error. */
export function parseVendorConfig(text: string, source: string): VendorConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new VendorConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  const problems = configProblems(json);
  const config = json as VendorConfigFile;
  if (problems.length === 0 && (config.trustedPrincipal.roleArn === undefined) === (config.trustedPrincipal.accountId === undefined)) {
    problems.push('config.trustedPrincipal must have exactly one of roleArn (recommended) and accountId');
  }
  if (problems.length === 0 && config.trustedPrincipal.roleArn !== undefined && config.trustedPrincipal.principalArnPatterns !== undefined) {
    problems.push('config.trustedPrincipal.principalArnPatterns goes with accountId only');
  }
  if (problems.length === 0) {
    problems.push(...identifierProblems(config));
  }
  if (problems.length > 0) {
    throw new VendorConfigError(`${source}: ${problems.join('; ')}`);
  }
  // The schema's enum is DeniedReadFeatures' list of names: every name here is one of them.
  const deniedReadFeatures = (config.deniedReadFeatures ?? []).map((name) => DeniedReadFeatures.named(name));

  const {
    $schema: _schema, vendorName, templateName, templateVersion, baseUrl, region, stackName, trustedPrincipal, profile,
    maxSessionDurationHours, costReport, memberAccounts, permissionsBoundaryArn, deniedReadFeatures: _deniedReadFeatures, ...roleOptions
  } = config;
  const costReportConfig = costReport === true ? {} : costReport || undefined;
  const memberAccountsConfig = memberAccounts === true ? {} : memberAccounts || undefined;
  const publication: OnboardingPublicationOptions = { templateName, baseUrl, region, stackName };
  const stackProps: Omit<OnboardingStackProps, 'env'> = {
    // Every JSON-compatible role option as given (grants, guardrail, pinned mode, name, path, ...).
    ...roleOptions,
    ...(deniedReadFeatures.length > 0 ? { optInFeatures: [...(roleOptions.optInFeatures ?? []), ...deniedReadFeatures] } : {}),
    vendorName,
    templateVersion,
    trustedPrincipal: trustedPrincipal.roleArn !== undefined
      ? TrustedPrincipal.role(trustedPrincipal.roleArn)
      : TrustedPrincipal.account(trustedPrincipal.accountId!, { principalArnPatterns: trustedPrincipal.principalArnPatterns }),
    profile: PermissionProfile.fromName(profile),
    maxSessionDuration: maxSessionDurationHours === undefined ? undefined : Duration.hours(maxSessionDurationHours),
    costReport: costReportConfig && {
      exports: costReportConfig.exports?.map(costExport),
      bucketName: costReportConfig.bucketName,
      deliveryNotification: deliveryNotificationOf(costReportConfig.deliveryNotification),
    },
    rolePermissionsBoundaryArn: permissionsBoundaryArn === undefined ? undefined : withPseudoParameters(permissionsBoundaryArn),
    memberAccounts: memberAccountsConfig && {
      stackSetName: memberAccountsConfig.stackSetName,
      callAs: memberAccountsConfig.callAs as CallAs | undefined,
      // The partition of the published Region decides where a role deploys by default.
      region: memberAccountsConfig.region ?? (region === undefined ? undefined : MemberAccountsStackSet.defaultRegionFor(region)),
      // The member template file that publish writes, hosted next to the template: the StackSet deploys
      // from it, so the published template stays within the 51,200 bytes of --template-body.
      templateUrl: memberAccountsConfig.embedTemplate ? undefined : OnboardingPublication.memberTemplateUrl(publication, templateVersion),
    },
    customerParameters: true,
  };
  return { stackProps, publication };
}

/**
 * The identifiers whose construct props have other names than the config's keys, checked with the
 * constructs' own rules so that the message names the key to fix: the StackSet's `region` would read
 * as the top-level `region`, and `TrustedPrincipal.role(arn)` as no key at all. The constructs check
 * them again, for every other caller.
 */
function identifierProblems(config: VendorConfigFile): string[] {
  const problems: string[] = [];
  const failIf = (condition: boolean, problem: string) => {
    if (condition) problems.push(problem);
  };
  const { roleArn, accountId } = config.trustedPrincipal;
  failIf(roleArn !== undefined && !PATTERNS.roleArn.test(roleArn), `config.trustedPrincipal.roleArn must be ${ACCEPTED.roleArn}, got '${roleArn}'`);
  failIf(accountId !== undefined && !PATTERNS.accountId.test(accountId), `config.trustedPrincipal.accountId must be ${ACCEPTED.accountId}, got '${accountId}'`);
  const memberAccounts = typeof config.memberAccounts === 'object' ? config.memberAccounts : undefined;
  const stackSetName = memberAccounts?.stackSetName;
  failIf(stackSetName !== undefined && !PATTERNS.stackSetName.test(stackSetName),
    `config.memberAccounts.stackSetName must be ${ACCEPTED.stackSetName}, got '${stackSetName}'`);
  const memberRegionProblem = regionProblem('config.memberAccounts.region', memberAccounts?.region, config.additionalKnownRegions);
  return memberRegionProblem === undefined ? problems : [...problems, memberRegionProblem];
}

function deliveryNotificationOf(config: DeliveryNotificationConfig | undefined): DeliveryNotification | undefined {
  if (!config) {
    return undefined;
  }
  const options = { manifestsOnly: config.manifestsOnly, prefix: config.prefix };
  return config.kind === 'SNS_TOPIC' ? DeliveryNotification.snsTopic(config.arn, options) : DeliveryNotification.eventBus(config.arn, options);
}
