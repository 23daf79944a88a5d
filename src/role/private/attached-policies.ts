import {
  Annotations, DefaultTokenResolver, IPostProcessor, IResolvable, IResolveContext, Reference, Stack, Stage, StringConcat, Tokenization,
} from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { IConstruct } from 'constructs';
import { ActionCatalog, expandActionPattern, splitAction, wildcardToRegExp } from '../../permissions/action-catalog';
import { MANAGED_POLICY_ACTIONS } from '../../permissions/generated/managed-policy-actions';
import { escalationOf, isWriteAction } from '../../permissions/grant-checks';
import { PRIVILEGE_ESCALATION } from '../../permissions/privilege-escalation';

type PolicyNode = iam.CfnPolicy | iam.CfnManagedPolicy;

/** Every policy attached to one role, found in the role's whole stage, whichever way it was attached. */
export interface RoleAttachments {
  /** Customer-managed policies of the app: with the role in their `roles`, or in the role's `managedPolicyArns`. */
  readonly managed: iam.CfnManagedPolicy[];
  /** Inline policies (`AWS::IAM::Policy`) with the role in their `roles`, the role's default policy among them. */
  readonly inline: iam.CfnPolicy[];
  /** Managed policies named by ARN only (AWS-managed, or imported with `fromManagedPolicyArn`), as resolved in the role's stack. */
  readonly byArn: { readonly arn: string; readonly awsManagedName?: string }[];
}

const MARK = '\u0000reference:';

/**
 * Resolves references to the role and to managed policies as markers, so that a policy's `Roles` and the
 * role's `ManagedPolicyArns` are compared by what they refer to, not by their rendering: a `Ref` renders
 * the same for two roles of one construct path in two stacks, and as `Fn::ImportValue` across stacks.
 */
class ReferenceMarker extends DefaultTokenResolver {
  public readonly marked = new Map<string, IConstruct>();

  constructor() {
    super(new StringConcat());
  }

  public resolveToken(token: IResolvable, context: IResolveContext, postProcessor: IPostProcessor): any {
    if (token instanceof Reference && token.displayName === 'Ref' && (token.target instanceof iam.CfnRole || token.target instanceof iam.CfnManagedPolicy)) {
      const marker = `${MARK}${token.target.node.path}`;
      this.marked.set(marker, token.target);
      return marker;
    }
    return super.resolveToken(token, context, postProcessor);
  }
}

/**
 * The policies attached to a role, from one walk of the role's stage (a nested stage is another
 * assembly, which cannot refer to the role, so it is not entered).
 */
export function findAttachments(role: iam.Role): RoleAttachments {
  const cfnRole = role.node.defaultChild as iam.CfnRole;
  const marker = new ReferenceMarker();
  const roleMarker = `${MARK}${cfnRole.node.path}`;
  const resolve = (value: unknown, scope: IConstruct): unknown[] =>
    [Tokenization.resolve(value, { scope, resolver: marker }) ?? []].flat();

  const managed = new Set<iam.CfnManagedPolicy>();
  const inline: iam.CfnPolicy[] = [];
  const root = Stage.of(role) ?? role.node.root;
  // Depth first in construct order, as the template lists them.
  const pending: IConstruct[] = [...root.node.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (Stage.isStage(node)) continue;
    if ((node instanceof iam.CfnPolicy || node instanceof iam.CfnManagedPolicy) && resolve(node.roles, node).includes(roleMarker)) {
      if (node instanceof iam.CfnPolicy) inline.push(node); else managed.add(node);
    }
    pending.push(...[...node.node.children].reverse());
  }
  const byArn: { arn: string; awsManagedName?: string }[] = [];
  // The same list as CloudFormation gets it, for the ARNs that refer to no policy of the app.
  const rendered = [Stack.of(cfnRole).resolve(cfnRole.managedPolicyArns) ?? []].flat();
  resolve(cfnRole.managedPolicyArns, cfnRole).forEach((entry, index) => {
    const target = typeof entry === 'string' ? marker.marked.get(entry) : undefined;
    if (target instanceof iam.CfnManagedPolicy) {
      managed.add(target);
      return;
    }
    const arn = typeof rendered[index] === 'string' ? rendered[index] : JSON.stringify(rendered[index]);
    if (!byArn.some((known) => known.arn === arn)) {
      byArn.push({ arn, awsManagedName: /:iam::aws:policy\/([\w+=,.@/-]+)/.exec(arn)?.[1] });
    }
  });
  return { managed: [...managed], inline, byArn };
}

