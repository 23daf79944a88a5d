import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ActionClass, ActionClassification, PermissionProfile, ReadOnlyRole } from '../../src';
import { DeployedRole, deployedRole, sampleResourceFor, simulateRoleAction } from '../support/simulator';
import { logicalIdOf, roleProps } from '../support/stacks';
import { withoutTemplateValidator } from '../support/validator';

withoutTemplateValidator();

/**
 * Reads that return the very data another rule denies (the security review of the classification against
 * AWS's service models): each with the read that is denied for the same data, and the class both are in.
 */
const SAME_DATA: [action: string, sameDataAs: string, actionClass: ActionClass][] = [
  // #{command}, #{*password} on any object QueryObjects lists: the pipeline's definition.
  ['datapipeline:EvaluateExpression', 'datapipeline:DescribeObjects', ActionClass.CODE],
  // The document Parameters map: AWS-RunShellScript's commands.
  ['ssm:DescribeAssociation', 'ssm:ListCommands', ActionClass.CODE],
  ['ssm:ListAssociationVersions', 'ssm:ListCommands', ActionClass.CODE],
  ['ssm:DescribeMaintenanceWindowTasks', 'ssm:ListCommands', ActionClass.CODE],
  ['ssm:DescribeMaintenanceWindowExecutionTaskInvocations', 'ssm:ListCommands', ActionClass.CODE],
  // Management-event records: log events with callers' names and IP addresses.
  ['cloudtrail:LookupEvents', 'logs:GetLogEvents', ActionClass.CONTENT],
  // Collected inventory: registry values and Custom:* items.
  ['ssm:ListInventoryEntries', 'ssm:GetCommandInvocation', ActionClass.CONTENT],
  // Inline Lambda code (Code.ZipFile) in a template.
  ['cloudformation:GetTemplate', 'lambda:GetFunction', ActionClass.CODE],
  ['cloudformation:DescribeStackSet', 'cloudformation:GetTemplate', ActionClass.CODE],
  // Shell commands of a build step, an inline buildspec.
  ['codepipeline:GetPipeline', 'ssm:ListCommands', ActionClass.CODE],
  ['codebuild:BatchGetProjects', 'amplify:GetApp', ActionClass.CODE],
  ['codebuild:BatchGetBuilds', 'codebuild:BatchGetProjects', ActionClass.CODE],
  // Logs Insights queries in a dashboard's log widgets.
  ['cloudwatch:GetDashboard', 'logs:DescribeQueryDefinitions', ActionClass.CODE],
  // A log alarm's Logs Insights query (ScheduledQueryConfiguration.QueryString), and the alarm as updated in its history.
  ['cloudwatch:DescribeAlarms', 'logs:DescribeQueryDefinitions', ActionClass.CODE],
  ['cloudwatch:DescribeAlarmHistory', 'cloudwatch:DescribeAlarms', ActionClass.CODE],
  // A resource as the template declares it: inline Lambda code, cfn-init commands (Metadata), drifted property values.
  ['cloudformation:DescribeStackEvents', 'cloudformation:GetTemplate', ActionClass.CODE],
  ['cloudformation:DescribeStackResource', 'cloudformation:GetTemplate', ActionClass.CODE],
  ['cloudformation:DescribeStackResourceDrifts', 'cloudformation:GetTemplate', ActionClass.CODE],
  ['cloudformation:ListStackInstanceResourceDrifts', 'cloudformation:DescribeStackResourceDrifts', ActionClass.CODE],
];

/** The decision on one action for a resource of its type, or on `*` where the catalog's ARN format is ambiguous. */
async function decide(role: DeployedRole, action: string) {
  try {
    return await simulateRoleAction(role, action, await sampleResourceFor(action));
  } catch {
    return simulateRoleAction(role, action, '*');
  }
}

function deploy(profile: PermissionProfile): DeployedRole {
  const stack = new Stack(new App(), 'Customer', { env: { account: '333333333333', region: 'us-east-1' } });
  new ReadOnlyRole(stack, 'VendorRole', roleProps({ profile }));
  const template = Template.fromStack(stack);
  return deployedRole(template.toJSON(), logicalIdOf(template, 'AWS::IAM::Role'));
}

describe('the same data gets the same class', () => {
  test.each(SAME_DATA)('%s is in the class of %s', (action, sameDataAs, actionClass) => {
    // GIVEN a read that returns the data another read is denied for
    // WHEN both are classified
    const classes = [action, sameDataAs].map((name) => ActionClassification.classifyAction(name).actionClass);
    // THEN both are in the same denied class (the exceptions, in personal data or credentials, are stricter)
    expect({ action, classes }).toEqual({ action, classes: [actionClass, expect.stringMatching(`^(${actionClass}|credentials|personal-data)$`)] });
  });

  describe.each(PermissionProfile.all().map((profile) => [profile.name, profile]))('the %s profile, evaluated by the IAM simulator', (_name, profile) => {
    let role: DeployedRole;
    beforeAll(() => { role = deploy(profile); });

    test('explicitly denies every one of them, by default settings (SECURITY_AUDIT allows secret-bearing configuration)', async () => {
      const decisions: Record<string, string> = {};
      for (const [action] of SAME_DATA) {
        decisions[action] = await decide(role, action);
      }
      expect(decisions).toEqual(Object.fromEntries(SAME_DATA.map(([action]) => [action, 'ExplicitlyDenied'])));
    });
  });
});
