/**
 * The response-shape audit: for every action of the classification domain, the API operations it
 * authorizes in AWS's own service models (the botocore wheel at a pinned version), and every field of
 * their output shapes that is flagged, either because the model marks its shape `sensitive` or because
 * its name belongs to a class the guardrail denies (secrets, keys, tokens, code, queries, prompts,
 * messages, contact addresses, download URLs). `generate-permission-data.ts` writes the result to
 * `src/permissions/generated/response-shapes.ts`, which the tests read (CI needs no Python and no download).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gunzipSync, unzipSync } from 'fflate';

/** The botocore release whose models the audit reads. */
export const BOTOCORE_VERSION = '1.43.107';

/**
 * The name classes a flagged field can belong to. A member name is split into its camel-case words; a
 * class matches when one of the words is one of its `words`, or the whole name matches its `name`
 * pattern (case-insensitive). For a structure, or a list or map of structures, only the last word counts:
 * `Environment` names what it holds, `PromptSummaryList` or `ResolverQueryLogConfig` only what it is
 * about, and the audit walks into those and flags their members instead.
 */
export const NAME_CLASSES: { readonly id: string; readonly description: string; readonly words?: RegExp; readonly name?: RegExp }[] = [
  { id: 'secret', description: 'a secret, password or credential', words: /^(secret|secrets|password|passwords|passwd|passphrase|credential|credentials)$/ },
  { id: 'key', description: 'a private, secret, API, access or shared key', name: /(private|secret|api|access|shared|auth|signing|session|master|host|preshared|encryption|license)key(s|material|value|body|string)?$|keymaterial|^key(value|string)$/i },
  { id: 'token', description: 'a token (pagination and idempotency tokens aside)', name: /token(s|value|string)?$/i },
  { id: 'environment', description: 'environment variables, user data, parameters or arguments', name: /^(environment|environments|environmentvariables|env|envs|envvars|variables|uservariables|userdata|userdataoverride|hyperparameters|parameters|parametervalues|arguments|args|defaultarguments)$/i },
  { id: 'code', description: 'code, a script, a command, a definition, a template body or a content, body or payload', words: /^(script|scripts|command|commands|commandline|entrypoint|buildspec|notebook|handler)$/, name: /^(code|sourcecode|inlinecode|zipfile|functioncode|layercode|content|contents|body|payload|blob|template|templatebody|templatecontent|templatestring)$|definition(string|body|s3location)?$/i },
  { id: 'query', description: 'SQL or a query', words: /^(sql|sqls|query|queries)$/ },
  { id: 'prompt', description: 'a prompt or instruction', words: /^(prompt|prompts|instruction|instructions)$/ },
  { id: 'message', description: 'a message, text, transcript, utterance or conversation', words: /^(transcript|transcripts|utterance|utterances|conversation|conversations|chat)$/, name: /^(message|messages|messagebody|text|texts)$/i },
  { id: 'contact', description: 'an e-mail address, phone number or postal address', words: /^(email|emails|phone|phones|mobile|postal|street|fax)$/, name: /addressline|contactinformation/i },
  { id: 'url', description: 'a presigned, download or sign-in URL', name: /presigned|signed(url|uri)|(download|upload|file|access|preview|console|sso|signin|login)(url|uri|link)$|^(url|uri)$/i },
];

/** A member name's camel-case words, lowercased: `SecretAccessKey` -> secret, access, key. */
export function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/).filter((word) => word);
}

/** Trailing words that make a name an identifier, a count or a state of a thing rather than the thing. */
const IDENTIFIER_SUFFIX = /(arn|arns|id|ids|name|names|type|types|status|state|version|versions|count|length|size|date|time|timestamp|enabled|configured|required|policy|mode|algorithm|format|fingerprint|hash|digest|checksum|location|bucket|prefix|region|source|sources|set|sets|reference|references|alias|aliases|label|labels|tag|tags|spec|specification|settings|configuration|option|options|rule|rules|config|configs|association|associations|ttl|expiry|expiration|expirationdate|rotation|lastused|lastchanged|createddate|age|reason|error|errors|summary|summaries|details|description|metadata|stats|statistics|info|level|limit|limits|scope|usage|method|methods|provider|providers|selector|selectors|pattern|patterns|enforcement|validation|check|checks|verification|last\w*)$/i;

