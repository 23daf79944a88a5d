import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { deployedRole, simulateAssumeRole } from './support/simulator';
import { logicalIdOf, nagFindings } from './support/stacks';
import { buildCustomerApp } from '../examples/customer-app/app';

describe('examples/customer-app', () => {
  test('synthesizes a role the example vendor can assume with the external ID from context', async () => {
    const app = new App({ context: { externalId: 'acme-customer-42', vendorRoleArn: 'arn:aws:iam::111122223333:role/acme-reader' } });
    const stack = buildCustomerApp(app);
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', { RoleName: 'ExampleVendorReadOnlyRole' });
    const role = deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role'));
    expect(await simulateAssumeRole(role, 'arn:aws:iam::111122223333:role/acme-reader', 'acme-customer-42')).toBe('Allowed');
    expect(await simulateAssumeRole(role, 'arn:aws:iam::111122223333:role/acme-reader', 'example-external-id-0001')).toBe('ImplicitlyDenied');
  });

  test('passes cdk-nag AwsSolutions', () => {
    const app = new App();
    buildCustomerApp(app);
    expect(nagFindings(app)).toBe('');
  });
});
