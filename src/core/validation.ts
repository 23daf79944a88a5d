import { Errors, Token, ValidationError } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * The one way the constructs fail synthesis: aws-cdk-lib's ValidationError, which names the construct
 * path. Its code parameter is typed for aws-cdk-lib's own codes, hence the one cast here.
 */
export function synthError(code: string, message: string, scope: IConstruct): ValidationError {
  return new ValidationError(code as never, message, scope);
}

/** True for a value known at synth time; CfnParameter references and other tokens are checked by CloudFormation instead. */
export function isLiteral(value: string | undefined): value is string {
  return value !== undefined && !Token.isUnresolved(value);
}

/** True for a list or map known at synth time, rather than a token that stands for one (a `CommaDelimitedList` parameter). */
export function isLiteralCollection(value: readonly unknown[] | object | undefined): boolean {
  return value !== undefined && !Token.isUnresolved(value);
}

/**
 * Collects every problem in a set of props so that the user sees all of them in one error, in the
 * form `<property> must <rule>, got '<value>'`.
 */
export class PropsValidator {
  private readonly problems: string[] = [];

  /** Records a problem when a literal value does not match the pattern; tokens pass. */
  public pattern(property: string, value: string | undefined, pattern: RegExp, accepted: string): this {
    return this.check(isLiteral(value) && !pattern.test(value), `${property} must be ${accepted}, got '${value}'`);
  }

  /** Records a problem when `failed` is true; a problem found twice (by two checks of one pair) is listed once. */
  public check(failed: boolean, message: string): this {
    if (failed && !this.problems.includes(message)) {
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
      throw synthError('InvalidProps', this.problems[0], scope);
    }
    if (this.problems.length > 1) {
      throw synthError('InvalidProps', `invalid props:\n- ${this.problems.join('\n- ')}`, scope);
    }
  }
}

/**
 * Builds a construct from one prop of another construct's props, and names the properties in the errors
 * it throws as the user wrote them: the cost report that OnboardingStack builds from its `costReport`
 * reports `costReport.exports[0].name` rather than `exports[0].name`.
 *
 * @param path the prop the construct is built from
 * @param keys the built construct's props that the prop holds; a problem naming another is left as it is
 * @param scope the construct that reports the error
 */
export function withPropertyPath<T>(path: string, keys: string[], scope: IConstruct, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (!Errors.isValidationError(error)) {
      throw error;
    }
    const alternatives = keys.join('|');
    // A problem starts a line, alone or after the "- " of a list of problems; within it, a property is
    // written as one (`exports[0].prefix`), where the same word in a sentence is not.
    const message = error.message
      .replace(new RegExp(`^(- )?(?=(?:${alternatives})\\b)`, 'gm'), `$1${path}.`)
      .replace(new RegExp(`(?<=\\s)(?=(?:${alternatives})[[.])`, 'g'), `${path}.`);
    throw synthError(error.name, message, scope);
  }
}

/** Shows a value in an error message without flooding it. */
export function quote(value: string): string {
  return value.length > 80 ? `${value.slice(0, 77)}...` : value;
}

/**
 * A resolved CloudFormation value as a person reads it in an error message, in the notation of
 * `Fn::Sub`: `arn:${AWS::Partition}:iam::111122223333:root` rather than the token string CDK prints.
 *
 * @param resolved the value after `Stack.resolve`
 */
export function readableValue(resolved: unknown): string {
  if (typeof resolved === 'string' || typeof resolved === 'number' || typeof resolved === 'boolean') {
    return String(resolved);
  }
  const intrinsic = (resolved ?? {}) as Record<string, any>;
  if (typeof intrinsic.Ref === 'string') {
    return `\${${intrinsic.Ref}}`;
  }
  if (Array.isArray(intrinsic['Fn::GetAtt'])) {
    return `\${${intrinsic['Fn::GetAtt'].join('.')}}`;
  }
  if (Array.isArray(intrinsic['Fn::Join']) && Array.isArray(intrinsic['Fn::Join'][1])) {
    const [separator, parts] = intrinsic['Fn::Join'];
    return parts.map(readableValue).join(separator);
  }
  if (typeof intrinsic['Fn::Sub'] === 'string') {
    return intrinsic['Fn::Sub'];
  }
  return JSON.stringify(resolved);
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

/**
 * Orders strings by their UTF-16 code units, the same on every machine: what sorts anything that
 * ends up in a template (localeCompare depends on the runtime's ICU data and locale, and its first
 * call loads the collator).
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
