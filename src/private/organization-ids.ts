/**
 * Identifiers of AWS Organizations and CloudFormation StackSets, shared by the construct (which
 * rejects invalid literals at synth) and the `doctor` command (which checks them before calling AWS).
 *
 * @see https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html
 * @see https://docs.aws.amazon.com/organizations/latest/APIReference/API_Root.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html
 */
export const ORGANIZATION_PATTERNS = {
  organizationalUnitId: /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/,
  rootId: /^r-[0-9a-z]{4,32}$/,
  // Every partition's Region codes: us-east-1, us-gov-west-1, cn-north-1, eu-isoe-west-1, ...
  region: /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/,
  stackSetName: /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/,
};

/** The accepted forms, named the same way in every message. */
export const ORGANIZATION_ACCEPTED = {
  organizationalUnitId: "an OU ID: 'ou-', 4 to 32 lowercase letters or digits, '-', 8 to 32 lowercase letters or digits (^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$)",
  rootId: "an organization root ID: 'r-' and 4 to 32 lowercase letters or digits (^r-[0-9a-z]{4,32}$)",
  region: 'one AWS Region code such as us-east-1',
  stackSetName: 'a letter followed by letters, digits and hyphens, at most 128 characters ([a-zA-Z][-a-zA-Z0-9]*)',
};

/** The service principal of CloudFormation StackSets in AWS Organizations (trusted access, delegated administrators). */
export const STACKSETS_SERVICE_PRINCIPAL = 'member.org.stacksets.cloudformation.amazonaws.com';
