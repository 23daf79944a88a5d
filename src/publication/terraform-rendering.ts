/**
 * The Terraform rendering of the published template: the synthesized CloudFormation template
 * translated resource by resource into a Terraform JSON configuration, so that it cannot drift from
 * the template. Parameters become variables with the same validation, conditions become locals
 * that switch resources with `count`, intrinsics become Terraform expressions, and the outputs keep
 * their meaning. Only the resource types the onboarding stack synthesizes are translated; any other
 * fails the rendering, naming it.
 *
 * In Terraform's JSON syntax a string that is one `${...}` interpolation is the expression's value
 * with its own type, which is how every translated value is written.
 */

/** A Terraform name for a CloudFormation logical ID or parameter: `CreateCostReport` → `create_cost_report`. */
export function terraformName(logicalId: string): string {
  return logicalId.replace(/[0-9A-F]{8}$/, '').replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9_]/g, '_').replace(/_+/g, '_').toLowerCase();
}

/** What a CloudFormation resource becomes, and how references to it read. */
interface ResourceTranslation {
  /** The Terraform address of the resource a `Ref` or `Fn::GetAtt` refers to. */
  readonly address: string;
  /** The attribute a `Ref` returns. */
  readonly ref: string;
  /** `Fn::GetAtt` attributes by CloudFormation name. */
  readonly attributes: Record<string, string>;
}

const PARTITION = 'data.aws_partition.current.partition';
const URL_SUFFIX = 'data.aws_partition.current.dns_suffix';
const ACCOUNT_ID = 'local.account_id';

/**
 * The provider alias of the Region that AWS offers the cost report's exports in, where the template is
 * published (us-east-1; cn-northwest-1 for the legacy report in the China partition). In
 * CloudFormation a template with a cost report deploys there as a whole, so its bucket, the bucket's
 * notifications and rules, the StackSet and the Region scope's home Region (`AWS::Region`) are all
 * in that Region: in Terraform every regional resource of such a template is on this alias too, and
 * `AWS::Region` is its Region, whatever the default provider's Region is.
 */
function costReportProvider(region: string): { alias: string; region: string } {
  return { alias: region.replace(/-/g, '_'), region };
}

/** The resource types of a cost report's exports: a template with one deploys in the exports' Region. */
const COST_REPORT_EXPORT_TYPES = new Set(['AWS::BCMDataExports::Export', 'AWS::CUR::ReportDefinition']);

/** Terraform resource types of global services, which are the same from any provider's Region. */
function isGlobalType(terraformType: string): boolean {
  return terraformType.startsWith('aws_iam_');
}

