import {
  CostExport, CostReportArtifact, CostReportCompression, CostReportFormat, CostReportVersioning, CostTimeGranularity, FocusVersion,
} from 'cdk-account-onboarding';
import { CallAs } from 'cdk-account-onboarding';
import { OnboardingStackProps } from 'cdk-account-onboarding';
import { PermissionGrant } from 'cdk-account-onboarding';
import { PermissionProfile } from 'cdk-account-onboarding';
import { OnboardingPublicationOptions } from 'cdk-account-onboarding';
import { TrustedPrincipal } from 'cdk-account-onboarding';

/**
 * A vendor's publishing configuration (`onboarding.json`): who the vendor is, what its role may
 * read, and where the template is hosted. The command line only reads and checks it; everything it
 * writes is computed by the library from these values.
 */
export interface VendorConfig {
  readonly stackProps: Omit<OnboardingStackProps, 'env'>;
  readonly publication: OnboardingPublicationOptions;
}

/** A configuration error: the JSON path of the bad value and what is accepted. */
export class VendorConfigError extends Error {}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What each export option of the config accepts: a JSON type, or the values of its enum. */
const OPTION_TYPES: Record<string, 'string' | 'boolean' | readonly string[]> = {
  name: 'string',
  prefix: 'string',
  description: 'string',
  format: Object.values(CostReportFormat),
  versioning: Object.values(CostReportVersioning),
  timeGranularity: Object.values(CostTimeGranularity),
  compression: Object.values(CostReportCompression),
  version: Object.values(FocusVersion),
  includeResourceIds: 'boolean',
  splitCostAllocationData: 'boolean',
  refreshClosedReports: 'boolean',
};

const EXPORT_OPTION_KEYS: Record<string, string[]> = {
  CUR2: ['name', 'prefix', 'format', 'versioning', 'timeGranularity', 'includeResourceIds', 'splitCostAllocationData', 'description'],
  FOCUS: ['name', 'prefix', 'format', 'versioning', 'version', 'timeGranularity', 'description'],
  LEGACY_CUR: ['name', 'prefix', 'format', 'versioning', 'timeGranularity', 'compression', 'includeResourceIds', 'splitCostAllocationData', 'refreshClosedReports', 'artifacts'],
};

class Reader {
  public readonly problems: string[] = [];

  public object(path: string, value: Json | undefined, allowed: string[], required: string[] = []): Record<string, Json> | undefined {
    if (value === undefined) {
      return undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.problems.push(`${path} must be an object, got ${JSON.stringify(value)}`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.problems.push(`${path}.${key} is not a known key (known: ${allowed.join(', ')})`);
      }
    }
    for (const key of required) {
      if (value[key] === undefined) {
        this.problems.push(`${path}.${key} is required`);
      }
    }
    return value;
  }