/** The name a policy is known by: its L2's path, or its own for an L1. */
export function policyName(node: PolicyNode, relativeTo?: IConstruct): string {
  const named = node.node.id === 'Resource' && node.node.scope ? node.node.scope : node;
  const path = named.node.path;
  return relativeTo && path.startsWith(`${relativeTo.node.path}/`) ? path.slice(relativeTo.node.path.length + 1) : path;
}

/** What the checks of the attached policies need to know about the role. */
export interface AttachedPolicyContext {
  /** The ReadOnlyRole, named in messages and annotated for managed policies it cannot read. */
  readonly owner: IConstruct;
  /** The L1 policies the role built from its props, which its props checks cover. */
  readonly ownPolicies: ReadonlySet<IConstruct>;
  readonly catalog: ActionCatalog;
  /** The actions the data-access guardrail denies (empty without the guardrail). */
  readonly guardrailDenied: ReadonlySet<string>;
  /** The resources the guardrail exempts. */
  readonly readableDataResources: string[];
  /** The action patterns of `writeActions` and of switched-on opt-in features. */
  readonly declaredWrites: string[];
  /** The AWS-managed policies the role attaches itself. */
  readonly ownAwsManagedPolicies: string[];
}

/**
 * Checks the statements that reach the role from outside its props (grants, `addToPrincipalPolicy`,
 * policies with `roles: [role]`, `addManagedPolicy`) as `writeActions` is checked, and returns the errors.
 *
 * Error or warning follows what `writeActions` does with the same action: privilege escalation is
 * refused there even with a reason, so here it fails synth too; a write is accepted there when declared
 * with its reason, so here an undeclared write is a warning asking for the declaration, which puts the
 * write and its reason in the template and PERMISSIONS.md where reviewers look.
 */
