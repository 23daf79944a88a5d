import * as path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ActionClass, ActionClassification, ExternalId, PermissionProfile, ReadOnlyRole, DeniedReadFeatures, TrustedPrincipal } from '../../src';
import { OnboardingPublication } from '../../src/publication/onboarding-publication';
import { EXAMPLE_CONFIG, fileOf, publishConfig } from '../support/published';
import { deployedRole, simulateRoleAction } from '../support/simulator';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

const SECURITY_AUDIT_CONFIG = path.join(path.dirname(EXAMPLE_CONFIG), 'variants', 'security-audit.json');

function roleStack(optInFeatures: ReturnType<typeof DeniedReadFeatures.all>) {
  const stack = new Stack(new App(), 'Scanner');
  new ReadOnlyRole(stack, 'ReadOnlyRole', {
    trustedPrincipal: TrustedPrincipal.role('arn:aws:iam::111122223333:role/scanner'),
    externalId: ExternalId.of('customer-1234'),
    profile: PermissionProfile.SECURITY_AUDIT,
    optInFeatures,
  });
  return Template.fromStack(stack).toJSON();
}

describe('scanner features: denied reads a scanner needs, allowed knowingly', () => {
  test('each names the class its actions are in, and every action is in it', () => {
    const classification = new ActionClassification();
    for (const feature of DeniedReadFeatures.all()) {
      expect(feature.deniedClass).toBeDefined();
      expect(feature.enabled).toBeUndefined();
      for (const action of feature.actions) {
        expect({ action, actionClass: classification.classify(action).actionClass }).toEqual({ action, actionClass: feature.deniedClass });
      }
    }
    expect(() => DeniedReadFeatures.named('Everything')).toThrow(/^denied-read feature must be one of AccountContacts, BudgetsAndAlertRecipients, .*, got 'Everything'$/);
  });

  describe('in the published template (the security-audit variant asks for AccountContacts)', () => {
    let publication: OnboardingPublication;
    let template: any;
    let roleId: string;
    beforeAll(() => {
      publication = publishConfig(SECURITY_AUDIT_CONFIG);
      template = publication.template;
      roleId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::IAM::Role')!;
    });
    const deployment = (enabled: string) => ({
      accountId: '333333333333',
      region: 'us-east-1',
      parameters: { ExternalId: 'customer-1234', AllowedRegions: '', AccountLabel: '', OrganizationalUnitIds: '', EnableAccountContacts: enabled },
    });

    test('is a switch, off by default; the guardrail denies its reads while off, in a statement of its own', () => {
      expect(template.Parameters.EnableAccountContacts).toMatchObject({ Default: 'false', AllowedValues: ['true', 'false'] });
      const guardrail = JSON.stringify(Object.values<any>(template.Resources).filter((resource) => resource.Type === 'AWS::IAM::ManagedPolicy'));
      expect(guardrail).toContain('"Sid":"DenyUnlessOptInAccountContacts"');
    });

    test('the simulator: denied while off, allowed when switched on, and nothing else of its class', async () => {
      for (const action of ['account:GetContactInformation', 'account:GetAlternateContact']) {
        expect(await simulateRoleAction(deployedRole(template, roleId, deployment('false')), action)).toBe('ExplicitlyDenied');
        expect(await simulateRoleAction(deployedRole(template, roleId, deployment('true')), action)).toBe('Allowed');
      }
      // Other personal data stays denied with the feature on.
      expect(await simulateRoleAction(deployedRole(template, roleId, deployment('true')), 'sns:ListSubscriptionsByTopic')).toBe('ExplicitlyDenied');
    });

    test('PERMISSIONS.md, the manual path and Terraform carry it', () => {
      expect(fileOf(publication, 'PERMISSIONS.md')).toContain('### Optional feature: AccountContacts');
      expect(fileOf(publication, 'PERMISSIONS.md')).toMatch(/AccountContacts[\s\S]*personal-data/);
      const guardrailFiles = publication.files.filter((file) => /^manual\/data-access-guardrail\d*-policy\.json$/.test(file.path)).map((file) => file.content).join('\n');
      // The manual path is the default (off): its guardrail keeps denying the reads.
      expect(guardrailFiles).toContain('DenyUnlessOptInAccountContacts');
      const terraform = fileOf(publication, 'terraform/main.tf.json');
      expect(terraform).toContain('DenyUnlessOptInAccountContacts');
      expect(terraform).toContain('enable_account_contacts');
    });
  });

  test('switched on by a literal, the guardrail has no such statement and the reads are allowed', async () => {
    const template = roleStack([DeniedReadFeatures.accountContacts('true')]);
    expect(JSON.stringify(template)).not.toContain('DenyUnlessOptIn');
    const roleId = Object.keys(template.Resources).find((id) => template.Resources[id].Type === 'AWS::IAM::Role')!;
    expect(await simulateRoleAction(deployedRole(template, roleId), 'account:GetContactInformation')).toBe('Allowed');
    // Left off, nothing changes: the shared guardrail denies them.
    const off = roleStack([DeniedReadFeatures.accountContacts()]);
    const offRole = Object.keys(off.Resources).find((id) => off.Resources[id].Type === 'AWS::IAM::Role')!;
    expect(await simulateRoleAction(deployedRole(off, offRole), 'account:GetContactInformation')).toBe('ExplicitlyDenied');
  });

  test('fails when a feature names a class its actions are not in, or a class the guardrail does not deny', () => {
    const feature = { name: 'Logs', reason: 'Reads log events for a check.', actions: ['logs:FilterLogEvents', 'account:GetContactInformation'], deniedClass: ActionClass.CONTENT, enabled: 'true' };
    expect(() => roleStack([feature])).toThrow("optInFeatures[0].actions must be in its deniedClass 'content' or in metadata, got account:GetContactInformation (personal-data)");
    expect(() => roleStack([{ ...feature, actions: ['logs:FilterLogEvents'], deniedClass: ActionClass.METADATA }]))
      .toThrow("optInFeatures[0].deniedClass must be a class the guardrail denies (content, credentials, code, personal-data, secret-bearing-configuration), got 'metadata'");
  });
});
