import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { VENDOR_ROLE_ARN } from './simulator';
import { ExternalId, PermissionProfile, ReadOnlyRole, ReadOnlyRoleProps, TrustedPrincipal } from '../../src';

export const EXTERNAL_ID = 'customer-7f3a9c2e-external-id';

/** Props of a typical vendor role; tests override what they examine. */
export function roleProps(overrides: Partial<ReadOnlyRoleProps> = {}): ReadOnlyRoleProps {
  return {
    trustedPrincipal: TrustedPrincipal.role(VENDOR_ROLE_ARN),
    externalId: ExternalId.of(EXTERNAL_ID),
    profile: PermissionProfile.COST,
    ...overrides,
  };
}

/** A stack in the customer's account with one ReadOnlyRole. */
export function stackWithRole(overrides: Partial<ReadOnlyRoleProps> = {}): { stack: Stack; role: ReadOnlyRole } {
  const app = new App();
  const stack = new Stack(app, 'Customer', { env: { account: '333333333333', region: 'us-east-1' } });
  const role = new ReadOnlyRole(stack, 'VendorRole', roleProps(overrides));
  return { stack, role };
}

/** The logical ID of the only resource of a type, or of the one whose ID starts with a prefix. */
export function logicalIdOf(template: Template, type: string, prefix = ''): string {
  const ids = Object.keys(template.findResources(type)).filter((id) => id.startsWith(prefix));
  if (ids.length !== 1) {
    throw new Error(`expected one ${type} starting with '${prefix}', found ${ids.join(', ') || 'none'}`);
  }
  return ids[0];
}

/**
 * Synthesizes the app with the cdk-nag AwsSolutions pack and returns its findings: the error
 * message of a failed synthesis, or '' when every finding is acknowledged.
 */
export function nagFindings(app: App): string {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  try {
    app.synth();
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}
