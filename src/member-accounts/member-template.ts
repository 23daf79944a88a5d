import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  App, BootstraplessSynthesizer, CfnParameter, DockerImageAssetLocation, DockerImageAssetSource, FileAssetLocation,
  FileAssetSource, Fn, IResolvable, Stack, Token, Tokenization,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import { byCodeUnits, synthError } from '../core/validation';
import { ReadOnlyRole, ReadOnlyRoleProps } from '../role/read-only-role';
import { roleOptionsOf } from '../role/role-option-keys';

/** A member-template parameter and the management-stack value the StackSet passes to it. */
export interface PassedParameter {
  readonly key: string;
  readonly value: string;
}

/**
 * The member template as the StackSet embeds it: built at once, so that its parameters are known to
 * the management stack, and synthesized when its body is first read. A StackSet that takes the
 * template from a URL needs only the parameters while the management stack synthesizes, so the
 * template is synthesized after it (when a publication writes it), and aws-cdk-lib's validator,
 * which keeps its engine for a set of resource types it has already loaded, checks it with the
 * engine the management stack's larger set loaded.
 */
export class MemberTemplate {
  private synthesizedBody?: string;

  constructor(
    /** Values of the management stack that the member template takes as parameters. */
    public readonly parameters: PassedParameter[],
    private readonly stack: BuiltMemberStack,
  ) {}

  /** The template as JSON without white space. */
  public get body(): string {
    this.synthesizedBody ??= JSON.stringify(this.stack.synthesize());
    return this.synthesizedBody;
  }

  /** The body's size in bytes (UTF-8), as CloudFormation counts it. */
  public get bytes(): number {
    return Buffer.byteLength(this.body, 'utf8');
  }

  /**
   * What the member stack's constructs report when validated (what its synthesis would fail on, such
   * as the member role's limits), without synthesizing it.
   */
  public validationErrors(): string[] {
    return this.stack.validate();
  }
}

/** The construct ID of the role in the member template; part of the contract, like every construct ID. */
export const MEMBER_ROLE_ID = 'ReadOnlyRole';

type ParameterType = 'String' | 'CommaDelimitedList';

/**
 * Rewrites values of the management stack for the member template.
 *
 * A literal, a pseudo parameter (`AWS::Partition`, `AWS::AccountId`) or an intrinsic of them means
 * the same in every account and is kept. A value computed from the management stack's
 * `CfnParameter`s becomes a parameter of the member template, which the StackSet passes in: each
 * member account gets the value the management stack was deployed with. A value that refers to a
 * resource of the management stack is a problem: member accounts do not have that resource.
 */
export class ParameterPassing {
  public readonly problems: string[] = [];
  public readonly passed: PassedParameter[] = [];
  private readonly byExpression = new Map<string, CfnParameter>();
  private readonly sourceParameters = new Map<string, CfnParameter>();

  constructor(private readonly source: Stack, private readonly member: Stack, sourceStacks: Stack[]) {
    for (const stack of new Set(sourceStacks)) {
      for (const child of stack.node.findAll()) {
        if (child instanceof CfnParameter) {
          this.sourceParameters.set(stack.resolve(child.logicalId), child);
        }
      }
    }
  }

  /** The value with every management-stack token replaced; the same object when nothing changed. */
  public value(property: string, value: unknown): any {
    if (typeof value === 'string') {
      return this.string(property, value);
    }
    if (Array.isArray(value)) {
      const listToken = Token.isUnresolved(value) ? Tokenization.reverseList(value) : undefined;
      if (listToken) {
        return this.token(property, listToken, 'CommaDelimitedList');
      }
      const mapped = value.map((element) => this.value(property, element));
      return mapped.some((element, index) => element !== value[index]) ? mapped : value;
    }
    if (value !== null && typeof value === 'object') {
      if (Construct.isConstruct(value)) {
        this.problems.push(`${property} is the construct ${value.node.path}, which member accounts do not have`);
        return value;
      }
      if (Tokenization.isResolvable(value)) {
        return this.token(property, value, 'String');
      }
      const entries = Object.entries(value).sort(([a], [b]) => byCodeUnits(a, b));
      const mapped = entries.map(([key, element]) => [key, this.value(property, element)] as const);
      if (mapped.every(([, element], index) => element === entries[index][1])) {
        return value;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) {
        // A class instance is never rebuilt from its fields: the classes that may carry parameter
        // references (TrustedPrincipal, ExternalId) map their own values; any other cannot pass.
        this.problems.push(`${property} holds a ${value.constructor?.name ?? 'class instance'} with values of the management stack, which member accounts do not have`);
        return value;
      }
      return Object.fromEntries(mapped);
    }
    return value;
  }

