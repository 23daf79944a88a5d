/**
 * A customer's CDK app: connects this account to a vendor with `cdk deploy`.
 *
 *   cd examples/customer-app
 *   npx cdk deploy -c externalId=<the ID the vendor gave you> -c vendorRoleArn=<the vendor's role ARN>
 *
 * In your own app, import from 'cdk-account-onboarding' instead of '../../src'.
 */
import { App, Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ExternalId, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from '../../src';

export interface CustomerStackProps extends StackProps {
  /** The vendor role that may assume the read-only role. */
  readonly vendorRoleArn: string;
  /** The external ID the vendor issued to this customer. */
  readonly externalId: string;
}

export class CustomerStack extends Stack {
  public readonly readOnlyRole: ReadOnlyRole;

  constructor(scope: Construct, id: string, props: CustomerStackProps) {
    super(scope, id, props);
    this.readOnlyRole = new ReadOnlyRole(this, 'VendorReadOnlyRole', {
      trustedPrincipal: TrustedPrincipal.role(props.vendorRoleArn),
      externalId: ExternalId.of(props.externalId),
      profile: PermissionProfile.COST,
      roleName: 'ExampleVendorReadOnlyRole',
    });
  }
}

/** Builds the app; the tests call this with their own App. */
export function buildCustomerApp(app: App): CustomerStack {
  return new CustomerStack(app, 'VendorOnboarding', {
    vendorRoleArn: app.node.tryGetContext('vendorRoleArn') ?? 'arn:aws:iam::111122223333:role/example-vendor-reader',
    externalId: app.node.tryGetContext('externalId') ?? 'example-external-id-0001',
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION ?? 'us-east-1' },
  });
}

if (require.main === module) {
  const app = new App();
  buildCustomerApp(app);
  app.synth();
}