  public string(path: string, value: Json | undefined): string | undefined {
    if (value !== undefined && typeof value !== 'string') {
      this.problems.push(`${path} must be a string, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value;
  }

  public boolean(path: string, value: Json | undefined): boolean | undefined {
    if (value !== undefined && typeof value !== 'boolean') {
      this.problems.push(`${path} must be true or false, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value;
  }

  public strings(path: string, value: Json | undefined): string[] | undefined {
    if (value === undefined) {
      return undefined;
    }
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      this.problems.push(`${path} must be a list of strings, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value as string[];
  }

  public grants(path: string, value: Json | undefined): PermissionGrant[] | undefined {
    if (value === undefined) {
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.problems.push(`${path} must be a list of grants, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return value.map((item, index) => {
      const grant = this.object(`${path}[${index}]`, item, ['actions', 'reason', 'resources', 'sid'], ['actions', 'reason']) ?? {};
      return {
        actions: this.strings(`${path}[${index}].actions`, grant.actions) ?? [],
        reason: this.string(`${path}[${index}].reason`, grant.reason) ?? '',
        resources: this.strings(`${path}[${index}].resources`, grant.resources),
        sid: this.string(`${path}[${index}].sid`, grant.sid),
      };
    });
  }
}

function costExport(reader: Reader, path: string, value: Json): CostExport | undefined {
  const kind = typeof value === 'object' && value !== null && !Array.isArray(value) ? value.kind : undefined;
  if (typeof kind !== 'string' || !Object.hasOwn(EXPORT_OPTION_KEYS, kind)) {
    reader.problems.push(`${path}.kind must be one of ${Object.keys(EXPORT_OPTION_KEYS).join(', ')}, got ${JSON.stringify(kind)}`);
    return undefined;
  }
  const options = reader.object(path, value, ['kind', ...EXPORT_OPTION_KEYS[kind]]) ?? {};
  const { kind: _kind, ...rest } = options;
  // The enums' values are their own names, so a checked JSON string is the enum value.
  for (const [key, option] of Object.entries(rest)) {
    const type = key === 'artifacts' ? undefined : OPTION_TYPES[key];
    if (key === 'artifacts') {
      const artifacts = reader.strings(`${path}.artifacts`, option) ?? [];
      for (const artifact of artifacts) {
        if (!(Object.values(CostReportArtifact) as string[]).includes(artifact)) {
          reader.problems.push(`${path}.artifacts must hold only ${Object.values(CostReportArtifact).join(', ')}, got ${JSON.stringify(artifact)}`);
        }
      }
    } else if (type === 'string') {
      reader.string(`${path}.${key}`, option);
    } else if (type === 'boolean' && typeof option !== 'boolean') {
      reader.problems.push(`${path}.${key} must be true or false, got ${JSON.stringify(option)}`);
    } else if (Array.isArray(type) && !type.includes(option as string)) {
      reader.problems.push(`${path}.${key} must be one of ${type.join(', ')}, got ${JSON.stringify(option)}`);
    }
  }
  switch (kind) {
    case 'CUR2': return CostExport.cur2(rest as any);
    case 'FOCUS': return CostExport.focus(rest as any);
    default: return CostExport.legacyCur(rest as any);
  }
}

/** Reads and checks a vendor configuration; every problem is reported in one error. */
export function parseVendorConfig(text: string, source: string): VendorConfig {
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new VendorConfigError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  const reader = new Reader();
  const top = reader.object('config', json, [
    '$schema', 'vendorName', 'templateName', 'templateVersion', 'baseUrl', 'region', 'stackName', 'trustedPrincipal', 'profile',
    'additionalGrants', 'writeActions', 'roleName', 'costReport', 'memberAccounts', 'pinnedPermissions', 'denySecretBearingConfiguration',
  ], ['vendorName', 'templateName', 'templateVersion', 'baseUrl', 'trustedPrincipal', 'profile']);
  if (!top) {
    throw new VendorConfigError(`${source}: ${reader.problems[0] ?? 'config must be an object'}`);
  }

  const principalJson = reader.object('config.trustedPrincipal', top.trustedPrincipal, ['roleArn', 'accountId', 'principalArnPatterns']) ?? {};
  const roleArn = reader.string('config.trustedPrincipal.roleArn', principalJson.roleArn);
  const accountId = reader.string('config.trustedPrincipal.accountId', principalJson.accountId);
  const patterns = reader.strings('config.trustedPrincipal.principalArnPatterns', principalJson.principalArnPatterns);
  if (top.trustedPrincipal !== undefined && (roleArn === undefined) === (accountId === undefined)) {
    reader.problems.push('config.trustedPrincipal must have exactly one of roleArn (recommended) and accountId');
  }
  if (roleArn !== undefined && patterns !== undefined) {
    reader.problems.push('config.trustedPrincipal.principalArnPatterns goes with accountId only');
  }
  const trustedPrincipal = roleArn !== undefined
    ? TrustedPrincipal.role(roleArn)
    : TrustedPrincipal.account(accountId ?? '', { principalArnPatterns: patterns });

  const profileName = reader.string('config.profile', top.profile);
  const profile = PermissionProfile.all().find((candidate) => candidate.name === profileName);
  if (profileName !== undefined && !profile) {
    reader.problems.push(`config.profile must be one of ${PermissionProfile.all().map((p) => p.name).join(', ')}, got ${JSON.stringify(profileName)}`);
  }

  let costReport: OnboardingStackProps['costReport'];
  if (top.costReport !== undefined && top.costReport !== false) {
    const costJson = top.costReport === true ? {} : reader.object('config.costReport', top.costReport, ['exports', 'bucketName']) ?? {};
    let exports: CostExport[] | undefined;
    if (costJson.exports !== undefined) {
      if (!Array.isArray(costJson.exports)) {
        reader.problems.push(`config.costReport.exports must be a list, got ${JSON.stringify(costJson.exports)}`);
      } else {
        exports = costJson.exports.map((item, index) => costExport(reader, `config.costReport.exports[${index}]`, item)).filter((e): e is CostExport => e !== undefined);
      }
    }
    costReport = { exports, bucketName: reader.string('config.costReport.bucketName', costJson.bucketName) };
  }

  let memberAccounts: OnboardingStackProps['memberAccounts'];
  if (top.memberAccounts !== undefined && top.memberAccounts !== false) {
    const memberJson = top.memberAccounts === true ? {} : reader.object('config.memberAccounts', top.memberAccounts, ['stackSetName', 'callAs']) ?? {};
    const callAs = reader.string('config.memberAccounts.callAs', memberJson.callAs);
    if (callAs !== undefined && !(Object.values(CallAs) as string[]).includes(callAs)) {
      reader.problems.push(`config.memberAccounts.callAs must be one of ${Object.values(CallAs).join(', ')}, got ${JSON.stringify(callAs)}`);
    }
    memberAccounts = { stackSetName: reader.string('config.memberAccounts.stackSetName', memberJson.stackSetName), callAs: callAs as CallAs | undefined };
  }

  const stackProps = {
    vendorName: reader.string('config.vendorName', top.vendorName) ?? '',
    templateVersion: reader.string('config.templateVersion', top.templateVersion),
    trustedPrincipal,
    profile: profile ?? PermissionProfile.COST,
    additionalGrants: reader.grants('config.additionalGrants', top.additionalGrants),
    writeActions: reader.grants('config.writeActions', top.writeActions),
    roleName: reader.string('config.roleName', top.roleName),
    pinnedPermissions: reader.boolean('config.pinnedPermissions', top.pinnedPermissions),
    denySecretBearingConfiguration: reader.boolean('config.denySecretBearingConfiguration', top.denySecretBearingConfiguration),
    costReport,
    memberAccounts,
    customerParameters: true,
  };
  const publication = {
    templateName: reader.string('config.templateName', top.templateName) ?? '',
    baseUrl: reader.string('config.baseUrl', top.baseUrl) ?? '',
    region: reader.string('config.region', top.region),
    stackName: reader.string('config.stackName', top.stackName),
  };
  if (reader.problems.length > 0) {
    throw new VendorConfigError(`${source}: ${reader.problems.join('; ')}`);
  }
  return { stackProps, publication };
}
