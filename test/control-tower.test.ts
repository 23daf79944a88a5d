/**
 * AWS Control Tower's proactive controls (the cfn-guard rules bundled with @cdklabs/cdk-validator-cfnguard)
 * over every template the project publishes and every example app. A control that fails must be in the
 * documented exception list (test/support/control-tower-exceptions.ts), and every entry of that list must
 * still fail somewhere, so the list and the README stay true.
 *
 * The templates are synthesized with CloudFormation's built-in validator off: it checks templates without
 * changing them, and the tests of the published template and the examples run it; here it would only add
 * its start-up time.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ControlFinding, ControlTowerRun, memberTemplatesOf, NamedTemplate, resourceLabels, runControlTower } from './support/control-tower';
import { CONTROL_TOWER_EXCEPTIONS } from './support/control-tower-exceptions';
import { hostedFile, publishExample } from './support/published';
import { roleProps } from './support/stacks';
import { withoutTemplateValidator } from './support/validator';
import { buildCustomerApp } from '../examples/customer-app/app';
import { buildExistingApp } from '../examples/existing-app/app';
import { buildHubAndSpokeApp } from '../examples/hub-and-spoke/app';
import { buildManagementApp } from '../examples/management-app/app';
import { CostExport } from '../src/cost-report/cost-export';
import { CostReportFormat, FocusVersion } from '../src/cost-report/cost-export-enums';
import { CostReport } from '../src/cost-report/cost-report';
import { ReadOnlyRole } from '../src/role/read-only-role';

const CONTEXT = {
  externalId: 'acme-customer-42',
  vendorRoleArn: 'arn:aws:iam::111122223333:role/acme-reader',
  organizationalUnitIds: 'ou-ab12-cd34ef56, ou-ab12-ef56gh78',
  hubAccountId: '222233334444',
  organizationId: 'o-a1b2c3d4e5',
  organizationRootId: 'r-ab12',
};

function named(name: string, stack: Stack): NamedTemplate {
  return { name, template: Template.fromStack(stack).toJSON(), labels: resourceLabels(stack) };
}

function isExcepted(finding: ControlFinding): boolean {
  return CONTROL_TOWER_EXCEPTIONS.some((exception) => exception.control === finding.control && exception.resource === finding.resource);
}

/** Findings as `<control> <resource> in <template>`, for readable failures. */
function shown(findings: ControlFinding[]): string[] {
  return findings.map((finding) => `${finding.control} ${finding.resource} in ${finding.template}`).sort();
}

