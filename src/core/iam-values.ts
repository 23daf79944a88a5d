/**
 * Checks of the values IAM and CloudFormation take on a role besides its identifiers: tags and the
 * description. Each refuses at deployment what these reject at synthesis.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */

import { ACCEPTED, PATTERNS } from './patterns';
import { isLiteral, isLiteralCollection, PropsValidator, quote } from './validation';

/** Records the problems of a role's tags: IAM's characters and lengths, and the `aws:` prefix AWS reserves (in any case). */
export function checkTags(property: string, tags: { [key: string]: string } | undefined, validator: PropsValidator): void {
  if (tags === undefined || !isLiteralCollection(tags)) {
    return;
  }
  for (const [key, value] of Object.entries(tags)) {
    if (isLiteral(key)) {
      validator.check(/^aws:/i.test(key), `${property} key must not start with 'aws:' (reserved for AWS), got '${quote(key)}'`);
      validator.check(!PATTERNS.tagKey.test(key), `${property} key must be ${ACCEPTED.tagKey}, got '${quote(key)}'`);
    }
    validator.check(isLiteral(value) && !PATTERNS.tagValue.test(value),
      `${property}['${quote(key)}'] must be ${ACCEPTED.tagValue}, got '${quote(value)}'${value.length > 256 ? ` (${value.length} characters)` : ''}`);
  }
}

/** Records the problem of a role's description that IAM would refuse, naming the first character it refuses. */
export function checkRoleDescription(property: string, description: string | undefined, validator: PropsValidator): void {
  if (!isLiteral(description) || PATTERNS.roleDescription.test(description)) {
    return;
  }
  const refused = [...description].find((character) => !PATTERNS.roleDescription.test(character));
  const why = refused === undefined
    ? ` (${description.length} characters)`
    : `: '${refused}' (U+${refused.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is not allowed`;
  validator.check(true, `${property} must be ${ACCEPTED.roleDescription}, got '${quote(description)}'${why}`);
}
