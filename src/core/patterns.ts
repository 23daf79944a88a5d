/**
 * Every identifier the constructs and the command line check, with one rule each and the accepted
 * form that every message names the same way. Rules come from the AWS API references (IAM, STS,
 * Organizations, CloudFormation StackSets).
 *
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 * @see https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
 * @see https://docs.aws.amazon.com/organizations/latest/APIReference/API_OrganizationalUnit.html
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html
 */
export const PATTERNS = {
  accountId: /^\d{12}$/,
  roleArn: /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,64}$/,
  /** A role or user: what a hub's collector may run as. */
  principalArn: /^arn:aws[a-z-]*:iam::\d{12}:(?:role|user)\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,64}$/,
  externalId: /^[\w+=,.@:/-]{2,1224}$/,
  roleName: /^[\w+=,.@-]{1,64}$/,
  path: /^(?:\/|\/[\x21-\x7e]{1,510}\/)$/,
  /** A customer managed policy (`<account>`) or an AWS managed policy (`aws`). */
  managedPolicyArn: /^arn:aws[a-z-]*:iam::(?:\d{12}|aws):policy\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,128}$/,
  principalArnPattern: /^arn:(?:aws[a-z-]*|\*):iam::(?:\d{12}|\*):[\x21-\x7e]+$/,
  // Every partition's Region codes: us-east-1, us-gov-west-1, cn-north-1, eu-isoe-west-1, eusc-de-east-1, ...
  region: /^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,
  organizationalUnitId: /^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$/,
  rootId: /^r-[0-9a-z]{4,32}$/,
  stackSetName: /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/,
  /** An IAM tag key (IAM's Tag type); the reserved `aws:` prefix is checked apart. */
  tagKey: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u,
  /** An IAM tag value (IAM's Tag type), which may be empty. */
  tagValue: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u,
  /** A role description (IAM's roleDescriptionType). */
  roleDescription: /^[\t\n\r\x20-\x7e\xa1-\xff]{0,1000}$/,
  /** A policy statement's resource: every resource, or an ARN that may hold wildcards. */
  statementResource: /^(?:\*|arn:[^:]+:[^:]*:[^:]*:[^:]*:.+)$/s,
};

/** The accepted form of each pattern, as error messages name it. */
export const ACCEPTED: Record<keyof typeof PATTERNS, string> = {
  accountId: 'a 12-digit AWS account ID',
  roleArn: 'arn:<partition>:iam::<12-digit account>:role/<optional path/><name>',
  principalArn: 'arn:<partition>:iam::<12-digit account>:role/<name> or :user/<name>',
  externalId: '2 to 1224 characters from [\\w+=,.@:/-]',
  roleName: '[\\w+=,.@-]{1,64}',
  path: "'/' or a path of the form /segment/.../ made of printable ASCII, at most 512 characters",
  managedPolicyArn: 'arn:<partition>:iam::<12-digit account or aws>:policy/<optional path/><name>',
  principalArnPattern: 'an IAM ARN pattern arn:<partition>:iam::<12-digit account or *>:<resource>, * and ? allowed',
  region: 'an AWS Region code such as eu-west-1',
  organizationalUnitId: "an OU ID: 'ou-', 4 to 32 lowercase letters or digits, '-', 8 to 32 lowercase letters or digits (^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$)",
  rootId: "an organization root ID: 'r-' and 4 to 32 lowercase letters or digits (^r-[0-9a-z]{4,32}$)",
  stackSetName: 'a letter followed by letters, digits and hyphens, at most 128 characters ([a-zA-Z][-a-zA-Z0-9]*)',
  tagKey: '1 to 128 letters, digits, spaces and _.:/=+-@',
  tagValue: 'up to 256 letters, digits, spaces and _.:/=+-@',
  roleDescription: 'at most 1000 characters of printable Latin-1, tab, line feed or carriage return',
  statementResource: "'*' or an ARN arn:<partition>:<service>:<region>:<account>:<resource> (* and ? allowed)",
};

/** The service principal of CloudFormation StackSets in AWS Organizations (trusted access, delegated administrators). */
export const STACKSETS_SERVICE_PRINCIPAL = 'member.org.stacksets.cloudformation.amazonaws.com';