export function checkAttachedPolicies(context: AttachedPolicyContext, attachments: RoleAttachments): string[] {
  const errors: string[] = [];
  const { owner, catalog } = context;
  const declared = context.declaredWrites.map(wildcardToRegExp);
  let everyAction: string[] | undefined;
  const expand = (patterns: unknown): string[] => [patterns ?? []].flat().filter((pattern): pattern is string => typeof pattern === 'string')
    .flatMap((pattern) => {
      if (splitAction(pattern)) {
        const expanded = expandActionPattern(pattern, catalog);
        // An action the catalog does not know yet is checked as written.
        return expanded.length > 0 || /[*?]/.test(pattern) ? expanded : [pattern];
      }
      const matcher = wildcardToRegExp(pattern);
      return (everyAction ??= allCatalogActions(catalog)).filter((action) => matcher.test(action));
    });

  for (const node of [...attachments.inline, ...attachments.managed]) {
    if (context.ownPolicies.has(node)) continue;
    const stack = Stack.of(node);
    const statements: any[] = [stack.resolve(node.policyDocument)?.Statement ?? []].flat();
    const writes = new Set<string>();
    const conflicts = new Set<string>();
    const exempt = new Set(context.readableDataResources.map((resource) => JSON.stringify(stack.resolve(resource))));
    statements.forEach((statement, index) => {
      if (statement?.Effect !== 'Allow') return;
      const where = `${policyName(node)} statement ${typeof statement.Sid === 'string' && statement.Sid ? statement.Sid : index + 1}`;
      let actions: string[];
      if (statement.NotAction !== undefined) {
        const excluded = expand(statement.NotAction).map((action) => action.toLowerCase());
        const unlisted = [statement.NotAction].flat().filter((pattern: unknown): pattern is string => typeof pattern === 'string').map(wildcardToRegExp);
        actions = (everyAction ??= allCatalogActions(catalog))
          .filter((action) => !excluded.includes(action.toLowerCase()) && !unlisted.some((matcher) => matcher.test(action)));
      } else {
        actions = expand(statement.Action);
      }
      const escalating = escalationExamples(actions, catalog);
      if (escalating.length > 0) {
        errors.push(`${where} allows ${escalating.join(', ')}${escalating.length < actions.length && escalating.length >= 5 ? ' and more' : ''} on the read-only role ${owner.node.path}, `
          + `which escalates privileges (${escalationOf(escalating[0], catalog)}): a read-only role may not hold it, `
          + 'not even in writeActions: remove the statement, or grant the action to a role of your own');
        return;
      }
      for (const action of actions) {
        if (isWriteAction(action, catalog) && !declared.some((matcher) => matcher.test(action))) writes.add(action);
      }
      // Resources named as readable data are exempt from the guardrail: an Allow on them works.
      if (context.guardrailDenied.size > 0 && ![statement.Resource ?? []].flat().every((resource: unknown) => exempt.has(JSON.stringify(resource)))) {
        for (const action of actions) {
          if (context.guardrailDenied.has(action)) conflicts.add(action);
        }
      }
    });
    if (writes.size > 0) {
      Annotations.of(node).addWarningV2('cdk-account-onboarding:undeclaredWrite',
        `${policyName(node)} gives the read-only role ${owner.node.path} write actions that its writeActions do not declare: ${listed(writes)}: `
        + 'declare them in writeActions, each with the reason the vendor needs it, so that the template and PERMISSIONS.md document them');
    }
    if (conflicts.size > 0) {
      Annotations.of(node).addWarningV2('cdk-account-onboarding:allow-denied-by-guardrail',
        `${node.node.path} allows ${listed(conflicts)} on the role `
        + `${owner.node.path}, which its data-access guardrail denies, so the Allow has no effect: grant data reads with `
        + 'readableData (ReadOnlyRoleProps.readableData or addReadableData()), which also exempts the named resources from the guardrail.');
    }
  }

  const reviewed = new Set([...context.ownAwsManagedPolicies, ...Object.keys(MANAGED_POLICY_ACTIONS)]);
  for (const entry of attachments.byArn) {
    if (entry.awsManagedName && reviewed.has(entry.awsManagedName)) continue;
    Annotations.of(owner).addWarningV2('cdk-account-onboarding:uncheckedManagedPolicy',
      `the read-only role ${owner.node.path} has the managed policy ${entry.awsManagedName ?? entry.arn} attached, whose statements are not in the app, `
      + 'so this release cannot check them: make sure it allows configuration reads only, declare any write in writeActions, '
      + 'and attach nothing that escalates privileges');
  }
  return errors;
}

/** Up to five escalating actions, the ones the escalation list names first. */
function escalationExamples(actions: string[], catalog: ActionCatalog): string[] {
  const named = new Set(PRIVILEGE_ESCALATION.flatMap((group) => group.actions).filter((action) => !/[*?]/.test(action)).map((action) => action.toLowerCase()));
  const found = actions.filter((action) => named.has(action.toLowerCase())).slice(0, 5);
  for (const action of actions) {
    if (found.length >= 5) break;
    if (!found.includes(action) && escalationOf(action, catalog) !== undefined) found.push(action);
  }
  return found;
}

function allCatalogActions(catalog: ActionCatalog): string[] {
  return catalog.serviceNames().flatMap((service) => [...(catalog.actionsOf(service)?.values() ?? [])].map((record) => `${service}:${record.name}`));
}

function listed(actions: Iterable<string>): string {
  const list = [...actions].sort();
  return `${list.slice(0, 5).join(', ')}${list.length > 5 ? ` and ${list.length - 5} more` : ''}`;
}