/**
 * Tokens that a caller passes back to continue or de-duplicate a request (pagination, idempotency,
 * optimistic locking): they grant nothing and are not flagged as tokens.
 */
const REQUEST_TOKEN = /^(next|previous|continuation|pagination|page|starting|start|client|clientrequest|idempotency|lock|update|creation|sourceupdate|feedback|result|sync|nextbackward|nextforward|nextpage|nextcontinuation|uploadsequence|callback|purchase|marker)token$/i;

/** Shape types whose values can hold nothing secret by themselves. */
const SCALAR_TYPES = new Set(['boolean', 'integer', 'long', 'double', 'float', 'timestamp', 'bigdecimal', 'biginteger', 'byte', 'short']);

/** A flagged field: its path in the output (`Configuration.Environment.Variables`) and why it is flagged. */
export interface FlaggedField {
  readonly path: string;
  /** `sensitive` (the model marks it) and/or the name classes its name belongs to. */
  readonly flags: string[];
}

export interface ActionAudit {
  /** The model operations (`lambda:GetFunction`) the action authorizes; empty when no model has one. */
  readonly operations: string[];
  readonly flagged: FlaggedField[];
}

interface Shape {
  readonly type: string;
  readonly sensitive?: boolean;
  readonly members?: Record<string, { shape: string; location?: string }>;
  readonly member?: { shape: string };
  readonly value?: { shape: string };
}

interface ServiceModel {
  readonly dir: string;
  readonly metadata: { signingName?: string; endpointPrefix?: string };
  readonly operations: Record<string, { name: string; output?: { shape: string } }>;
  readonly shapes: Record<string, Shape>;
}

/**
 * IAM service prefixes whose models the signing name and endpoint prefix do not find, and the
 * operations of actions whose names are not their operation's (S3's bucket subresources), as the
 * Service Authorization Reference documents them.
 */
const EXTRA_MODELS: Record<string, string[]> = {
  'states': ['stepfunctions'],
  'elasticloadbalancing': ['elbv2', 'elb'],
  'bedrock': ['bedrock', 'bedrock-agent', 'bedrock-agentcore-control', 'bedrock-data-automation'],
  'sso': ['sso-admin', 'identitystore'],
  'sso-directory': ['identitystore'],
  'identitystore': ['identitystore'],
  'apigateway': ['apigateway', 'apigatewayv2'],
  'mobiletargeting': ['pinpoint'],
  'aws-marketplace': ['marketplace-catalog', 'marketplace-agreement', 'marketplace-entitlement'],
  'es': ['opensearch', 'es'],
  'monitoring': ['cloudwatch'],
  'lex': ['lexv2-models', 'lex-models'],
  'wisdom': ['qconnect'],
  'cassandra': ['keyspaces'],
  'geo': ['location'],
  'profile': ['customer-profiles'],
  'airflow': ['mwaa'],
  'ses': ['sesv2', 'ses', 'mailmanager'],
  'kinesisanalytics': ['kinesisanalyticsv2', 'kinesisanalytics'],
  'cloudhsm': ['cloudhsmv2', 'cloudhsm'],
  'codeguru-profiler': ['codeguruprofiler'],
  'access-analyzer': ['accessanalyzer'],
};

