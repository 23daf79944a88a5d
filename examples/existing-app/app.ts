/**
 * An existing CDK app of a platform team that already has its own stacks, into which the
 * constructs are imported: the vendor's role goes into the team's security stack, and the cost
 * report into its billing stack, where `grantRead` wires the role to read the reports.
 *
 *   cd examples/existing-app
 *   npx cdk deploy --all -c externalId=<id> -c vendorRoleArn=<arn>
 *
 * In your own app, import from 'cdk-account-onboarding' instead of '../../src'.
 */
import { App, Stack, StackProps, Tags, Validations } from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { CostExport, CostReport, ExternalId, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from '../../src';
import { requireContext } from '../require-context';

/** The team's security stack, which already holds other resources. */
export class SecurityStack extends Stack {
  public readonly vendorRole: ReadOnlyRole;

  constructor(scope: Construct, id: string, props: StackProps & { vendorRoleArn: string; externalId: string }) {
    super(scope, id, props);
    const alerts = new sns.Topic(this, 'SecurityAlerts', { enforceSSL: true });
    // The team's existing topic: its encryption is the team's own choice, not part of the onboarding.
    Validations.of(alerts).acknowledge(...['NIST.800.53.R5', 'PCI.DSS.321'].map((pack) => ({
      id: `${pack}-SNSEncryptedKMS`,
      reason: 'The example stands for a team\'s existing alert topic, whose encryption is the team\'s own choice; it carries no data of the vendor role.',
    })));
    this.vendorRole = new ReadOnlyRole(this, 'CostVendorRole', {
      trustedPrincipal: TrustedPrincipal.role(props.vendorRoleArn),
      externalId: ExternalId.of(props.externalId),
      profile: PermissionProfile.COST,
      roleName: 'CostVendorReadOnlyRole',
      tags: { owner: 'platform-team' },
    });
  }
}

/** The team's billing stack, in us-east-1 because the cost report resources exist there only. */
export class BillingStack extends Stack {
  public readonly costReport: CostReport;

  constructor(scope: Construct, id: string, props: StackProps & { readerRole: ReadOnlyRole }) {
    super(scope, id, props);
    this.costReport = new CostReport(this, 'CostReport', {
      exports: [CostExport.cur2({ name: 'platform-cur2' }), CostExport.focus({ name: 'platform-focus' })],
    });
    this.costReport.grantRead(props.readerRole);
  }
}

/** Builds the app; the tests call this with their own App. */
export function buildExistingApp(app: App): { security: SecurityStack; billing: BillingStack } {
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT ?? '333333333333', region: 'us-east-1' };
  const security = new SecurityStack(app, 'PlatformSecurity', {
    env,
    vendorRoleArn: requireContext(app, 'vendorRoleArn', 'arn:aws:iam::111122223333:role/vendor-reader'),
    externalId: requireContext(app, 'externalId', 'the-id-your-vendor-gave-you'),
  });
  const billing = new BillingStack(app, 'PlatformBilling', { env, readerRole: security.vendorRole });
  Tags.of(app).add('cost-center', 'platform');
  return { security, billing };
}

if (require.main === module) {
  const app = new App();
  buildExistingApp(app);
  app.synth();
}
