import { CloudFormationClient, DescribeOrganizationsAccessCommand } from '@aws-sdk/client-cloudformation';
import {
  DescribeOrganizationalUnitCommand, DescribeOrganizationCommand, ListAWSServiceAccessForOrganizationCommand,
  ListDelegatedAdministratorsCommand, ListRootsCommand, OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ACCEPTED, PATTERNS, STACKSETS_SERVICE_PRINCIPAL } from 'cdk-account-onboarding/internal';
import { CheckResult } from '../core/check-results';
import { describeAwsError } from '../core/cli-io';

/** The SDK clients the checks call, so that tests and other tools can pass their own. */
export interface PrerequisiteClients {
  readonly sts: STSClient;
  readonly organizations: OrganizationsClient;
  readonly cloudFormation: CloudFormationClient;
}

export interface PrerequisiteOptions {
  /** The OU or root IDs the StackSet will target. */
  readonly organizationalUnitIds: string[];
  /**
   * The `CallAs` the StackSet will use.
   *
   * @default - whichever the caller's account needs; reported, not checked
   */
  readonly callAs?: 'SELF' | 'DELEGATED_ADMIN';
}

const REGISTER_FIX = (account: string, management: string) =>
  `in the management account ${management}: aws organizations register-delegated-administrator --account-id ${account} `
  + `--service-principal ${STACKSETS_SERVICE_PRINCIPAL}; or deploy from the management account with CallAs.SELF`;
const ACTIVATE_FIX = (management: string) => `in the management account ${management}: aws cloudformation activate-organizations-access`;
const FIND_OUS_FIX = 'find the IDs with: aws organizations list-roots, then aws organizations list-organizational-units-for-parent --parent-id <root or OU ID>';

/**
 * Checks what a service-managed StackSet needs before it is deployed, in order: credentials, the
 * organization (all features), the caller (management account or registered delegated
 * administrator, matching `CallAs`), trusted access for StackSets, and the target OUs.
 *
 * Never throws for an AWS error: each one becomes a failed check with its fix.
 */
export async function checkStackSetPrerequisites(clients: PrerequisiteClients, options: PrerequisiteOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const skipRest = (reason: string) => {
    for (const check of ['organization', 'caller', 'trusted access']) {
      if (!results.some((result) => result.check === check)) {
        results.push({ check, status: 'SKIP', detail: reason });
      }
    }
    for (const id of options.organizationalUnitIds) {
      results.push({ check: `target ${id}`, status: 'SKIP', detail: reason });
    }
    return results;
  };

  // 1. Credentials
  let account: string;
  try {
    const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
    account = identity.Account!;
    results.push({ check: 'credentials', status: 'PASS', detail: `${identity.Arn} in account ${account}` });
  } catch (error) {
    results.push({
      check: 'credentials',
      status: 'FAIL',
      detail: `sts:GetCallerIdentity failed: ${describe(error)}`,
      fix: 'give credentials of the management account or of the delegated administrator: AWS_PROFILE=<profile> (after aws sso login), '
        + 'or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; and a Region with --region or AWS_REGION',
    });
    return skipRest('needs credentials');
  }

  // 2. Organization, with all features
  let management: string;
  try {
    const { Organization: organization } = await clients.organizations.send(new DescribeOrganizationCommand({}));
    management = organization!.MasterAccountId!;
    if (organization!.FeatureSet !== 'ALL') {
      results.push({
        check: 'organization',
        status: 'FAIL',
        detail: `organization ${organization!.Id} has only the ${organization!.FeatureSet} feature set; service-managed StackSets need all features`,
        fix: `in the management account ${management}: aws organizations enable-all-features, then have every member account accept the handshake`,
      });
    } else {
      results.push({ check: 'organization', status: 'PASS', detail: `organization ${organization!.Id} with all features, management account ${management}` });
    }
  } catch (error) {
    const notInUse = errorName(error) === 'AWSOrganizationsNotInUseException';
    results.push({
      check: 'organization',
      status: 'FAIL',
      detail: notInUse ? `account ${account} is not in an organization` : `organizations:DescribeOrganization failed: ${describe(error)}`,
      fix: notInUse
        ? 'in the account that is to be the management account: aws organizations create-organization --feature-set ALL, then invite the member accounts'
        : `allow organizations:DescribeOrganization to the caller in account ${account}`,
    });
    return skipRest('needs the organization');
  }

  // 3. Caller: the management account or a registered delegated administrator
  let callAs: 'SELF' | 'DELEGATED_ADMIN' | undefined;
  if (account === management) {
    callAs = 'SELF';
    results.push(options.callAs === 'DELEGATED_ADMIN'
      ? {
        check: 'caller',
        status: 'FAIL',
        detail: `account ${account} is the management account, which manages StackSets with CallAs SELF, got DELEGATED_ADMIN`,
        fix: 'set callAs: CallAs.SELF (and run the doctor with --call-as SELF)',
      }
      : { check: 'caller', status: 'PASS', detail: `account ${account} is the management account: use CallAs.SELF` });
  } else {
    try {
      const admins = await listDelegatedAdministrators(clients.organizations);
      if (admins.includes(account)) {
        callAs = 'DELEGATED_ADMIN';
        results.push(options.callAs === 'SELF'
          ? {
            check: 'caller',
            status: 'FAIL',
            detail: `account ${account} is a delegated administrator, which manages StackSets with CallAs DELEGATED_ADMIN, got SELF`,
            fix: 'set callAs: CallAs.DELEGATED_ADMIN (and run the doctor with --call-as DELEGATED_ADMIN)',
          }
          : { check: 'caller', status: 'PASS', detail: `account ${account} is a registered delegated administrator for StackSets: use CallAs.DELEGATED_ADMIN` });
      } else {
        results.push({
          check: 'caller',
          status: 'FAIL',
          detail: `account ${account} is neither the management account (${management}) nor a delegated administrator for StackSets`
            + (admins.length > 0 ? ` (registered: ${admins.join(', ')})` : ''),
          fix: REGISTER_FIX(account, management),
        });
      }
    } catch (error) {
      results.push({
        check: 'caller',
        status: 'FAIL',
        detail: `account ${account} is not the management account (${management}), and organizations:ListDelegatedAdministrators failed: `
          + `${describe(error)}, so it is not a delegated administrator or may not list them`,
        fix: `${REGISTER_FIX(account, management)}; a delegated administrator also needs organizations:ListDelegatedAdministrators`,
      });
    }
  }

  // 4. Trusted access for CloudFormation StackSets
  if (callAs === undefined) {
    results.push({ check: 'trusted access', status: 'SKIP', detail: 'needs the management account or a delegated administrator' });
  } else {
    results.push(await checkTrustedAccess(clients, callAs, management));
  }

  // 5. Target OUs
  let roots: string[] | undefined;
  for (const id of options.organizationalUnitIds) {
    const check = `target ${id}`;
    if (PATTERNS.rootId.test(id)) {
      try {
        roots = roots ?? await listRoots(clients.organizations);
        results.push(roots.includes(id)
          ? { check, status: 'PASS', detail: `${id} is the organization's root` }
          : { check, status: 'FAIL', detail: `${id} is not the root of this organization (its root: ${roots.join(', ')})`, fix: `use ${roots.join(', ')}` });
      } catch (error) {
        results.push({
          check,
          status: 'FAIL',
          detail: `organizations:ListRoots failed: ${describe(error)}`,
          fix: 'allow organizations:ListRoots, or run the doctor with credentials of the management account',
        });
      }
    } else if (PATTERNS.organizationalUnitId.test(id)) {
      try {
        const { OrganizationalUnit: unit } = await clients.organizations.send(new DescribeOrganizationalUnitCommand({ OrganizationalUnitId: id }));
        results.push({ check, status: 'PASS', detail: `OU ${id} (${unit?.Name}) exists` });
      } catch (error) {
        const notFound = errorName(error) === 'OrganizationalUnitNotFoundException';
        results.push({
          check,
          status: 'FAIL',
          detail: notFound ? `OU ${id} does not exist in this organization` : `organizations:DescribeOrganizationalUnit failed: ${describe(error)}`,
          fix: notFound ? FIND_OUS_FIX : 'allow organizations:DescribeOrganizationalUnit, or run the doctor with credentials of the management account',
        });
      }
    } else {
      results.push({
        check,
        status: 'FAIL',
        detail: `'${id}' is neither ${ACCEPTED.organizationalUnitId} nor ${ACCEPTED.rootId}`,
        fix: FIND_OUS_FIX,
      });
    }
  }
  return results;
}

