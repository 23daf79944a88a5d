/**
 * A customer's organization behind aws-sdk-client-mock: the vendor's STS answers AssumeRole per
 * account as AWS would for each failure (no role, another external ID, throttling), and each
 * account's assumed-role clients answer as its role and its organization's policies would. The
 * tests of check-connection --organization and the benchmark share it.
 */
import { CloudFormationClient, GetTemplateCommand, ListStackInstancesCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetAccountSummaryCommand, IAMClient, ListRolesCommand } from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand, ListAccountsCommand, ListParentsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import { CliClients, TemporaryCredentials } from '../../src/core/cli-io';

/** How an account answers. */
export type AccountBehaviour =
  | 'connected' | 'missing-role' | 'wrong-external-id' | 'scp-denies-reads' | 'rcp-denies-assume-role'
  | 'throttled-once' | 'always-throttled' | 'old-guardrail' | 'region-scope' | 'reads-missing';

export interface MockAccount {
  readonly id: string;
  readonly name: string;
  /** @default 'ACTIVE' */
  readonly state?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  /** The OU or root the account is in. */
  readonly parent: string;
  readonly behaviour: AccountBehaviour;
}

export const VENDOR_PRINCIPAL = 'arn:aws:sts::111111111111:assumed-role/Collector/app';
export const ROLE_NAME = 'ExampleCloudCostsReadOnlyRole';
export const EXTERNAL_ID = 'vendor-tenant-42';

/** The mocked SDK clients, what they were called with, and the clients to give the command line. */
export interface MockedOrganization {
  readonly clients: CliClients;
  readonly sts: AwsClientStub<STSClient>;
  readonly cloudFormation: AwsClientStub<CloudFormationClient>;
  readonly organizations: AwsClientStub<OrganizationsClient>;
  /** The most AssumeRole calls that were in flight at once. */
  readonly maxInFlight: () => number;
  restore(): void;
}

function awsError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name, $metadata: {} });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

type Service = 'sts' | 'iam' | 'cloudFormation' | 'organizations';
type Fake = (input: any, client: object) => Promise<unknown>;

/** How the organization answers each command, by the client that sends it. */
interface OrganizationFakes {
  readonly fakes: ReadonlyArray<readonly [Service, abstract new (...args: any[]) => object, Fake]>;
  readonly withCredentials: (credentials: TemporaryCredentials) => CliClients;
  readonly maxInFlight: () => number;
}