  private string(property: string, value: string): string {
    if (!Token.isUnresolved(value)) {
      return value;
    }
    const fragments = Tokenization.reverseString(value);
    let changed = false;
    const mapped = fragments.mapTokens({
      mapToken: (token) => {
        const replacement = this.token(property, token, 'String');
        changed = changed || replacement !== token;
        return replacement;
      },
    });
    return changed ? mapped.join({ join: (left, right) => `${left ?? ''}${right ?? ''}` }) : value;
  }

  private token(property: string, token: IResolvable, type: ParameterType): any {
    const resolved = this.source.resolve(token);
    const dependencies = dependenciesOf(resolved);
    if (dependencies.length === 0) {
      return token;
    }
    // Parameters, conditions and imports are evaluated in the management stack and passed on as
    // values; a resource's reference or attribute would name the management account's resource.
    const resources = dependencies.filter((dependency) => dependency.startsWith('GetAtt:')
      || (dependency.startsWith('Ref:') && !this.sourceParameters.has(dependency.slice(4))));
    if (resources.length > 0) {
      this.problems.push(`${property} refers to ${resources.map((r) => r.replace(/^(Ref|GetAtt):/, '')).join(', ')} of the management stack, `
        + 'which member accounts do not have: use a literal, or a CfnParameter value that the StackSet can pass on');
      return token;
    }
    const key = `${type}:${JSON.stringify(resolved)}`;
    let parameter = this.byExpression.get(key);
    if (!parameter) {
      const references = dependencies.filter((dependency) => dependency.startsWith('Ref:'))
        .map((dependency) => this.sourceParameters.get(dependency.slice(4))!);
      parameter = new CfnParameter(this.member, this.uniqueName(property), {
        type,
        noEcho: references.some((reference) => reference.noEcho) || undefined,
        description: `The ${property} of the management account's role, passed on by the StackSet.`,
      });
      this.byExpression.set(key, parameter);
      const value = type === 'CommaDelimitedList' ? Fn.join(',', Token.asList(token)) : Token.asString(token);
      this.passed.push({ key: this.member.resolve(parameter.logicalId), value });
    }
    return type === 'CommaDelimitedList' ? parameter.valueAsList : parameter.valueAsString;
  }

  private uniqueName(property: string): string {
    const base = property.replace(/^./, (first) => first.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');
    let name = base;
    for (let index = 2; this.member.node.tryFindChild(name); index++) {
      name = `${base}${index}`;
    }
    return name;
  }
}

/**
 * What a resolved value needs from the stack it was resolved in: `Ref:<id>` for references to
 * parameters or resources, `GetAtt:<id>`, `ImportValue:<name>`, `Condition:<name>`. Pseudo
 * parameters (`AWS::...`) need nothing.
 */
function dependenciesOf(resolved: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, element] of Object.entries(value)) {
        if (key === 'Ref' && typeof element === 'string') {
          if (!element.startsWith('AWS::')) {
            found.add(`Ref:${element}`);
          }
        } else if (key === 'Fn::GetAtt') {
          found.add(`GetAtt:${Array.isArray(element) ? element.join('.') : JSON.stringify(element)}`);
        } else if (key === 'Fn::ImportValue') {
          found.add(`ImportValue:${JSON.stringify(element)}`);
        } else if (key === 'Fn::If' && Array.isArray(element)) {
          found.add(`Condition:${element[0]}`);
          element.slice(1).forEach(visit);
        } else {
          visit(element);
        }
      }
    }
  };
  visit(resolved);
  return [...found];
}

/**
 * The member stack's synthesizer: no bootstrap version rule or parameter (the StackSet deploys the
 * template as it is), and no assets, which a `TemplateBody` cannot carry.
 */
class MemberTemplateSynthesizer extends BootstraplessSynthesizer {
  constructor(private readonly owner: IConstruct) {
    super();
  }

  public addFileAsset(asset: FileAssetSource): FileAssetLocation {
    throw synthError('MemberTemplateAsset', `the member template must not contain assets, got the file asset '${asset.fileName ?? asset.sourceHash}': `
      + 'a StackSet deploys its template to every member account as it is, with nothing uploaded beside it', this.owner);
  }

  public addDockerImageAsset(asset: DockerImageAssetSource): DockerImageAssetLocation {
    throw synthError('MemberTemplateAsset', `the member template must not contain assets, got the Docker image asset '${asset.directoryName ?? asset.sourceHash}': `
      + 'a StackSet deploys its template to every member account as it is, with nothing uploaded beside it', this.owner);
  }
}

/** A member stack, built in an App of its own. */
export interface BuiltMemberStack {
  /** Synthesizes the App and returns the stack's template. */
  synthesize(): any;
  /** Validates every construct of the stack, as synthesis does, without synthesizing: `path: message` each. */
  validate(): string[];
}

