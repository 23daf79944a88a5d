import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { withAwsEnvironment } from './support/aws-environment';
import { runCli } from './support/run-cli';

/**
 * A malformed identifier on the command line is a usage error (exit code 2), reported before the
 * command reads a file or opens an AWS session: in an environment without credentials, a command that
 * looked for them first would exit 1 asking for them. No test here reaches the network.
 */
const clients = [mockClient(IAMClient), mockClient(STSClient), mockClient(OrganizationsClient), mockClient(CloudFormationClient)];
beforeEach(() => clients.forEach((stub: AwsClientStub<any>) => stub.reset()));

const OU_FORMS = "an OU ID: 'ou-', 4 to 32 lowercase letters or digits, '-', 8 to 32 lowercase letters or digits (^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$) "
  + "or an organization root ID: 'r-' and 4 to 32 lowercase letters or digits (^r-[0-9a-z]{4,32}$)";

describe('a malformed argument', () => {
  test.each<[string, string[], Record<string, string>, string]>([
    ['verify --role-name', ['verify', '--role-name', 'bad name'], {}, "--role-name must be [\\w+=,.@-]{1,64}, got 'bad name'"],
    ['doctor --ou', ['doctor', '--ou', 'ou-AB', '--region', 'eu-west-1'], {}, `--ou must be ${OU_FORMS}, got 'ou-AB'`],
    ['doctor --ou without a Region', ['doctor', '--ou', 'ou-ab12-cd34ef56,ou-AB'], {}, `--ou must be ${OU_FORMS}, got 'ou-AB'`],
    ['doctor --region, with a profile that does not exist', ['doctor', '--ou', 'r-ab12', '--region', 'eu-wst-1'], { AWS_PROFILE: 'no-such-profile' },
      "--region must be a known Region of partition aws, got 'eu-wst-1' (did you mean 'eu-west-1'?); for a Region newer than this release, "
      + 'set CDK_ACCOUNT_ONBOARDING_ADDITIONAL_REGIONS=eu-wst-1'],
    ['check-connection --role-arn', ['check-connection', '--role-arn', 'arn:aws:iam::1:role/r', '--external-id', 'example-external-id-0001'], {},
      "--role-arn must be arn:<partition>:iam::<12-digit account>:role/<optional path/><name>, got 'arn:aws:iam::1:role/r'"],
    ['check-connection --stack-set-name', ['check-connection', '--organization', '--role-arn', 'arn:aws:iam::444455556666:role/r',
      '--external-id', 'example-external-id-0001', '--stack-set-name', '1-stack-set'], {},
    "--stack-set-name must be a letter followed by letters, digits and hyphens, at most 128 characters ([a-zA-Z][-a-zA-Z0-9]*), got '1-stack-set'"],
    ['profiles --role-name', ['profiles', '--from-organizations', '--region', 'eu-west-1', '--role-name', 'bad name', '--config', '/dev/null/never-written'], {},
      "profiles: --role-name must be [\\w+=,.@-]{1,64}, got 'bad name'"],
    ['backfill-request --from, before the template is read', ['backfill-request', '--template', '/nonexistent/template.json', '--from', '2026-13', '--to', '2026-10'], {},
      "--from must be a billing period YYYY-MM such as 2026-01, got '2026-13'"],
  ])('%s exits 2 with one line naming the option, the value and the accepted form, before any AWS call', async (_case, args, variables, message) => {
    // GIVEN an environment without credentials or a Region (and, where given, a profile that does not exist)
    // WHEN the command runs with a malformed identifier
    const { code, out, err } = await withAwsEnvironment(variables, () => runCli(args, { now: new Date('2026-11-25T12:00:00Z') }));
    // THEN the identifier is refused as a usage error, and no client was called
    expect({ code, out, err }).toEqual({ code: 2, out: '', err: `cdk-account-onboarding: ${message}` });
    expect(clients.map((stub) => stub.calls().length)).toEqual([0, 0, 0, 0]);
  });
});
