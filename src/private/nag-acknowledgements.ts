import { Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * cdk-nag reports each wildcard of a policy as its own finding (`AwsSolutions-IAM5[Action::ce:Get*]`),
 * so a construct acknowledges exactly the wildcards it chose, each with the reason, rather than the
 * whole rule: a wildcard added later by someone else is still reported.
 */
export function acknowledgeWildcards(scope: IConstruct, actions: string[], resources: string[], reason: string): void {
  const findings = [
    ...actions.filter((action) => action.includes('*')).map((action) => `Action::${action}`),
    ...resources.filter((resource) => resource.includes('*')).map((resource) => `Resource::${resource}`),
  ];
  Validations.of(scope).acknowledge(...[...new Set(findings)].map((finding) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason })));
}

/** Acknowledges the AWS-managed policies a construct attaches on purpose, one finding per policy. */
export function acknowledgeAwsManagedPolicies(scope: IConstruct, policyNames: string[], reason: string): void {
  Validations.of(scope).acknowledge(...policyNames.map((name) => ({
    id: `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${name}]`,
    reason,
  })));
}