function organizationFakes(
  accounts: readonly MockAccount[], management: string, latencyMs: number, prepare: (client: object) => void,
): OrganizationFakes {
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const fakes: [Service, abstract new (...args: any[]) => object, Fake][] = [];
  const define = (service: Service, command: abstract new (...args: any[]) => object, fake: Fake) => fakes.push([service, command, fake]);
  // The account of each client made with an assumed role's credentials.
  const accountOf = new WeakMap<object, string>();
  const throttled = new Set<string>();
  let inFlight = 0;
  let maxInFlight = 0;

  const member = (client: object): MockAccount => byId.get(accountOf.get(client)!)!;
  const roleArn = (id: string) => `arn:aws:iam::${id}:role/${ROLE_NAME}`;
  const sessionArn = (id: string) => `arn:aws:sts::${id}:assumed-role/${ROLE_NAME}/cdk-account-onboarding-check-connection`;

  define('sts', AssumeRoleCommand, async (input, client) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await sleep(latencyMs);
      if (accountOf.has(client)) {
        throw awsError('AccessDenied', 'role chaining is not what the vendor does');
      }
      const id = String(input.RoleArn).split(':')[4];
      const account = byId.get(id);
      const refused = awsError('AccessDenied', `User: ${VENDOR_PRINCIPAL} is not authorized to perform: sts:AssumeRole on resource: ${input.RoleArn}`);
      if (!account || input.RoleArn !== roleArn(id)) throw refused;
      if (account.state && account.state !== 'ACTIVE') throw refused;
      if (account.behaviour === 'missing-role') throw refused;
      if (account.behaviour === 'wrong-external-id' && input.ExternalId === EXTERNAL_ID) throw refused;
      if (input.ExternalId !== EXTERNAL_ID && account.behaviour !== 'wrong-external-id') throw refused;
      if (account.behaviour === 'rcp-denies-assume-role') {
        throw awsError('AccessDenied', `User: ${VENDOR_PRINCIPAL} is not authorized to perform: sts:AssumeRole on resource: ${input.RoleArn} `
          + 'with an explicit deny in a resource control policy');
      }
      if (account.behaviour === 'always-throttled') {
        throw awsError('Throttling', 'Rate exceeded');
      }
      if (account.behaviour === 'throttled-once' && !throttled.has(id)) {
        throttled.add(id);
        throw awsError('Throttling', 'Rate exceeded');
      }
      return {
        Credentials: { AccessKeyId: `ASIA${id}`, SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date('2030-01-01T00:00:00Z') },
        AssumedRoleUser: { Arn: sessionArn(id), AssumedRoleId: `AROA${id}:session` },
      };
    } finally {
      inFlight--;
    }
  });
  define('sts', GetCallerIdentityCommand, async (_input, client) => {
    await sleep(latencyMs);
    const account = member(client);
    return { Account: account.id, Arn: sessionArn(account.id), UserId: `AROA${account.id}:session` };
  });
  define('iam', GetAccountSummaryCommand, async () => {
    await sleep(latencyMs);
    return { SummaryMap: { Roles: 12, Users: 0 } };
  });
  define('iam', ListRolesCommand, async (_input, client) => {
    await sleep(latencyMs);
    const account = member(client);
    if (account.behaviour === 'scp-denies-reads') {
      throw awsError('AccessDenied', `User: ${sessionArn(account.id)} is not authorized to perform: iam:ListRoles on resource: `
        + `arn:aws:iam::${account.id}:role/ with an explicit deny in a service control policy`);
    }
    if (account.behaviour === 'reads-missing') {
      throw awsError('AccessDenied', `User: ${sessionArn(account.id)} is not authorized to perform: iam:ListRoles on resource: `
        + `arn:aws:iam::${account.id}:role/ because no identity-based policy allows the iam:ListRoles action`);
    }
    return { Roles: [], IsTruncated: false };
  });
  define('cloudFormation', ListStacksCommand, async (_input, client) => {
    await sleep(latencyMs);
    const account = member(client);
    if (account.behaviour === 'region-scope') {
      throw awsError('AccessDenied', `User: ${sessionArn(account.id)} is not authorized to perform: cloudformation:ListStacks on resource: `
        + `arn:aws:cloudformation:us-east-1:${account.id}:stack/*/* with an explicit deny in an identity-based policy: `
        + `arn:aws:iam::${account.id}:policy/StackSet-Onboarding-ReadOnlyRoleRegionScope1A2B3C4D-Z9Y8X7W6`);
    }
    return { StackSummaries: [] };
  });
  define('organizations', DescribeOrganizationCommand, async () => {
    await sleep(latencyMs);
    return { Organization: { Id: 'o-abcdefghij' } };
  });
  define('cloudFormation', GetTemplateCommand, async (_input, client) => {
    await sleep(latencyMs);
    const account = member(client);
    if (account.behaviour === 'old-guardrail') {
      throw awsError('ValidationError', 'Stack with id cdk-account-onboarding-check-connection-probe does not exist');
    }
    throw awsError('AccessDenied', `User: ${sessionArn(account.id)} is not authorized to perform: cloudformation:GetTemplate on resource: `
      + `arn:aws:cloudformation:us-east-1:${account.id}:stack/cdk-account-onboarding-check-connection-probe/* with an explicit deny in an identity-based policy`);
  });
  define('organizations', ListAccountsCommand, async (input, client) => {
    await sleep(latencyMs);
    if (accountOf.get(client) !== management) {
      throw awsError('AccessDeniedException', 'You don\'t have permissions to access this resource.');
    }
    const start = input.NextToken ? Number(input.NextToken) : 0;
    const page = accounts.slice(start, start + 20);
    return {
      Accounts: page.map((account) => ({ Id: account.id, Name: account.name, State: account.state ?? 'ACTIVE' })),
      NextToken: start + 20 < accounts.length ? String(start + 20) : undefined,
    };
  });
  // The StackSet's instances: in every active account but those it has not reached (missing-role), 100 a page.
  define('cloudFormation', ListStackInstancesCommand, async (input, client) => {
    await sleep(latencyMs);
    if (accountOf.get(client) !== management) {
      throw awsError('StackSetNotFoundException', `StackSet ${input.StackSetName} not found`);
    }
    const reached = accounts.filter((account) => account.behaviour !== 'missing-role' && (account.state ?? 'ACTIVE') === 'ACTIVE');
    const start = input.NextToken ? Number(input.NextToken) : 0;
    return {
      Summaries: reached.slice(start, start + 100).map((account) => ({
        StackSetId: `${input.StackSetName}:1`, Region: 'us-east-1', Account: account.id, Status: 'CURRENT', StackInstanceStatus: { DetailedStatus: 'SUCCEEDED' },
      })),
      NextToken: start + 100 < reached.length ? String(start + 100) : undefined,
    };
  });
  define('organizations', ListParentsCommand, async (input, client) => {
    await sleep(latencyMs);
    if (accountOf.get(client) !== management) {
      throw awsError('AccessDeniedException', 'You don\'t have permissions to access this resource.');
    }
    const account = byId.get(input.ChildId);
    return { Parents: account ? [{ Id: account.parent, Type: account.parent.startsWith('r-') ? 'ROOT' : 'ORGANIZATIONAL_UNIT' }] : [] };
  });

  const withCredentials = (credentials: TemporaryCredentials) => {
    const id = credentials.accessKeyId.replace(/^ASIA/, '');
    const config = { region: 'us-east-1', credentials };
    const made = {
      sts: new STSClient(config),
      iam: new IAMClient(config),
      cloudFormation: new CloudFormationClient(config),
      organizations: new OrganizationsClient(config),
    };
    for (const client of Object.values(made)) {
      accountOf.set(client, id);
      prepare(client);
    }
    return made;
  };
  return { fakes, withCredentials, maxInFlight: () => maxInFlight };
}

