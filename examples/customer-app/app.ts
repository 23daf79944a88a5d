/**
 * A customer's CDK app: connects this account to a vendor with `cdk deploy`, with the vendor's
 * read-only role and a Cost and Usage Report the vendor may read. No `cdk bootstrap` is needed.
 *
 *   cd examples/customer-app
 *   npx cdk deploy -c externalId=<the ID the vendor gave you> -c vendorRoleArn=<the vendor's role ARN>
 *
 * Deploy in us-east-1: AWS offers the cost report resources there only.
 * In your own app, import from 'cdk-account-onboarding' instead of '../../src'.
 */
import { App } from 'aws-cdk-lib';
import { CostExport, ExternalId, OnboardingStack, PermissionProfile, TrustedPrincipal } from '../../src';
import { requireContext } from '../require-context';

/** Builds the app; the tests call this with their own App. */
export function buildCustomerApp(app: App): OnboardingStack {
  return new OnboardingStack(app, 'VendorOnboarding', {
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: 'us-east-1' },
    vendorName: 'Example Vendor',
    trustedPrincipal: TrustedPrincipal.role(requireContext(app, 'vendorRoleArn', 'arn:aws:iam::111122223333:role/vendor-reader')),
    externalId: ExternalId.of(requireContext(app, 'externalId', 'the-id-your-vendor-gave-you')),
    profile: PermissionProfile.COST,
    roleName: 'ExampleVendorReadOnlyRole',
    costReport: { exports: [CostExport.cur2({ name: 'example-vendor-cur2' })] },
  });
}

if (require.main === module) {
  const app = new App();
  buildCustomerApp(app);
  app.synth();
}
