/**
 * cdk-nag's NIST 800-53 rev 5 and PCI DSS 3.2.1 packs next to AwsSolutions, over the published stack, the
 * example apps and a stack of each construct. Every finding is acknowledged, with a reason, by the construct
 * that makes the choice, on the resource itself; the only exceptions are the findings waiting for a change
 * in a file outside this work (test/support/nag-pending.ts).
 *
 * The packs read the construct tree, not the template, so the apps are synthesized once (which runs the
 * constructs' deferred acknowledgements) with CloudFormation's built-in template validator off: the
 * templates themselves are validated by the tests that assert on them.
 */
import { App, CfnResource, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, NagPack, NIST80053R5Checks, PCIDSS321Checks } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { PENDING_NAG_FINDINGS } from './support/nag-pending';
import { exampleStack } from './support/published';
import { roleProps } from './support/stacks';
import { withoutTemplateValidator } from './support/validator';
import { buildCustomerApp } from '../examples/customer-app/app';
import { buildExistingApp } from '../examples/existing-app/app';
import { buildHubAndSpokeApp } from '../examples/hub-and-spoke/app';
import { buildManagementApp } from '../examples/management-app/app';
import { COMPLIANCE_PACKS } from '../src/core/nag-acknowledgements';
import { CostExport } from '../src/cost-report/cost-export';
import { CostReportFormat, FocusVersion } from '../src/cost-report/cost-export-enums';
import { CostReport } from '../src/cost-report/cost-report';
import { CallAs, MemberAccountsStackSet } from '../src/member-accounts/member-accounts-stack-set';
import { StackSetTarget } from '../src/member-accounts/stack-set-target';
import { PermissionProfile } from '../src/permissions/permission-profile';
import { ReadOnlyRole } from '../src/role/read-only-role';

const CONTEXT = {
  externalId: 'acme-customer-42',
  vendorRoleArn: 'arn:aws:iam::111122223333:role/acme-reader',
  organizationalUnitIds: 'ou-ab12-cd34ef56',
  hubAccountId: '222233334444',
  organizationId: 'o-a1b2c3d4e5',
  organizationRootId: 'r-ab12',
};
const ENV = { account: '333333333333', region: 'us-east-1' };

/** One unacknowledged finding: the finding ID and the construct path of the resource. */
interface Finding {
  readonly id: string;
  readonly path: string;
}

/** Every pack's unacknowledged findings over an app, errors and warnings alike. */
function findingsOf(app: App): Finding[] {
  const packs: NagPack[] = [new AwsSolutionsChecks(), new NIST80053R5Checks(), new PCIDSS321Checks()];
  return packs.flatMap((pack) => pack.validateScope(app).violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => ({ id: violation.ruleName, path: resource.constructPath! }))));
}

function isPending(finding: Finding): boolean {
  return PENDING_NAG_FINDINGS.some((pending) => pending.id === finding.id && pending.path === finding.path);
}

