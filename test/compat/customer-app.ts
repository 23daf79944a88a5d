/**
 * A customer's CDK app that uses the vendor role as aws-cdk-lib's own types: as an `iam.IRole`, an
 * `iam.IGrantable` and an `iam.IPrincipal`, with its grants as `iam.Grant`. `npx projen test:compat`
 * type-checks it against the installed construct package with the lowest aws-cdk-lib the package
 * accepts and with the newest release: a member that a newer `iam.IRole` gains and `ReadOnlyRole` lacks
 * fails it there, before a customer meets it.
 */
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { CostReport, ExternalId, IReadOnlyRole, PermissionProfile, ReadOnlyRole, TrustedPrincipal } from 'cdk-account-onboarding';

const app = new App();
const stack = new Stack(app, 'CustomerOnboarding', { env: { region: 'us-east-1' } });

const vendorRole = new ReadOnlyRole(stack, 'VendorReadOnlyRole', {
  trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/vendor-reader'),
  externalId: ExternalId.of('customer-external-id-0001'),
  profile: PermissionProfile.COST,
});

// The role wherever aws-cdk-lib takes a role, a grantable or a principal.
const role: iam.IRole = vendorRole;
const readOnly: IReadOnlyRole = vendorRole;
const grantable: iam.IGrantable = vendorRole;
const principal: iam.IPrincipal = vendorRole.grantPrincipal;

// Its grants, and grants of aws-cdk-lib's resources to it, are iam.Grant.
const grants: iam.Grant[] = [
  role.grantAssumeRole(new iam.AccountPrincipal('111122223333')),
  role.grantPassRole(new iam.ServicePrincipal('lambda.amazonaws.com')),
  role.grant(new iam.AccountRootPrincipal(), 'iam:GetRole'),
  new s3.Bucket(stack, 'Shared').grantRead(grantable),
  new CostReport(stack, 'CostReport').grantRead(readOnly),
];

// And the role as a Role's props take it.
new iam.Policy(stack, 'ExtraPolicy', {
  roles: [role],
  statements: [new iam.PolicyStatement({ actions: ['ce:GetCostAndUsage'], resources: ['*'] })],
});

export { grants, principal, role };