describe('AWS Control Tower proactive controls', () => {
  let run: ControlTowerRun;
  /** The templates the project publishes and its example apps produce. */
  let shipped: string[];
  let publishedTemplate: any;

  withoutTemplateValidator();
  beforeAll(() => {
    run = runOverEveryTemplate();
  });

  function runOverEveryTemplate(): ControlTowerRun {
    // GIVEN the published template (as `publish` writes it) and its member template
    const { stack: published, publication } = publishExample();
    publishedTemplate = publication.template;
    const templates: NamedTemplate[] = [
      { name: 'published template', template: publication.template, labels: resourceLabels(published) },
      ...memberTemplatesOf('published template', publication.template, (url) => hostedFile(publication, url)),
    ];
    // AND every example app
    const customer = buildCustomerApp(new App({ context: CONTEXT }));
    const { security, billing } = buildExistingApp(new App({ context: CONTEXT }));
    const management = buildManagementApp(new App({ context: CONTEXT }));
    const { hub, spokes } = buildHubAndSpokeApp(new App({ context: CONTEXT }));
    for (const [name, stack] of [['customer-app', customer], ['existing-app security', security], ['existing-app billing', billing],
      ['management-app', management], ['hub-and-spoke hub', hub], ['hub-and-spoke spokes', spokes]] as const) {
      const template = named(name, stack);
      templates.push(template, ...memberTemplatesOf(name, template.template));
    }
    shipped = templates.map((t) => t.name);

    // AND a report bucket that logs to the organization's log bucket, and every export kind
    const logged = new Stack(new App(), 'Logged', { env: { account: '333333333333', region: 'us-east-1' } });
    new CostReport(logged, 'CostReport', { accessLogsBucket: s3.Bucket.fromBucketName(logged, 'OrgLogs', 'org-access-logs-333333333333') });
    const every = new Stack(new App(), 'EveryExport', { env: { account: '333333333333', region: 'us-east-1' } });
    const report = new CostReport(every, 'CostReport', {
      exports: [CostExport.cur2(), CostExport.focus({ version: FocusVersion.V1_2 }), CostExport.legacyCur({ format: CostReportFormat.CSV })],
    });
    report.grantRead(new ReadOnlyRole(every, 'VendorRole', roleProps()));
    // AND a canary that breaks controls on purpose, so that a run that checks nothing cannot pass
    const canary = new Stack(new App(), 'Canary');
    new s3.CfnBucket(canary, 'PlainBucket');
    new iam.CfnManagedPolicy(canary, 'ServiceWildcard', {
      policyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
    });
    templates.push(named('cost report with access logs', logged), named('cost report with every export kind', every), named('canary', canary));

    // WHEN
    return runControlTower(templates);
  }

  test('runs the S3 and IAM controls, and catches a template that breaks them', () => {
    const controls = run.controls.map((control) => control.id);
    expect(controls).toEqual(expect.arrayContaining(['CT.S3.PR.1', 'CT.S3.PR.2', 'CT.S3.PR.4', 'CT.S3.PR.8', 'CT.S3.PR.9', 'CT.S3.PR.10',
      'CT.IAM.PR.1', 'CT.IAM.PR.2', 'CT.IAM.PR.3', 'CT.IAM.PR.5']));
    const canary = shown(run.findings.filter((finding) => finding.template === 'canary'));
    expect(canary).toEqual(expect.arrayContaining([
      'CT.S3.PR.1 Canary/PlainBucket in canary', 'CT.S3.PR.11 Canary/PlainBucket in canary', 'CT.IAM.PR.3 Canary/ServiceWildcard in canary',
    ]));
  });

  test('every template the project ships passes every control but the documented exceptions', () => {
    const unexpected = run.findings.filter((finding) => shipped.includes(finding.template) && !isExcepted(finding));
    expect(shown(unexpected)).toEqual([]);
  });

  test('every report bucket variant passes every control but the documented exceptions', () => {
    const variants = ['cost report with access logs', 'cost report with every export kind'];
    expect(shown(run.findings.filter((finding) => variants.includes(finding.template) && !isExcepted(finding)))).toEqual([]);
  });

  test('every documented exception still fails in a shipped template, so the list stays honest', () => {
    const stale = CONTROL_TOWER_EXCEPTIONS.filter((exception) => !run.findings.some((finding) =>
      shipped.includes(finding.template) && finding.control === exception.control && finding.resource === exception.resource));
    expect(stale.map((exception) => `${exception.control} ${exception.resource}`)).toEqual([]);
  });

  test('a report bucket given accessLogsBucket passes the server access logging control (CT.S3.PR.2)', () => {
    const logged = run.findings.filter((finding) => finding.template === 'cost report with access logs');
    expect(shown(logged.filter((finding) => finding.control === 'CT.S3.PR.2'))).toEqual([]);
    // The exceptions that always apply still fail there: the check is not blind to the bucket.
    expect(shown(logged)).toEqual(['CT.S3.PR.10 CostReport/Bucket in cost report with access logs', 'CT.S3.PR.9 CostReport/Bucket in cost report with access logs']);
  });

  test('the report bucket sends its events to EventBridge (CT.S3.PR.4) without a custom resource', () => {
    const failing = run.findings.filter((finding) => finding.control === 'CT.S3.PR.4' && finding.resource === 'CostReport/Bucket');
    expect(shown(failing)).toEqual([]);
    expect(Object.values<any>(publishedTemplate.Resources).filter((resource) => /^Custom::|^AWS::Lambda::/.test(resource.Type))).toEqual([]);
  });
});
