import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildManagementApp } from '../../examples/management-app/app';
import { nagFindings } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

// The templates are validated where they are shipped (see test/support/validator.ts).
withoutTemplateValidator();

describe('examples/management-app', () => {
  test('refuses to deploy without the vendor, the external ID and the OUs', () => {
    expect(() => buildManagementApp(new App())).toThrow(/context vendorRoleArn is required: pass -c vendorRoleArn=<value>/);
  });

  let template: any;

  beforeAll(() => {
    const app = new App({
      context: {
        externalId: 'acme-customer-42',
        vendorRoleArn: 'arn:aws:iam::111122223333:role/acme-reader',
        organizationalUnitIds: 'ou-ab12-cd34ef56, ou-ab12-ef56gh78',
        excludeAccounts: '444455556666',
      },
    });
    template = Template.fromStack(buildManagementApp(app)).toJSON();
  });

  test('deploys the role in the management account and the StackSet to the OUs from context', () => {
    const resources = Object.values<any>(template.Resources);
    const roles = resources.filter((resource) => resource.Type === 'AWS::IAM::Role');
    expect(roles.map((role) => role.Properties.RoleName)).toEqual(['ExampleVendorReadOnlyRole']);
    const stackSets = resources.filter((resource) => resource.Type === 'AWS::CloudFormation::StackSet');
    expect(stackSets).toHaveLength(1);
    expect(stackSets[0].Properties).toMatchObject({
      PermissionModel: 'SERVICE_MANAGED',
      CallAs: 'SELF',
      StackInstancesGroup: [{
        DeploymentTargets: { OrganizationalUnitIds: ['ou-ab12-cd34ef56', 'ou-ab12-ef56gh78'], AccountFilterType: 'DIFFERENCE', Accounts: ['444455556666'] },
        Regions: ['us-east-1'],
      }],
    });
    const memberRole = Object.values<any>(JSON.parse(stackSets[0].Properties.TemplateBody).Resources)
      .find((resource) => resource.Type === 'AWS::IAM::Role');
    expect(memberRole.Properties.RoleName).toBe('ExampleVendorReadOnlyRole');
    expect(memberRole.Properties.AssumeRolePolicyDocument).toEqual(roles[0].Properties.AssumeRolePolicyDocument);
  });

  test('needs no bootstrap: no bootstrap version check, and a template CloudFormation takes without an upload', () => {
    expect(template.Parameters?.BootstrapVersion).toBeUndefined();
    expect(template.Rules).toBeUndefined();
    expect(Buffer.byteLength(JSON.stringify(template))).toBeLessThanOrEqual(51200);
  });

  test('passes cdk-nag AwsSolutions', () => {
    const app = new App({ context: { externalId: 'acme-customer-42', vendorRoleArn: 'arn:aws:iam::111122223333:role/acme-reader', organizationalUnitIds: 'ou-ab12-cd34ef56' } });
    buildManagementApp(app);
    expect(nagFindings(app)).toBe('');
  });
});