function shown(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.id} on ${finding.path}`).sort();
}

/** The stacks under test, each in an app of its own. */
function buildApps(): Record<string, App> {
  const apps: Record<string, App> = {};
  const app = (name: string, build: (scope: App) => void, context: Record<string, string> = {}) => {
    apps[name] = new App({ context });
    build(apps[name]);
  };
  app('published template', (scope) => exampleStack(scope));
  app('examples/customer-app', (scope) => buildCustomerApp(scope), CONTEXT);
  app('examples/existing-app', (scope) => buildExistingApp(scope), CONTEXT);
  app('examples/management-app', (scope) => buildManagementApp(scope), CONTEXT);
  app('examples/hub-and-spoke', (scope) => buildHubAndSpokeApp(scope), CONTEXT);
  app('ReadOnlyRole', (scope) => {
    const stack = new Stack(scope, 'Role', { env: ENV });
    new ReadOnlyRole(stack, 'CostRole', roleProps());
    new ReadOnlyRole(stack, 'AuditRole', roleProps({
      profile: PermissionProfile.SECURITY_AUDIT,
      roleName: 'AuditReadOnly',
      path: '/vendor/',
      additionalGrants: [{ actions: ['ecs:List*', 'ecs:Describe*'], reason: 'Inventories ECS.' }],
      writeActions: [{ actions: ['ce:CreateAnomalyMonitor'], reason: 'Creates a cost anomaly monitor.' }],
      readableData: [{ actions: ['s3:GetObject'], resources: ['arn:aws:s3:::shared-exports/inventory/*'], reason: 'Reads the inventory exports.' }],
    }));
  });
  app('CostReport', (scope) => {
    const stack = new Stack(scope, 'Billing', { env: ENV });
    const report = new CostReport(stack, 'CostReport', {
      exports: [CostExport.cur2(), CostExport.focus({ version: FocusVersion.V1_2 }), CostExport.legacyCur({ format: CostReportFormat.CSV })],
    });
    report.grantRead(new ReadOnlyRole(stack, 'VendorRole', roleProps()));
    new CostReport(stack, 'LoggedReport', {
      exports: [CostExport.cur2({ name: 'logged-cur2' })],
      accessLogsBucket: s3.Bucket.fromBucketName(stack, 'OrgLogs', 'org-access-logs-333333333333'),
    });
  });
  app('MemberAccountsStackSet', (scope) => {
    const stack = new Stack(scope, 'Management', { env: ENV });
    const role = new ReadOnlyRole(stack, 'VendorRole', roleProps());
    new MemberAccountsStackSet(stack, 'ToRoot', {
      role, target: StackSetTarget.organizationRoot('r-ab12', { excludeAccounts: ['333333333333'] }), callAs: CallAs.DELEGATED_ADMIN,
    });
  });
  return apps;
}

/** Acknowledgements of the compliance packs: where each sits, and its reason. */
function complianceAcknowledgements(scope: IConstruct): { path: string; id: string; reason: string; on: IConstruct }[] {
  return scope.node.findAll().flatMap((construct) => construct.node.metadata
    .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .flatMap((entry) => Object.entries<string>(entry.data))
    .map(([key, reason]) => ({ path: construct.node.path, id: key.replace(/^annotation::/i, ''), reason, on: construct }))
    .filter(({ id }) => COMPLIANCE_PACKS.some((pack) => id.startsWith(`${pack}-`))));
}

describe('cdk-nag NIST 800-53 rev 5, PCI DSS 3.2.1 and AwsSolutions', () => {
  let apps: Record<string, App>;
  let findings: Record<string, Finding[]>;
  withoutTemplateValidator();
  beforeAll(() => {
    apps = buildApps();
    for (const app of Object.values(apps)) {
      app.synth();
    }
    findings = Object.fromEntries(Object.entries(apps).map(([name, app]) => [name, findingsOf(app)]));
  });

  test.each(['published template', 'examples/customer-app', 'examples/existing-app', 'examples/management-app', 'examples/hub-and-spoke',
    'ReadOnlyRole', 'CostReport', 'MemberAccountsStackSet'])('%s has no unacknowledged finding', (name) => {
    expect(shown(findings[name].filter((finding) => !isPending(finding)))).toEqual([]);
  });

  test('every pending finding still fires, so the pending list empties as the changes land', () => {
    const all = Object.values(findings).flat();
    const stale = PENDING_NAG_FINDINGS.filter((pending) => !all.some((finding) => finding.id === pending.id && finding.path === pending.path));
    expect(stale.map((pending) => `${pending.id} on ${pending.path}: applied in ${pending.file}? then delete the entry`)).toEqual([]);
  });

  test('compliance acknowledgements sit on the resource that makes the choice, each with a reason', () => {
    const acknowledgements = Object.values(apps).flatMap(complianceAcknowledgements);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { path, id, reason, on } of acknowledgements) {
      // Not on an app, a stage or a stack, where it would silence the rule for everything below.
      expect([path, id, Stack.isStack(on) || Stage.isStage(on)]).toEqual([path, id, false]);
      expect([path, id, on.node.findAll().some((child) => CfnResource.isCfnResource(child))]).toEqual([path, id, true]);
      expect([path, id, reason.length > 80]).toEqual([path, id, true]);
    }
  });

  test('the report bucket acknowledges missing access logs only when it has none', () => {
    const logged = complianceAcknowledgements(apps.CostReport).filter(({ path }) => path.startsWith('Billing/LoggedReport/'));
    expect(logged.map(({ id }) => id).sort()).toEqual([
      'NIST.800.53.R5-S3BucketReplicationEnabled', 'NIST.800.53.R5-S3DefaultEncryptionKMS',
      'PCI.DSS.321-S3BucketReplicationEnabled', 'PCI.DSS.321-S3DefaultEncryptionKMS',
    ]);
    expect(findings.CostReport.filter((finding) => finding.path.startsWith('Billing/LoggedReport/'))).toEqual([]);
  });
});
