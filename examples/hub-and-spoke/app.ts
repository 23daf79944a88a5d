/**
 * A self-hosted collector (Cartography and the like) that reads every account of the organization
 * from one hub account: the collector's role in the hub account, and a read-only spoke role trusting
 * it in every account, the hub and the management account included.
 *
 *   cd examples/hub-and-spoke
 *   # the hub account: the collector's role (with an instance profile) and the hub's own spoke role
 *   npx cdk deploy CollectorHub --profile <hub account> -c hubAccountId=<hub account ID> \
 *     -c organizationId=<o-...> -c organizationRootId=<r-...>
 *   # the management account: its own spoke role, and the StackSet that puts one into every other account
 *   npx cdk deploy CollectorSpokes --profile <management account> -c hubAccountId=<hub account ID> \
 *     -c organizationId=<o-...> -c organizationRootId=<r-...> [-c spokeExternalId=<id>] [-c excludeAccounts=<id>,<id>]
 *
 * The spoke roles trust the hub role by its account ID and name, not by a reference to the hub
 * stack: a StackSet's member template cannot refer to another stack. Neither stack needs
 * `cdk bootstrap`.
 *
 * In your own app, import from 'cdk-account-onboarding' instead of '../../src'.
 */
import { App, BootstraplessSynthesizer, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CallAs, ExternalId, HubRole, HubTrust, MemberAccountsStackSet, PermissionProfile, ReadOnlyRole, ReadOnlyRoleProps, StackSetTarget } from '../../src';
import { requireContext } from '../require-context';

export interface CollectorHubStackProps extends StackProps {
  /** The organization whose accounts the collector may read. */
  readonly organizationId: string;
  /** The external ID every spoke role requires; none when not given (hub and spokes have one owner). */
  readonly spokeExternalId?: string;
}

/** The hub account: the collector's role, and the spoke role of the hub account itself. */
export class CollectorHubStack extends Stack {
  public readonly hubRole: HubRole;
  public readonly spokeRole: ReadOnlyRole;
  /** The props every spoke role is made from, here and in the StackSet. */
  public readonly spokeRoleProps: ReadOnlyRoleProps;

  constructor(scope: Construct, id: string, props: CollectorHubStackProps) {
    super(scope, id, props);
    this.hubRole = new HubRole(this, 'Collector', { trust: HubTrust.ec2(), organizationId: props.organizationId });
    this.spokeRoleProps = this.hubRole.spokeRoleProps({
      // Cartography's recommended permissions: AWS-managed SecurityAudit, plus the reads it misses.
      profile: PermissionProfile.SECURITY_AUDIT,
      externalId: props.spokeExternalId !== undefined ? ExternalId.of(props.spokeExternalId) : ExternalId.none(),
    });
    this.spokeRole = new ReadOnlyRole(this, 'Spoke', this.spokeRoleProps);
    // The spoke's trust names the hub role by ARN, which IAM accepts only once the role exists.
    this.spokeRole.node.addDependency(this.hubRole);
  }
}

export interface CollectorSpokesStackProps extends StackProps {
  /** The spoke role's props, from `CollectorHubStack.spokeRoleProps`. */
  readonly spokeRoleProps: ReadOnlyRoleProps;
  /** The hub account, which has its spoke role from the hub stack. */
  readonly hubAccountId: string;
  /** The organization root (`r-...`): every account gets a spoke role, also those that join later. */
  readonly organizationRootId: string;
  /** Further accounts that get no spoke role. */
  readonly excludeAccounts?: string[];
}

/** The management account: its own spoke role, and a StackSet with the same role for every member account but the hub. */
export class CollectorSpokesStack extends Stack {
  public readonly spokeRole: ReadOnlyRole;
  public readonly memberAccounts: MemberAccountsStackSet;

  constructor(scope: Construct, id: string, props: CollectorSpokesStackProps) {
    super(scope, id, props);
    // A service-managed StackSet never deploys to the management account, so it gets its role here.
    this.spokeRole = new ReadOnlyRole(this, 'Spoke', props.spokeRoleProps);
    this.memberAccounts = new MemberAccountsStackSet(this, 'MemberAccounts', {
      role: this.spokeRole,
      // The hub account has its spoke role from the hub stack: a second one of the same name would fail.
      target: StackSetTarget.organizationRoot(props.organizationRootId, { excludeAccounts: [props.hubAccountId, ...props.excludeAccounts ?? []] }),
      callAs: CallAs.SELF,
    });
  }
}

function list(value: string | undefined): string[] | undefined {
  return value?.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
}

/** Builds the app; the tests call this with their own App. */
export function buildHubAndSpokeApp(app: App): { hub: CollectorHubStack; spokes: CollectorSpokesStack } {
  const hubAccountId = requireContext(app, 'hubAccountId', '111122223333');
  const organizationId = requireContext(app, 'organizationId', 'o-a1b2c3d4e5');
  const organizationRootId = requireContext(app, 'organizationRootId', 'r-ab12');
  const region = process.env.CDK_DEFAULT_REGION ?? 'us-east-1';
  const hub = new CollectorHubStack(app, 'CollectorHub', {
    organizationId,
    spokeExternalId: app.node.tryGetContext('spokeExternalId'),
    // A literal account: the spoke roles' trust is built from it.
    env: { account: hubAccountId, region },
    synthesizer: new BootstraplessSynthesizer(),
  });
  const spokes = new CollectorSpokesStack(app, 'CollectorSpokes', {
    spokeRoleProps: hub.spokeRoleProps,
    hubAccountId,
    organizationRootId,
    excludeAccounts: list(app.node.tryGetContext('excludeAccounts')),
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region },
    synthesizer: new BootstraplessSynthesizer(),
  });
  return { hub, spokes };
}

if (require.main === module) {
  const app = new App();
  buildHubAndSpokeApp(app);
  app.synth();
}