const OPERATION_ALIASES: Record<string, string[]> = {
  's3:ListBucket': ['s3:ListObjectsV2', 's3:ListObjects'],
  's3:ListBucketVersions': ['s3:ListObjectVersions'],
  's3:ListAllMyBuckets': ['s3:ListBuckets'],
  's3:GetBucketNotification': ['s3:GetBucketNotificationConfiguration'],
  's3:GetLifecycleConfiguration': ['s3:GetBucketLifecycleConfiguration'],
  's3:GetEncryptionConfiguration': ['s3:GetBucketEncryption'],
  's3:GetReplicationConfiguration': ['s3:GetBucketReplication'],
  's3:GetBucketObjectLockConfiguration': ['s3:GetObjectLockConfiguration'],
  's3:GetAccelerateConfiguration': ['s3:GetBucketAccelerateConfiguration'],
  's3:GetAnalyticsConfiguration': ['s3:GetBucketAnalyticsConfiguration', 's3:ListBucketAnalyticsConfigurations'],
  's3:GetInventoryConfiguration': ['s3:GetBucketInventoryConfiguration', 's3:ListBucketInventoryConfigurations'],
  's3:GetMetricsConfiguration': ['s3:GetBucketMetricsConfiguration', 's3:ListBucketMetricsConfigurations'],
  's3:GetIntelligentTieringConfiguration': ['s3:GetBucketIntelligentTieringConfiguration', 's3:ListBucketIntelligentTieringConfigurations'],
  's3:GetBucketPublicAccessBlock': ['s3:GetPublicAccessBlock'],
  's3:GetAccountPublicAccessBlock': ['s3:GetPublicAccessBlock'],
  's3:ListMultipartUploadParts': ['s3:ListParts'],
  's3:ListBucketMultipartUploads': ['s3:ListMultipartUploads'],
};

/** Where the wheel is: `BOTOCORE_WHEEL`, or downloaded once into `.cache/` with pip. */
export function botocoreWheel(root: string): string {
  if (process.env.BOTOCORE_WHEEL) {
    return process.env.BOTOCORE_WHEEL;
  }
  const dir = path.join(root, '.cache', 'botocore');
  const wheel = path.join(dir, `botocore-${BOTOCORE_VERSION}-py3-none-any.whl`);
  if (!fs.existsSync(wheel)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('pip', ['download', '--no-deps', `botocore==${BOTOCORE_VERSION}`, '-d', dir], { stdio: 'inherit' });
  }
  return wheel;
}

/** Every service model of the wheel, at its newest API version. */
export function readServiceModels(wheel: string): ServiceModel[] {
  const files = unzipSync(fs.readFileSync(wheel), { filter: (file) => /^botocore\/data\/[^/]+\/[^/]+\/service-2\.json(\.gz)?$/.test(file.name) });
  const newest = new Map<string, string>();
  for (const name of Object.keys(files)) {
    const [, , dir, version] = name.split('/');
    const current = newest.get(dir);
    if (!current || current.split('/')[3] < version) {
      newest.set(dir, name);
    }
  }
  return [...newest].sort(([a], [b]) => a.localeCompare(b)).map(([dir, name]) => {
    const bytes = name.endsWith('.gz') ? gunzipSync(files[name]) : files[name];
    return { dir, ...JSON.parse(Buffer.from(bytes).toString('utf8')) };
  });
}

/** The name classes a member name belongs to (none for identifiers and scalars). */
export function nameClasses(name: string, shape: Shape, shapes: Record<string, Shape> = {}): string[] {
  if (SCALAR_TYPES.has(shape.type) || IDENTIFIER_SUFFIX.test(name) || REQUEST_TOKEN.test(name) || (shape as { enum?: string[] }).enum) {
    return [];
  }
  const element = shape.type === 'list' ? shapes[shape.member?.shape ?? ''] : shape.type === 'map' ? shapes[shape.value?.shape ?? ''] : undefined;
  const container = shape.type === 'structure' || element?.type === 'structure';
  const words = nameWords(name);
  const counted = container ? words.slice(-1) : words;
  return NAME_CLASSES
    // A string named `Code` is an error or status code; code itself comes as a structure, a blob or a map.
    .filter((nameClass) => !(nameClass.id === 'code' && /^code$/i.test(name) && shape.type === 'string'))
    .filter((nameClass) => (nameClass.words !== undefined && counted.some((word) => nameClass.words!.test(word)))
      || (nameClass.name !== undefined && nameClass.name.test(name)))
    .map((nameClass) => nameClass.id);
}