/** An HCL string literal. */
function hclString(value: string): string {
  return JSON.stringify(value).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{');
}

/** An HCL object key: quoted, since CloudFormation keys hold `:` and `-`. */
function hclKey(key: string): string {
  return JSON.stringify(key);
}

/** Translates the template's values into Terraform expressions. */
class ExpressionTranslator {
  constructor(
    private readonly template: any,
    private readonly resources: Map<string, ResourceTranslation>,
    private readonly listParameters: Set<string>,
    private readonly boolParameters: Set<string>,
    /** The expression of `AWS::Region`: the Region of the provider the template's regional resources are on. */
    private readonly region: string,
  ) {}

  /** A condition's expression. */
  public condition(name: string): string {
    return `local.${terraformName(name)}`;
  }

  /** The expression of any template value. */
  public value(node: unknown): string {
    if (node === null || node === undefined) {
      return 'null';
    }
    if (typeof node === 'string') {
      return hclString(node);
    }
    if (typeof node === 'number' || typeof node === 'boolean') {
      return String(node);
    }
    if (Array.isArray(node)) {
      const kept = node.filter((element) => !isNoValue(element));
      if (kept.some(isOptionalElement)) {
        // An element that exists under a condition (a guardrail statement an opt-in feature removes): the list
        // is concatenated from parts, the optional one empty or not, decoded from JSON so that both results of
        // the conditional have one type.
        const parts = kept.map((element) => {
          if (!isOptionalElement(element)) {
            return `[${this.value(element)}]`;
          }
          const [condition, whenTrue, whenFalse] = (element as { 'Fn::If': [unknown, unknown, unknown] })['Fn::If'];
          const part = (branch: unknown) => (isNoValue(branch) ? '"[]"' : `jsonencode([${this.value(branch)}])`);
          return `jsondecode(${this.condition(condition as string)} ? ${part(whenTrue)} : ${part(whenFalse)})`;
        });
        return `concat(${parts.join(', ')})`;
      }
      return `[${kept.map((element) => this.value(element)).join(', ')}]`;
    }
    const entries = Object.entries(node as Record<string, unknown>);
    if (entries.length === 1 && (entries[0][0] === 'Ref' || entries[0][0].startsWith('Fn::') || entries[0][0] === 'Condition')) {
      return this.intrinsic(entries[0][0], entries[0][1]);
    }
    const fields = entries.filter(([, element]) => !isNoValue(element)).map(([key, element]) => `${hclKey(key)} = ${this.value(element)}`);
    return `{ ${fields.join(', ')} }`;
  }

  /** A condition expression (`Fn::Equals`, `Fn::Not`, ...). */
  public conditionExpression(node: any): string {
    const [[name, argument]] = Object.entries(node) as [string, any][];
    switch (name) {
      case 'Fn::Equals': return `(${this.stringValue(argument[0])} == ${this.stringValue(argument[1])})`;
      case 'Fn::Not': return `!${this.conditionExpression(argument[0])}`;
      case 'Fn::And': return `(${argument.map((element: any) => this.conditionExpression(element)).join(' && ')})`;
      case 'Fn::Or': return `(${argument.map((element: any) => this.conditionExpression(element)).join(' || ')})`;
      case 'Condition': return this.condition(argument);
      default: throw new Error(`the Terraform rendering cannot translate the condition function ${name}`);
    }
  }

  /** The expression as a string, for comparisons (`Fn::Equals` compares strings). */
  private stringValue(node: unknown): string {
    if (isObject(node) && typeof node.Ref === 'string' && this.boolParameters.has(node.Ref)) {
      return `tostring(var.${terraformName(node.Ref)})`;
    }
    return this.value(node);
  }

  private intrinsic(name: string, argument: any): string {
    switch (name) {
      case 'Ref': return this.ref(argument);
      case 'Condition': return this.condition(argument);
      case 'Fn::GetAtt': {
        const [logicalId, attribute] = Array.isArray(argument) ? argument : String(argument).split('.');
        const resource = this.resource(logicalId);
        const terraformAttribute = resource.attributes[attribute];
        if (!terraformAttribute) {
          throw new Error(`the Terraform rendering cannot translate Fn::GetAtt ${logicalId}.${attribute}`);
        }
        return `${this.instance(logicalId)}.${terraformAttribute}`;
      }
      case 'Fn::Join': {
        const [separator, list] = argument;
        return `join(${hclString(separator)}, ${this.value(list)})`;
      }
      case 'Fn::If': {
        const [condition, whenTrue, whenFalse] = argument;
        if (isStructured(whenTrue) || isStructured(whenFalse)) {
          // HCL's conditional needs both results of one type; objects of two shapes (a statement with
          // NotResource or with Resource) are compared as their JSON text and decoded again.
          return `jsondecode(${this.condition(condition)} ? jsonencode(${this.value(whenTrue)}) : jsonencode(${this.value(whenFalse)}))`;
        }
        return `(${this.condition(condition)} ? ${this.value(whenTrue)} : ${this.value(whenFalse)})`;
      }
      case 'Fn::Select': return `element(${this.value(argument[1])}, ${this.value(argument[0])})`;
      case 'Fn::Split': return `split(${this.value(argument[0])}, ${this.value(argument[1])})`;
      case 'Fn::Sub': {
        const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
        const parts: unknown[] = String(text).split(/(\$\{[^}!]+\})/).filter((part) => part.length > 0).map((part) => {
          const variable = /^\$\{([^}!]+)\}$/.exec(part)?.[1];
          if (variable === undefined) return part;
          return variables?.[variable] !== undefined ? variables[variable] : variable.includes('.') ? { 'Fn::GetAtt': variable.split('.') } : { Ref: variable };
        });
        return this.intrinsic('Fn::Join', ['', parts]);
      }
      default: throw new Error(`the Terraform rendering cannot translate the intrinsic ${name}`);
    }
  }

  private ref(name: string): string {
    switch (name) {
      case 'AWS::Partition': return PARTITION;
      case 'AWS::AccountId': return ACCOUNT_ID;
      case 'AWS::Region': return this.region;
      case 'AWS::URLSuffix': return URL_SUFFIX;
      case 'AWS::StackName': return 'var.name';
      case 'AWS::NoValue': return 'null';
      default:
    }
    if (this.template.Parameters?.[name]) {
      return `var.${terraformName(name)}`;
    }
    const resource = this.resource(name);
    return `${this.instance(name)}.${resource.ref}`;
  }

  /** The resource's address, with `[0]` when a condition gives it a count. */
  public instance(logicalId: string): string {
    const resource = this.resource(logicalId);
    return this.template.Resources[logicalId].Condition ? `${resource.address}[0]` : resource.address;
  }

  private resource(logicalId: string): ResourceTranslation {
    const resource = this.resources.get(logicalId);
    if (!resource) {
      throw new Error(`the Terraform rendering cannot refer to ${logicalId} (${this.template.Resources?.[logicalId]?.Type ?? 'not a resource'})`);
    }
    return resource;
  }

  /** Whether a value is a list parameter (a `CommaDelimitedList`). */
  public isListParameter(name: string): boolean {
    return this.listParameters.has(name);
  }
}

function isObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An object or a list that is not itself an intrinsic function. */
function isStructured(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return !(keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::')));
}

/** `Fn::If` with `AWS::NoValue` as one result: a list element that exists under a condition. */
function isOptionalElement(value: unknown): boolean {
  const branches = isObject(value) ? (value as Record<string, unknown>)['Fn::If'] : undefined;
  return Array.isArray(branches) && branches.length === 3 && (isNoValue(branches[1]) || isNoValue(branches[2]));
}

function isNoValue(value: unknown): boolean {
  return isObject(value) && value.Ref === 'AWS::NoValue';
}


/** Everything the rendering needs to know about the template. */
export interface TerraformRenderingOptions {
  /** The logical ID of the vendor role, whose ARN is the `role_arn` output. */
  readonly roleLogicalId: string;
  /** Descriptions of the outputs that the template's own outputs lack. */
  readonly description: string;
  /** The stack name the template is offered under: the default of `name`, which names the StackSet as the template does. */
  readonly stackName: string;
  /** The Region the template is published for: a template with a cost report deploys there as a whole. */
  readonly region: string;
}

type Block = Record<string, unknown>;

/** `${expr}`, the JSON-syntax way of writing an expression as an argument. */
function interpolated(expression: string): string {
  return `\${${expression}}`;
}

/**
 * Renders the template as a Terraform JSON configuration (main.tf.json): the same role, trust,
 * policies, guardrail and Region scope, the cost report with its bucket and exports, the
 * member-account StackSet with its instances, the template's parameters as validated variables and
 * its outputs. A template with a cost report has every regional resource on the provider alias of
 * the Region it is published for (us-east-1), where AWS offers the exports, and that alias's Region as `AWS::Region`, as CloudFormation
 * deploys it there as a whole; one without deploys with the default provider, in its Region.
 */
export function renderTerraformConfiguration(template: any, options: TerraformRenderingOptions): string {
  const costReportRegion = costReportProvider(options.region);
  const parameters: Record<string, any> = template.Parameters ?? {};
  const listParameters = new Set(Object.keys(parameters).filter((name) => parameters[name].Type === 'CommaDelimitedList'));
  const boolParameters = new Set(Object.keys(parameters).filter((name) =>
    JSON.stringify([...(parameters[name].AllowedValues ?? [])].sort()) === JSON.stringify(['false', 'true'])));
  const resources = resourceTranslations(template);
  const hasCostReport = Object.values<any>(template.Resources ?? {}).some((cfn) => COST_REPORT_EXPORT_TYPES.has(cfn.Type));
  // The data source that names the Region the template deploys in.
  const regionData = hasCostReport ? { [costReportRegion.alias]: { provider: `aws.${costReportRegion.alias}` } } : { current: {} };
  const expressions = new ExpressionTranslator(template, resources, listParameters, boolParameters,
    `data.aws_region.${Object.keys(regionData)[0]}.name`);
  const value = (node: unknown) => interpolated(expressions.value(node));
  const json = (node: unknown) => interpolated(`jsonencode(${expressions.value(node)})`);

  // Variables: the template's parameters, with the same checks.
  const variable: Block = {
    name: {
      type: 'string',
      description: 'The name the member-account StackSet is named after (the CloudFormation stack name).',
      default: options.stackName,
    },
    account_id: {
      type: 'string',
      description: 'The account this configuration is applied in; looked up with sts:GetCallerIdentity when not given.',
      default: null,
      validation: [{ condition: '${var.account_id == null || can(regex("^\\\\d{12}$", var.account_id))}', error_message: 'account_id must be a 12-digit AWS account ID.' }],
    },
  };
  for (const [name, parameter] of Object.entries(parameters)) {
    variable[terraformName(name)] = variableOf(name, parameter, listParameters.has(name), boolParameters.has(name));
  }
  for (const [name, check] of ruleChecks(template)) {
    const block = variable[terraformName(name)] as Block;
    block.validation = [...(block.validation as Block[] | undefined ?? []), check];
  }

  const resource: Record<string, Block> = {};
  const regionalProvider = hasCostReport ? { provider: `aws.${costReportRegion.alias}` } : {};
  const add = (type: string, name: string, body: Block) => {
    const placed = isGlobalType(type) ? body : { count: body.count, ...regionalProvider, ...body };
    resource[type] = { ...(resource[type] ?? {}), [name]: placed };
  };
  for (const [logicalId, cfn] of Object.entries<any>(template.Resources ?? {})) {
    const address = resources.get(logicalId)!.address;
    const [type, name] = address.split('.');
    const count = cfn.Condition ? { count: interpolated(`${expressions.condition(cfn.Condition)} ? 1 : 0`) } : {};
    const props = cfn.Properties ?? {};
    const tags = props.Tags ? { tags: tagsOf(props.Tags, expressions) } : {};
    const retained = cfn.DeletionPolicy === 'Retain' ? { lifecycle: [{ prevent_destroy: true }] } : {};
    switch (cfn.Type) {
      case 'AWS::IAM::Role':
        add(type, name, {
          ...count,
          name: value(props.RoleName),
          path: props.Path === undefined ? undefined : value(props.Path),
          description: props.Description === undefined ? undefined : value(props.Description),
          max_session_duration: props.MaxSessionDuration ?? 3600,
          assume_role_policy: json(props.AssumeRolePolicyDocument),
          permissions_boundary: props.PermissionsBoundary === undefined ? undefined : value(props.PermissionsBoundary),
          ...tags,
        });
        (props.ManagedPolicyArns ?? []).forEach((arn: unknown, index: number) => {
          const policyName = typeof arn === 'object' ? JSON.stringify(arn).match(/policy\/(?:[\w-]+\/)*([\w-]+)/)?.[1] ?? `${index}` : String(arn).split('/').pop()!;
          add('aws_iam_role_policy_attachment', `${name}_${terraformName(policyName)}`, {
            ...count,
            role: interpolated(`${expressions.instance(logicalId)}.name`),
            policy_arn: value(arn),
          });
        });
        break;
      case 'AWS::IAM::ManagedPolicy':
        add(type, name, {
          ...count,
          name: props.ManagedPolicyName !== undefined ? value(props.ManagedPolicyName) : interpolated(`"\${var.name}-${name}"`),
          path: props.Path === undefined ? undefined : value(props.Path),
          description: props.Description === undefined ? undefined : value(props.Description),
          policy: json(props.PolicyDocument),
        });
        (props.Roles ?? []).forEach((role: unknown, index: number) => {
          add('aws_iam_role_policy_attachment', `${name}${index === 0 ? '' : `_${index + 1}`}`, {
            ...count,
            role: value(role),
            policy_arn: interpolated(`${expressions.instance(logicalId)}.arn`),
          });
        });
        break;
      case 'AWS::IAM::Policy':
        add(type, name, {
          ...count,
          name: value(props.PolicyName),
          role: value((props.Roles ?? [])[0]),
          policy: json(props.PolicyDocument),
        });
        break;
      case 'AWS::S3::Bucket':
        add(type, name, { ...count, bucket: props.BucketName === undefined ? undefined : value(props.BucketName), ...tags, ...retained });
        addBucketSettings(add, name, count, interpolated(`${expressions.instance(logicalId)}.id`), props, expressions);
        break;
      case 'AWS::S3::BucketPolicy':
        add(type, name, { ...count, bucket: value(props.Bucket), policy: json(props.PolicyDocument) });
        break;
      case 'AWS::BCMDataExports::Export':
        add(type, name, { ...count, export: [exportOf(props.Export, expressions)], ...tags });
        break;
      case 'AWS::CUR::ReportDefinition':
        add(type, name, { ...count, ...reportDefinitionOf(props, expressions) });
        break;
      case 'AWS::Events::Rule':
        add(type, name, {
          ...count,
          description: props.Description === undefined ? undefined : value(props.Description),
          event_pattern: json(props.EventPattern),
        });
        (props.Targets ?? []).forEach((target: any) => add('aws_cloudwatch_event_target', `${name}_${terraformName(target.Id)}`, {
          ...count,
          rule: interpolated(`${expressions.instance(logicalId)}.name`),
          target_id: target.Id,
          arn: value(target.Arn),
          role_arn: target.RoleArn === undefined ? undefined : value(target.RoleArn),
        }));
        break;
      case 'AWS::CloudFormation::StackSet':
        addStackSet(add, name, count, logicalId, props, expressions);
        break;
      default:
        throw new Error(`the Terraform rendering cannot translate ${logicalId} of type ${cfn.Type}`);
    }
  }

  const locals: Block = {
    account_id: interpolated('var.account_id != null ? var.account_id : data.aws_caller_identity.current[0].account_id'),
  };
  for (const [name, condition] of Object.entries<any>(template.Conditions ?? {})) {
    locals[terraformName(name)] = interpolated(expressions.conditionExpression(condition));
  }

  const output: Block = {};
  for (const [name, cfnOutput] of Object.entries<any>(template.Outputs ?? {})) {
    const expression = expressions.value(cfnOutput.Value);
    output[terraformName(name)] = {
      description: cfnOutput.Description ?? options.description,
      value: interpolated(cfnOutput.Condition ? `${expressions.condition(cfnOutput.Condition)} ? ${expression} : null` : expression),
    };
  }

  const configuration = {
    '//': `${options.description} Rendered from the published CloudFormation template; every resource, policy and check is the template's.`,
    'terraform': { required_version: '>= 1.5', required_providers: { aws: { source: 'hashicorp/aws', version: '>= 5.70' } } },
    'provider': { aws: [{}, costReportRegion] },
    variable,
    'data': {
      aws_partition: { current: {} },
      aws_region: regionData,
      aws_caller_identity: { current: { count: '${var.account_id == null ? 1 : 0}' } },
    },
    locals,
    'resource': withoutUndefined(resource),
    output,
  };
  return `${JSON.stringify(configuration, undefined, 2)}\n`;
}

/** What each resource of the template becomes: its Terraform address and how references to it read. */
function resourceTranslations(template: any): Map<string, ResourceTranslation> {
  const resources = new Map<string, ResourceTranslation>();
  const names = new Map<string, number>();
  const uniqueName = (logicalId: string) => {
    const base = terraformName(logicalId);
    const count = (names.get(base) ?? 0) + 1;
    names.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  };
  for (const [logicalId, resource] of Object.entries<any>(template.Resources ?? {})) {
    const name = uniqueName(logicalId);
    const known: Record<string, Omit<ResourceTranslation, 'address'> & { type: string }> = {
      'AWS::IAM::Role': { type: 'aws_iam_role', ref: 'name', attributes: { Arn: 'arn', RoleId: 'unique_id' } },
      'AWS::IAM::ManagedPolicy': { type: 'aws_iam_policy', ref: 'arn', attributes: { PolicyArn: 'arn' } },
      'AWS::IAM::Policy': { type: 'aws_iam_role_policy', ref: 'id', attributes: {} },
      'AWS::S3::Bucket': { type: 'aws_s3_bucket', ref: 'bucket', attributes: { Arn: 'arn', DomainName: 'bucket_domain_name', RegionalDomainName: 'bucket_regional_domain_name' } },
      'AWS::S3::BucketPolicy': { type: 'aws_s3_bucket_policy', ref: 'id', attributes: {} },
      'AWS::BCMDataExports::Export': { type: 'aws_bcmdataexports_export', ref: 'id', attributes: { ExportArn: 'id' } },
      'AWS::CUR::ReportDefinition': { type: 'aws_cur_report_definition', ref: 'report_name', attributes: {} },
      'AWS::Events::Rule': { type: 'aws_cloudwatch_event_rule', ref: 'name', attributes: { Arn: 'arn' } },
      'AWS::CloudFormation::StackSet': { type: 'aws_cloudformation_stack_set', ref: 'name', attributes: { StackSetId: 'stack_set_id' } },
    };
    const translation = known[resource.Type];
    if (!translation) {
      throw new Error(`the Terraform rendering cannot translate ${logicalId} of type ${resource.Type}`);
    }
    resources.set(logicalId, { address: `${translation.type}.${name}`, ref: translation.ref, attributes: translation.attributes });
  }
  return resources;
}

/** The Terraform address of every resource of the template, by logical ID (`aws_iam_role.read_only_role`). */
export function terraformAddresses(template: any): Map<string, string> {
  return new Map([...resourceTranslations(template)].map(([logicalId, translation]) => [logicalId, translation.address]));
}

/**
 * The template's rules as checks of the variables: each assertion that every member of a list
 * parameter is one of a list of values (`Fn::EachMemberIn`), the only form the constructs write.
 */
function ruleChecks(template: any): [string, Block][] {
  return Object.entries<any>(template.Rules ?? {}).flatMap(([ruleName, rule]) => {
    const assertions: any[] = rule.Assertions ?? [];
    return assertions.map((assertion): [string, Block] => {
      const [checked, allowed] = assertion.Assert?.['Fn::EachMemberIn'] ?? [];
      const parameter = checked?.Ref;
      if (rule.RuleCondition !== undefined || template.Parameters?.[parameter]?.Type !== 'CommaDelimitedList' || !Array.isArray(allowed)
        || !allowed.every((value) => typeof value === 'string')) {
        throw new Error(`the Terraform rendering cannot translate the rule ${ruleName}: only Fn::EachMemberIn of a list parameter in a list of strings`);
      }
      const reference = `var.${terraformName(parameter)}`;
      // The message names the variable, where the template's names its parameter.
      const description = String(assertion.AssertDescription ?? `${parameter} must hold only ${allowed.join(', ')}`).replace(/\.$/, '')
        .split(parameter).join(terraformName(parameter));
      // The message names the values that are not allowed.
      const refused = `join(", ", [for value in ${reference} : value if !contains(${JSON.stringify(allowed)}, value)])`;
      return [parameter, {
        condition: interpolated(`alltrue([for value in ${reference} : contains(${JSON.stringify(allowed)}, value)])`),
        error_message: `${description}, got ${interpolated(refused)}.`,
      }];
    });
  });
}

/** A Terraform variable with the parameter's type, default, description and checks. */
function variableOf(name: string, parameter: any, isList: boolean, isBool: boolean): Block {
  const reference = `var.${terraformName(name)}`;
  // Messages name the variable the user sets, not the template's parameter.
  const variable = terraformName(name);
  const checks: Block[] = [];
  // CloudFormation matches AllowedPattern against the whole value; a list is matched as it is
  // given, its elements joined by commas.
  const asString = isList ? `join(",", ${reference})` : reference;
  if (parameter.AllowedPattern !== undefined) {
    checks.push({
      condition: interpolated(`can(regex(${hclString(`^(?:${parameter.AllowedPattern})$`)}, ${asString}))`),
      error_message: `${variable} ${parameter.ConstraintDescription ?? `must match ${parameter.AllowedPattern}`}.`,
    });
  }
  if (parameter.MinLength !== undefined || parameter.MaxLength !== undefined) {
    const bounds = [
      parameter.MinLength !== undefined ? `length(${asString}) >= ${parameter.MinLength}` : undefined,
      parameter.MaxLength !== undefined ? `length(${asString}) <= ${parameter.MaxLength}` : undefined,
    ].filter((bound) => bound !== undefined);
    checks.push({ condition: interpolated(bounds.join(' && ')), error_message: `${variable} must be ${parameter.MinLength ?? 0} to ${parameter.MaxLength ?? 'any number of'} characters long.` });
  }
  if (parameter.AllowedValues !== undefined && !isBool) {
    checks.push({
      condition: interpolated(`contains(${JSON.stringify(parameter.AllowedValues)}, ${reference})`),
      error_message: `${variable} must be one of ${parameter.AllowedValues.join(', ')}.`,
    });
  }
  const type = isBool ? 'bool' : isList ? 'list(string)' : 'string';
  const defaultValue = parameter.Default === undefined ? undefined
    : isBool ? parameter.Default === 'true'
      : isList ? String(parameter.Default).split(',').map((element: string) => element.trim()).filter((element: string) => element.length > 0)
        : parameter.Default;
  return withoutUndefined({
    type,
    description: parameter.Description,
    default: defaultValue,
    sensitive: parameter.NoEcho === true ? true : undefined,
    validation: checks.length > 0 ? checks : undefined,
  }) as Block;
}

/** CloudFormation's tag list as a Terraform tag map. */
function tagsOf(tags: any[], expressions: ExpressionTranslator): string {
  return interpolated(`{ ${tags.map((tag) => `${expressions.value(tag.Key)} = ${expressions.value(tag.Value)}`).join(', ')} }`);
}

/** The bucket's settings, which the AWS provider keeps in resources of their own. */
function addBucketSettings(add: (type: string, name: string, body: Block) => void, name: string, count: Block, bucket: string, props: any,
  expressions: ExpressionTranslator): void {
  const value = (node: unknown) => interpolated(expressions.value(node));
  if (props.VersioningConfiguration) {
    add('aws_s3_bucket_versioning', name, { ...count, bucket, versioning_configuration: [{ status: value(props.VersioningConfiguration.Status) }] });
  }
  if (props.BucketEncryption) {
    add('aws_s3_bucket_server_side_encryption_configuration', name, {
      ...count,
      bucket,
      rule: props.BucketEncryption.ServerSideEncryptionConfiguration.map((rule: any) => ({
        apply_server_side_encryption_by_default: [withoutUndefined({
          sse_algorithm: value(rule.ServerSideEncryptionByDefault.SSEAlgorithm),
          kms_master_key_id: rule.ServerSideEncryptionByDefault.KMSMasterKeyID === undefined ? undefined
            : value(rule.ServerSideEncryptionByDefault.KMSMasterKeyID),
        })],
        bucket_key_enabled: rule.BucketKeyEnabled,
      })),
    });
  }
  if (props.PublicAccessBlockConfiguration) {
    const block = props.PublicAccessBlockConfiguration;
    add('aws_s3_bucket_public_access_block', name, {
      ...count,
      bucket,
      block_public_acls: block.BlockPublicAcls,
      block_public_policy: block.BlockPublicPolicy,
      ignore_public_acls: block.IgnorePublicAcls,
      restrict_public_buckets: block.RestrictPublicBuckets,
    });
  }
  if (props.OwnershipControls) {
    add('aws_s3_bucket_ownership_controls', name, {
      ...count,
      bucket,
      rule: props.OwnershipControls.Rules.map((rule: any) => ({ object_ownership: value(rule.ObjectOwnership) })),
    });
  }
  if (props.LifecycleConfiguration) {
    add('aws_s3_bucket_lifecycle_configuration', name, {
      ...count,
      bucket,
      rule: props.LifecycleConfiguration.Rules.map((rule: any) => withoutUndefined({
        id: rule.Id,
        status: rule.Status,
        filter: [{}],
        abort_incomplete_multipart_upload: rule.AbortIncompleteMultipartUpload
          ? [{ days_after_initiation: rule.AbortIncompleteMultipartUpload.DaysAfterInitiation }] : undefined,
        noncurrent_version_expiration: rule.NoncurrentVersionExpiration
          ? [{ noncurrent_days: rule.NoncurrentVersionExpiration.NoncurrentDays }] : undefined,
        expiration: rule.ExpirationInDays !== undefined ? [{ days: rule.ExpirationInDays }] : undefined,
      })),
    });
  }
  const notification = props.NotificationConfiguration ?? {};
  if (notification.EventBridgeConfiguration?.EventBridgeEnabled || notification.TopicConfigurations) {
    // The topic configurations may exist under a condition of their own (the customer's choice): one
    // dynamic block over a list that the condition empties.
    let topics = notification.TopicConfigurations;
    let topicCondition: string | undefined;
    if (isObject(topics) && Array.isArray((topics as any)['Fn::If'])) {
      [topicCondition, topics] = (topics as any)['Fn::If'];
    }
    const list = `[${(topics ?? []).map((topic: any) => {
      const rule = (ruleName: string) => topic.Filter?.S3Key?.Rules?.find((candidate: any) => candidate.Name === ruleName)?.Value;
      return `{ topic_arn = ${expressions.value(topic.Topic)}, events = [${hclString(topic.Event)}], filter_prefix = ${expressions.value(rule('prefix'))}, filter_suffix = ${expressions.value(rule('suffix'))} }`;
    }).join(', ')}]`;
    const forEach = topicCondition === undefined ? list : `jsondecode(${expressions.condition(topicCondition)} ? jsonencode(${list}) : "[]")`;
    add('aws_s3_bucket_notification', name, withoutUndefined({
      ...count,
      bucket,
      eventbridge: notification.EventBridgeConfiguration?.EventBridgeEnabled ? true : undefined,
      dynamic: topics ? {
        topic: {
          for_each: interpolated(forEach),
          content: {
            topic_arn: '${topic.value.topic_arn}',
            events: '${topic.value.events}',
            filter_prefix: '${topic.value.filter_prefix}',
            filter_suffix: '${topic.value.filter_suffix}',
          },
        },
      } : undefined,
    }) as Block);
  }
  if (props.LoggingConfiguration) {
    add('aws_s3_bucket_logging', name, {
      ...count,
      bucket,
      target_bucket: value(props.LoggingConfiguration.DestinationBucketName),
      target_prefix: props.LoggingConfiguration.LogFilePrefix ?? '',
    });
  }
}

/** An AWS Data Exports export's `export` block. */
function exportOf(cfn: any, expressions: ExpressionTranslator): Block {
  const value = (node: unknown) => interpolated(expressions.value(node));
  const destination = cfn.DestinationConfigurations.S3Destination;
  const output = destination.S3OutputConfigurations;
  return withoutUndefined({
    name: value(cfn.Name),
    description: cfn.Description === undefined ? undefined : value(cfn.Description),
    data_query: [withoutUndefined({
      query_statement: value(cfn.DataQuery.QueryStatement),
      table_configurations: cfn.DataQuery.TableConfigurations === undefined ? undefined : value(cfn.DataQuery.TableConfigurations),
    })],
    destination_configurations: [{
      s3_destination: [{
        s3_bucket: value(destination.S3Bucket),
        s3_prefix: value(destination.S3Prefix),
        s3_region: value(destination.S3Region),
        s3_output_configurations: [{
          compression: value(output.Compression),
          format: value(output.Format),
          output_type: value(output.OutputType),
          overwrite: value(output.Overwrite),
        }],
      }],
    }],
    refresh_cadence: [{ frequency: value(cfn.RefreshCadence.Frequency) }],
  }) as Block;
}

/** A legacy Cost and Usage Report definition's arguments. */
function reportDefinitionOf(props: any, expressions: ExpressionTranslator): Block {
  const value = (node: unknown) => (node === undefined ? undefined : interpolated(expressions.value(node)));
  return withoutUndefined({
    report_name: value(props.ReportName),
    time_unit: value(props.TimeUnit),
    format: value(props.Format),
    compression: value(props.Compression),
    additional_schema_elements: value(props.AdditionalSchemaElements ?? []),
    s3_bucket: value(props.S3Bucket),
    s3_prefix: value(props.S3Prefix),
    s3_region: value(props.S3Region),
    additional_artifacts: value(props.AdditionalArtifacts),
    refresh_closed_reports: value(props.RefreshClosedReports),
    report_versioning: value(props.ReportVersioning),
  }) as Block;
}

/** The StackSet and one stack-set instance per Region of its instance groups. */
function addStackSet(add: (type: string, name: string, body: Block) => void, name: string, count: Block, logicalId: string, props: any,
  expressions: ExpressionTranslator): void {
  const value = (node: unknown) => interpolated(expressions.value(node));
  const preferences = props.OperationPreferences ?? {};
  add('aws_cloudformation_stack_set', name, withoutUndefined({
    ...count,
    name: value(props.StackSetName),
    description: props.Description === undefined ? undefined : value(props.Description),
    permission_model: props.PermissionModel,
    call_as: props.CallAs,
    capabilities: props.Capabilities,
    // One of the two: the member template embedded, or hosted by the vendor next to the published template.
    template_body: props.TemplateBody === undefined ? undefined : value(props.TemplateBody),
    template_url: props.TemplateURL === undefined ? undefined : value(props.TemplateURL),
    parameters: props.Parameters === undefined ? undefined
      : interpolated(`{ ${props.Parameters.map((parameter: any) => `${hclString(parameter.ParameterKey)} = ${expressions.value(parameter.ParameterValue)}`).join(', ')} }`),
    auto_deployment: props.AutoDeployment ? [{
      enabled: props.AutoDeployment.Enabled,
      retain_stacks_on_account_removal: props.AutoDeployment.RetainStacksOnAccountRemoval,
    }] : undefined,
    managed_execution: props.ManagedExecution ? [{ active: props.ManagedExecution.Active }] : undefined,
    operation_preferences: [withoutUndefined({
      failure_tolerance_count: preferences.FailureToleranceCount,
      failure_tolerance_percentage: preferences.FailureTolerancePercentage,
      max_concurrent_count: preferences.MaxConcurrentCount,
      max_concurrent_percentage: preferences.MaxConcurrentPercentage,
      region_concurrency_type: preferences.RegionConcurrencyType,
      region_order: preferences.RegionOrder,
    })],
    // The instances are managed as their own resources below.
    lifecycle: [{ ignore_changes: ['administration_role_arn'] }],
  }) as Block);
  (props.StackInstancesGroup ?? []).forEach((group: any, groupIndex: number) => {
    for (const region of group.Regions ?? []) {
      const instanceName = `${name}${groupIndex === 0 ? '' : `_${groupIndex + 1}`}_${String(region).replace(/-/g, '_')}`;
      add('aws_cloudformation_stack_set_instance', instanceName, withoutUndefined({
        ...count,
        stack_set_name: interpolated(`${expressions.instance(logicalId)}.name`),
        call_as: props.CallAs,
        region: value(region),
        deployment_targets: [{ organizational_unit_ids: value(group.DeploymentTargets.OrganizationalUnitIds) }],
        operation_preferences: [withoutUndefined({
          concurrency_mode: preferences.ConcurrencyMode,
          failure_tolerance_count: preferences.FailureToleranceCount,
          failure_tolerance_percentage: preferences.FailureTolerancePercentage,
          max_concurrent_count: preferences.MaxConcurrentCount,
          max_concurrent_percentage: preferences.MaxConcurrentPercentage,
          region_concurrency_type: preferences.RegionConcurrencyType,
        })],
      }) as Block);
    }
  });
}

function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) {
    return value.map(withoutUndefined) as T;
  }
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).filter(([, element]) => element !== undefined)
      .map(([key, element]) => [key, withoutUndefined(element)])) as T;
  }
  return value;
}
