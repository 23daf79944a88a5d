/**
 * IAM quotas that the role's policies must fit in.
 *
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
export const IAM_LIMITS = {
  /** Characters in one customer-managed policy, white space not counted. */
  managedPolicyCharacters: 6144,
  /** Characters in all inline policies of one role together, white space not counted. */
  inlinePolicyCharactersPerRole: 10240,
  /** Characters in a role's trust policy (default quota), white space not counted. */
  trustPolicyCharacters: 2048,
  /** Managed policies attached to one role (default quota). */
  managedPoliciesPerRole: 10,
};

/**
 * Characters that IAM counts for a policy document: its JSON without white space. A CloudFormation
 * reference to a parameter is counted as 64 characters on top of its own JSON, because the value it
 * resolves to at deploy time is unknown at synth time and may be longer than the reference.
 */
export function policyCharacters(resolvedDocument: unknown): number {
  const json = JSON.stringify(resolvedDocument);
  const references = json.match(/\{"Ref":"(?!AWS::)[^"]+"\}/g) ?? [];
  return json.replace(/\s/g, '').length + references.length * 64;
}