/** The flagged fields of an output shape; a flagged member is not walked further (its decision covers what it holds). */
function flaggedFields(model: ServiceModel, shapeName: string, prefix: string, seen: Set<string>, out: Map<string, Set<string>>): void {
  const shape = model.shapes[shapeName];
  if (!shape || seen.has(shapeName)) {
    return;
  }
  const next = new Set(seen).add(shapeName);
  const visit = (name: string, target: string, childPath: string) => {
    const targetShape = model.shapes[target];
    if (!targetShape) return;
    const flags = [...(targetShape.sensitive ? ['sensitive'] : []), ...nameClasses(name, targetShape, model.shapes)];
    if (flags.length > 0) {
      const existing = out.get(childPath) ?? new Set<string>();
      flags.forEach((flag) => existing.add(flag));
      out.set(childPath, existing);
      return;
    }
    flaggedFields(model, target, childPath, next, out);
  };
  if (shape.type === 'structure') {
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      visit(name, member.shape, prefix ? `${prefix}.${name}` : name);
    }
  } else if ((shape.type === 'list' && shape.member) || (shape.type === 'map' && shape.value)) {
    // An element shape the model marks sensitive flags the list's items or the map's values.
    const element = shape.type === 'list' ? shape.member!.shape : shape.value!.shape;
    const elementPath = `${prefix}${shape.type === 'list' ? '[]' : '{}'}`;
    if (model.shapes[element]?.sensitive) {
      const existing = out.get(elementPath) ?? new Set<string>();
      out.set(elementPath, existing.add('sensitive'));
      return;
    }
    flaggedFields(model, element, elementPath, next, out);
  }
}

/**
 * The audit of each action: the operations it authorizes and the flagged fields of their outputs.
 * `apigateway:GET` authorizes every GET of API Gateway's REST and WebSocket/HTTP APIs.
 */
export function auditActions(actions: readonly string[], models: readonly ServiceModel[]): Record<string, ActionAudit> {
  const byPrefix = new Map<string, ServiceModel[]>();
  const add = (prefix: string, model: ServiceModel) => {
    const list = byPrefix.get(prefix) ?? [];
    if (!list.includes(model)) list.push(model);
    byPrefix.set(prefix, list);
  };
  for (const model of models) {
    for (const prefix of [model.metadata.signingName, model.metadata.endpointPrefix, model.dir]) {
      if (prefix) add(prefix.toLowerCase(), model);
    }
  }
  for (const [prefix, dirs] of Object.entries(EXTRA_MODELS)) {
    for (const dir of dirs) {
      const model = models.find((candidate) => candidate.dir === dir);
      if (model) add(prefix, model);
    }
  }
  const operationsOf = (action: string): { model: ServiceModel; operation: string }[] => {
    const [prefix, name] = action.split(':');
    const candidates = byPrefix.get(prefix.toLowerCase()) ?? [];
    if (action === 'apigateway:GET') {
      return candidates.flatMap((model) => Object.keys(model.operations).filter((operation) => /^Get/.test(operation)).map((operation) => ({ model, operation })));
    }
    const names = OPERATION_ALIASES[action]?.map((alias) => alias.split(':')[1]) ?? [name];
    return candidates.flatMap((model) => names
      .map((wanted) => Object.keys(model.operations).find((operation) => operation.toLowerCase() === wanted.toLowerCase()))
      .filter((operation): operation is string => operation !== undefined)
      .map((operation) => ({ model, operation })));
  };
  const result: Record<string, ActionAudit> = {};
  for (const action of actions) {
    const found = operationsOf(action);
    const fields = new Map<string, Set<string>>();
    for (const { model, operation } of found) {
      const output = model.operations[operation].output?.shape;
      if (output) flaggedFields(model, output, '', new Set(), fields);
    }
    result[action] = {
      operations: [...new Set(found.map(({ model, operation }) => `${model.dir}:${operation}`))].sort(),
      flagged: [...fields].sort(([a], [b]) => a.localeCompare(b)).map(([fieldPath, flags]) => ({ path: fieldPath, flags: [...flags].sort() })),
    };
  }
  return result;
}
