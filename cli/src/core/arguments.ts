/**
 * Checks of the identifiers a command takes on its command line, run before the command reads a file
 * or opens an AWS session: a malformed value is the command line's fault (exit code 2), and the user
 * should not be asked for credentials to learn it. The forms are the constructs' (PATTERNS, ACCEPTED),
 * so the command line accepts what the constructs accept.
 */
import { ACCEPTED, PATTERNS } from 'cdk-account-onboarding/internal';
import { CliError } from './cli-io';

export type IdentifierForm = keyof typeof PATTERNS;

/**
 * Refuses the value of an option unless it has one of the forms, in one line that names the option,
 * the value and the accepted forms.
 */
export function requireIdentifier(option: string, value: string, ...forms: IdentifierForm[]): void {
  if (!forms.some((form) => PATTERNS[form].test(value))) {
    throw CliError.usage(`${option} must be ${forms.map((form) => ACCEPTED[form]).join(' or ')}, got '${value}'`);
  }
}
