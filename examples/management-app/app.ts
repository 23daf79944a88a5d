/**
 * The management account's CDK app: the vendor's read-only role in this account, and a
 * service-managed StackSet that puts the same role into every member account of the target OUs,
 * including accounts that join them later.
 *
 *   # once: check the prerequisites (trusted access for StackSets, the caller, the OUs)
 *   npx cdk-account-onboarding doctor --ou ou-ab12-cd34ef56 --call-as SELF
 *
 *   cd examples/management-app
 *   npx cdk deploy -c externalId=<the ID the vendor gave you> -c vendorRoleArn=<the vendor's role ARN> \
 *     -c organizationalUnitIds=ou-ab12-cd34ef56,ou-ab12-ef56gh78 [-c excludeAccounts=111122223333]
 *
 * Deploy it with credentials of the management account. The stack needs no `cdk bootstrap`: the
 * member template is embedded in the StackSet, and the stack's own template is small enough for
 * CloudFormation to take directly.
 *
 * In your own app, import from 'cdk-account-onboarding' instead of '../../src'.
 */
import { App, BootstraplessSynthesizer, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CallAs, ExternalId, MemberAccountsStackSet, PermissionProfile, ReadOnlyRole, StackSetTarget, TrustedPrincipal } from '../../src';
import { requireContext } from '../require-context';

export interface ManagementStackProps extends StackProps {
  /** The vendor role that may assume the read-only roles. */
  readonly vendorRoleArn: string;
  /** The external ID the vendor issued to this customer. */
  readonly externalId: string;
  /** The OUs whose accounts get the role. */
  readonly organizationalUnitIds: string[];
  /** Accounts of those OUs that get no role. */
  readonly excludeAccounts?: string[];
}

export class ManagementStack extends Stack {
  /** The role in the management account, which a service-managed StackSet never deploys to. */
  public readonly readOnlyRole: ReadOnlyRole;
  /** The StackSet that creates the same role in the member accounts. */
  public readonly memberAccounts: MemberAccountsStackSet;

  constructor(scope: Construct, id: string, props: ManagementStackProps) {
    super(scope, id, props);
    this.readOnlyRole = new ReadOnlyRole(this, 'VendorReadOnlyRole', {
      trustedPrincipal: TrustedPrincipal.role(props.vendorRoleArn),
      externalId: ExternalId.of(props.externalId),
      profile: PermissionProfile.COST,
      roleName: 'ExampleVendorReadOnlyRole',
    });
    this.memberAccounts = new MemberAccountsStackSet(this, 'MemberAccounts', {
      role: this.readOnlyRole,
      target: StackSetTarget.organizationalUnits(props.organizationalUnitIds, { excludeAccounts: props.excludeAccounts }),
      callAs: CallAs.SELF,
    });
  }
}

function list(value: string | undefined): string[] | undefined {
  return value?.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
}

/** Builds the app; the tests call this with their own App. */
export function buildManagementApp(app: App): ManagementStack {
  return new ManagementStack(app, 'VendorOnboardingManagement', {
    vendorRoleArn: requireContext(app, 'vendorRoleArn', 'arn:aws:iam::111122223333:role/vendor-reader'),
    externalId: requireContext(app, 'externalId', 'the-id-your-vendor-gave-you'),
    organizationalUnitIds: list(requireContext(app, 'organizationalUnitIds', 'ou-ab12-cd34ef56,ou-ab12-ef56gh78'))!,
    excludeAccounts: list(app.node.tryGetContext('excludeAccounts')),
    // Management accounts are often kept free of CDK's bootstrap resources: deploy without them.
    synthesizer: new BootstraplessSynthesizer(),
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' },
  });
}

if (require.main === module) {
  const app = new App();
  buildManagementApp(app);
  app.synth();
}