/**
 * Builds a member-account stack in an App of its own (so the management app's cloud assembly,
 * bootstrap rules and metadata stay out of it) with the management app's context, so that feature
 * flags render the member stack the same way.
 *
 * @param owner the construct that reports errors
 * @param build adds the member resources to the empty member stack; it must build the same stack each time
 */
export function buildMemberTemplate(owner: IConstruct, build: (stack: Stack) => void): BuiltMemberStack {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-account-onboarding-member-'));
  const removeOutput = () => fs.rmSync(outdir, { recursive: true, force: true });
  let app: App;
  let stack: Stack;
  try {
    app = new App({
      outdir,
      autoSynth: false,
      analyticsReporting: false,
      stackTraces: false,
      treeMetadata: false,
      context: owner.node.getAllContext(),
      postCliContext: { 'aws:cdk:enable-path-metadata': false, 'aws:cdk:version-reporting': false },
    });
    stack = new Stack(app, 'MemberAccount', {
      synthesizer: new MemberTemplateSynthesizer(owner),
      analyticsReporting: false,
      description: 'The vendor read-only role in a member account (cdk-account-onboarding), deployed by a StackSet of the management account.',
    });
    build(stack);
  } finally {
    // The App made its output folder when it was constructed. The template may never be synthesized
    // (a StackSet that takes it from a URL, whose body nobody reads), so nothing is left on disk
    // until it is: the private folder is removed now and made again, by its owner only, to synthesize.
    removeOutput();
  }
  return {
    synthesize: () => {
      try {
        // Not recursive, so that it fails instead of writing into a folder that took the name meanwhile.
        fs.mkdirSync(outdir, { mode: 0o700 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // Another process took the name: the same stack, built again in a folder of its own.
        return buildMemberTemplate(owner, build).synthesize();
      }
      try {
        return app.synth().getStackArtifact(stack.artifactId).template;
      } finally {
        removeOutput();
      }
    },
    validate: () => stack.node.findAll().flatMap((construct) => construct.node.validate().map((message) => `${construct.node.path}: ${message}`)),
  };
}

/**
 * The member template: a `ReadOnlyRole` made from the management role's props, in a stack of its
 * own. Member accounts get the profile, grants, write actions, guardrail, name, path, boundary,
 * session duration, description and tags; not `readableData`, which names resources of the
 * management account (the cost report bucket).
 *
 * @param owner the construct that embeds the template, which reports errors
 * @param role the management account's role
 */
export function renderMemberTemplate(owner: IConstruct, role: ReadOnlyRole): MemberTemplate {
  let passing: ParameterPassing | undefined;
  const built = buildMemberTemplate(owner, (stack) => {
    passing = new ParameterPassing(Stack.of(owner), stack, [Stack.of(owner), Stack.of(role)]);
    const pass = <T>(property: string, value: T): T => passing!.value(property, value);
    const props = role.props;
    // Built prop by prop: the role options, and the trust, profile, description, tags and boundary
    // of the management account's role. Not `readableData`, which names resources of the
    // management account (the cost report bucket).
    const { optInFeatures, ...options } = roleOptionsOf(props);
    const memberProps: ReadOnlyRoleProps = {
      ...mapProps(passing, options),
      // Each feature's switch is passed on as a parameter named after it (EnableCostAllocationTags).
      optInFeatures: optInFeatures?.map((feature) => ({
        ...mapProps(passing!, { ...feature, enabled: undefined }),
        enabled: feature.enabled === undefined ? undefined : pass(`enable${feature.name}`, feature.enabled),
      })),
      trustedPrincipal: props.trustedPrincipal._mapValues(pass),
      externalId: props.externalId._mapValue(pass),
      profile: props.profile,
      description: props.description === undefined ? undefined : pass('description', props.description),
      tags: props.tags === undefined ? undefined : pass('tags', props.tags),
    };
    const boundaryArn = props.permissionsBoundary ? pass('permissionsBoundary', props.permissionsBoundary.managedPolicyArn) : undefined;
    if (passing.problems.length > 0) {
      throw synthError('MemberTemplateReferences', `the member template cannot use values of the management stack:\n- ${passing.problems.join('\n- ')}`, owner);
    }
    new ReadOnlyRole(stack, MEMBER_ROLE_ID, {
      ...memberProps,
      permissionsBoundary: boundaryArn ? iam.ManagedPolicy.fromManagedPolicyArn(stack, 'PermissionsBoundary', boundaryArn) : undefined,
    });
  });
  return new MemberTemplate(passing!.passed, built);
}

/** Maps each prop under its own name, so that member parameters are named after the prop they carry. */
function mapProps<T extends object>(passing: ParameterPassing, props: T): T {
  return Object.fromEntries(Object.entries(props).sort(([a], [b]) => byCodeUnits(a, b))
    .map(([key, value]) => [key, passing.value(key, value)])) as T;
}
