import { Token, ValidationError } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** True for a value known at synth time; CfnParameter references and other tokens are checked by CloudFormation instead. */
export function isLiteral(value: string | undefined): value is string {
  return value !== undefined && !Token.isUnresolved(value);
}

/** The accepted forms, shared by every construct so each message names them the same way. */
export const ACCEPTED = {
  accountId: 'a 12-digit AWS account ID',
  roleArn: 'arn:<partition>:iam::<12-digit account>:role/<optional path/><name>',
  externalId: '2 to 1224 characters from [\\w+=,.@:/-]',
  roleName: '[\\w+=,.@-]{1,64}',
  path: "'/' or a path of the form /segment/.../ made of printable ASCII, at most 512 characters",
  principalArnPattern: 'an IAM ARN pattern arn:<partition>:iam::<12-digit account or *>:<resource>, * and ? allowed',
  region: 'an AWS Region code such as eu-west-1',
};

export const PATTERNS = {
  accountId: /^\d{12}$/,
  roleArn: /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[\x21-\x7e]*\/)?[\w+=,.@-]{1,64}$/,
  externalId: /^[\w+=,.@:/-]{2,1224}$/,
  roleName: /^[\w+=,.@-]{1,64}$/,
  path: /^(?:\/|\/[\x21-\x7e]{1,510}\/)$/,
  principalArnPattern: /^arn:(?:aws[a-z-]*|\*):iam::(?:\d{12}|\*):[\x21-\x7e]+$/,
  region: /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/,
};

/**
 * Collects every problem in a set of props so that the user sees all of them in one error, in the
 * form `<property> must <rule>, got '<value>'`.
 */
export class PropsValidator {
  private readonly problems: string[] = [];

  /** Records a problem when a literal value does not match the pattern; tokens pass. */
  public pattern(property: string, value: string | undefined, pattern: RegExp, accepted: string): this {
    if (isLiteral(value) && !pattern.test(value)) {
      this.problems.push(`${property} must be ${accepted}, got '${value}'`);
    }
    return this;
  }

  /** Records a problem unconditionally when `failed` is true. */
  public check(failed: boolean, message: string): this {
    if (failed) {
      this.problems.push(message);
    }
    return this;
  }

  public get hasProblems(): boolean {
    return this.problems.length > 0;
  }

  /** Throws one error that lists every problem found, if any. */
  public throwIfInvalid(scope: IConstruct): void {
    if (this.problems.length === 1) {
      throw new ValidationError('InvalidProps' as never, this.problems[0], scope);
    }
    if (this.problems.length > 1) {
      throw new ValidationError('InvalidProps' as never, `invalid props:\n- ${this.problems.join('\n- ')}`, scope);
    }
  }
}

/** Shows a value in an error message without flooding it. */
export function quote(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

/** True when every bracket and parenthesis of the text closes in order. */
export function bracketsPair(text: string): boolean {
  const open: string[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const character of text) {
    if ('([{'.includes(character)) {
      open.push(character);
    } else if (character in pairs && open.pop() !== pairs[character]) {
      return false;
    }
  }
  return open.length === 0;
}
