import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildCustomerApp } from '../../examples/customer-app/app';
import { buildExistingApp } from '../../examples/existing-app/app';
import { buildHubAndSpokeApp } from '../../examples/hub-and-spoke/app';
import { buildManagementApp } from '../../examples/management-app/app';
import { deployedRole, simulateAssumeRole, simulateRoleAction } from '../support/simulator';
import { logicalIdOf, nagFindings } from '../support/stacks';

const VENDOR = 'arn:aws:iam::111122223333:role/acme-reader';
const CONTEXT = { externalId: 'acme-customer-42', vendorRoleArn: VENDOR };

describe('examples/customer-app', () => {
  test('deploys the role and a cost report the vendor can read, with the external ID from context', async () => {
    const stack = buildCustomerApp(new App({ context: CONTEXT }));
    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::IAM::Role', { RoleName: 'ExampleVendorReadOnlyRole' });
    template.hasResourceProperties('AWS::BCMDataExports::Export', { Export: { Name: 'example-vendor-cur2' } });
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(template.toJSON().Parameters ?? {}).toEqual({});
    const role = deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role'));
    expect(await simulateAssumeRole(role, VENDOR, 'acme-customer-42')).toBe('Allowed');
    expect(await simulateAssumeRole(role, VENDOR, 'example-external-id-0001')).toBe('ImplicitlyDenied');
  });

  test('refuses to deploy without the vendor and the external ID from context', () => {
    expect(() => buildCustomerApp(new App({ context: { vendorRoleArn: VENDOR } }))).toThrow(/context externalId is required: pass -c externalId=<value>/);
  });

  test('passes cdk-nag AwsSolutions', () => {
    const app = new App({ context: CONTEXT });
    buildCustomerApp(app);
    expect(nagFindings(app)).toBe('');
  });
});

describe('examples/existing-app', () => {
  test('adds the role and the cost report to the team\'s own stacks, wired across them', async () => {
    const app = new App({ context: CONTEXT });
    const { security, billing } = buildExistingApp(app);
    const securityTemplate = Template.fromStack(security);
    const billingTemplate = Template.fromStack(billing);
    securityTemplate.resourceCountIs('AWS::SNS::Topic', 1);
    securityTemplate.hasResourceProperties('AWS::IAM::Role', {
      RoleName: 'CostVendorReadOnlyRole',
      Tags: [{ Key: 'cost-center', Value: 'platform' }, { Key: 'owner', Value: 'platform-team' }],
    });
    billingTemplate.resourceCountIs('AWS::BCMDataExports::Export', 2);
    // The role and every grant live in the security stack; it imports the bucket of the billing stack.
    const role = deployedRole(securityTemplate.toJSON(), logicalIdOf(securityTemplate, 'AWS::IAM::Role'));
    expect(await simulateAssumeRole(role, VENDOR, 'acme-customer-42')).toBe('Allowed');
    expect(await simulateRoleAction(role, 'ce:GetCostAndUsage')).toBe('Allowed');
    expect(JSON.stringify(securityTemplate.toJSON())).toContain('DenyDataPlaneReads');
  });

  test('passes cdk-nag AwsSolutions', () => {
    const app = new App({ context: CONTEXT });
    buildExistingApp(app);
    expect(nagFindings(app)).toBe('');
  });
});

describe('every example app', () => {
  test('synthesizes templates that aws-cdk-lib\'s CloudFormation validator accepts', () => {
    // The validator runs on every synthesis of this file (see test/support/validator.ts); a finding fails it.
    const builds: [string, (app: App) => unknown, Record<string, string>][] = [
      ['customer-app', buildCustomerApp, CONTEXT],
      ['existing-app', buildExistingApp, CONTEXT],
      ['management-app', buildManagementApp, { ...CONTEXT, organizationalUnitIds: 'ou-ab12-cd34ef56' }],
      ['hub-and-spoke', buildHubAndSpokeApp, { hubAccountId: '222233334444', organizationId: 'o-a1b2c3d4e5', organizationRootId: 'r-ab12' }],
    ];
    for (const [name, build, context] of builds) {
      const app = new App({ context });
      build(app);
      const assembly = app.synth();
      expect({ name, stacks: assembly.stacks.length > 0 }).toEqual({ name, stacks: true });
      // `cdk deploy` without a bootstrap bucket passes the template as TemplateBody, at most 51,200 bytes.
      for (const stack of assembly.stacks) {
        const fits = JSON.stringify(stack.template).length <= 51200;
        expect({ name, stack: stack.stackName, fits }).toEqual({ name, stack: stack.stackName, fits: true });
      }
    }
  });
});