/**
 * Mocks every SDK client the check uses with aws-sdk-client-mock, which records each call.
 * `management` is the management account: its role lists the accounts (20 a page, as AWS does at
 * most) and their parents. Each call waits `latencyMs`.
 */
export function mockOrganization(accounts: readonly MockAccount[], management: string, latencyMs = 0): MockedOrganization {
  const stubs = {
    sts: mockClient(STSClient),
    iam: mockClient(IAMClient),
    cloudFormation: mockClient(CloudFormationClient),
    organizations: mockClient(OrganizationsClient),
  };
  const organization = organizationFakes(accounts, management, latencyMs, () => undefined);
  for (const [service, command, fake] of organization.fakes) {
    // getClient answers the client of the latest call: asked before the fake's first await.
    (stubs[service] as AwsClientStub<any>).on(command as any).callsFake((input: any, getClient: () => object) => fake(input, getClient()));
  }
  return {
    clients: { sts: new STSClient({ region: 'us-east-1' }), withCredentials: organization.withCredentials },
    sts: stubs.sts,
    cloudFormation: stubs.cloudFormation,
    organizations: stubs.organizations,
    maxInFlight: organization.maxInFlight,
    restore: () => {
      for (const stub of Object.values(stubs)) stub.restore();
    },
  };
}

/**
 * The same organization without aws-sdk-client-mock: each client's `send` is replaced on the
 * instance, so that nothing records the calls and a long run's memory is the command line's (sinon
 * keeps every call and the client it was sent with). The clients are real SDK clients, built as
 * a run builds them. For the benchmark.
 */
export function unrecordedOrganization(
  accounts: readonly MockAccount[], management: string, latencyMs = 0,
): { clients: CliClients; maxInFlight: () => number } {
  let fakeOf = new Map<Function, Fake>();
  const prepare = (client: object) => {
    (client as { send: unknown }).send = (command: { input: unknown }) => fakeOf.get(command.constructor)!(command.input, client);
  };
  const organization = organizationFakes(accounts, management, latencyMs, prepare);
  fakeOf = new Map(organization.fakes.map(([, command, fake]) => [command, fake]));
  const sts = new STSClient({ region: 'us-east-1' });
  prepare(sts);
  return { clients: { sts, withCredentials: organization.withCredentials }, maxInFlight: organization.maxInFlight };
}