async function checkTrustedAccess(clients: PrerequisiteClients, callAs: 'SELF' | 'DELEGATED_ADMIN', management: string): Promise<CheckResult> {
  const check = 'trusted access';
  const disabled = (how: string): CheckResult => ({
    check,
    status: 'FAIL',
    detail: `trusted access for CloudFormation StackSets is ${how}: CloudFormation would fail with `
      + '"You must enable organizations access to operate a service managed stack set"',
    fix: ACTIVATE_FIX(management),
  });
  try {
    const { Status: status } = await clients.cloudFormation.send(new DescribeOrganizationsAccessCommand({ CallAs: callAs }));
    return status === 'ENABLED'
      ? { check, status: 'PASS', detail: 'trusted access for CloudFormation StackSets is activated' }
      : disabled(status ?? 'not reported');
  } catch (cloudFormationError) {
    // Some callers may read the organization's service access but not CloudFormation's view of it.
    try {
      const principals = await listServiceAccess(clients.organizations);
      return principals.includes(STACKSETS_SERVICE_PRINCIPAL)
        ? { check, status: 'PASS', detail: `trusted access for ${STACKSETS_SERVICE_PRINCIPAL} is enabled in the organization` }
        : disabled('not activated');
    } catch (organizationsError) {
      return {
        check,
        status: 'FAIL',
        detail: `could not read the trusted access: cloudformation:DescribeOrganizationsAccess failed (${describe(cloudFormationError)}), `
          + `organizations:ListAWSServiceAccessForOrganization failed (${describe(organizationsError)})`,
        fix: 'allow cloudformation:DescribeOrganizationsAccess to the caller',
      };
    }
  }
}

async function listDelegatedAdministrators(client: OrganizationsClient): Promise<string[]> {
  const accounts: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListDelegatedAdministratorsCommand({ ServicePrincipal: STACKSETS_SERVICE_PRINCIPAL, NextToken: token }));
    accounts.push(...(page.DelegatedAdministrators ?? []).map((admin) => admin.Id!));
    token = page.NextToken;
  } while (token);
  return accounts;
}

async function listServiceAccess(client: OrganizationsClient): Promise<string[]> {
  const principals: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListAWSServiceAccessForOrganizationCommand({ NextToken: token }));
    principals.push(...(page.EnabledServicePrincipals ?? []).map((principal) => principal.ServicePrincipal!));
    token = page.NextToken;
  } while (token);
  return principals;
}

async function listRoots(client: OrganizationsClient): Promise<string[]> {
  const roots: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListRootsCommand({ NextToken: token }));
    roots.push(...(page.Roots ?? []).map((root) => root.Id!));
    token = page.NextToken;
  } while (token);
  return roots;
}

function errorName(error: unknown): string {
  return (error as { name?: string })?.name ?? 'Error';
}

function describe(error: unknown): string {
  return describeAwsError(error);
}
