import { Stack, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { bracketsPair } from './validation';

/**
 * Flattens a resolved CloudFormation value the way cdk-nag names it in a finding
 * (`arn:<AWS::Partition>:s3:::<Bucket.Arn>/cur/*`), so that an acknowledgement matches exactly
 * the finding it is meant for. cdk-nag is a devDependency only, so its helper cannot be imported.
 */
function flattenLikeCdkNag(node: unknown): string {
  if (node === undefined) {
    return '';
  }
  if (typeof node === 'string') {
    return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
  }
  const object = node as Record<string, any>;
  if (object['Fn::Join']) {
    const [delimiter, items] = object['Fn::Join'];
    return (items as unknown[]).map(flattenLikeCdkNag).join(delimiter);
  }
  if (object['Fn::Sub']) {
    return flattenLikeCdkNag(object['Fn::Sub']);
  }
  if (object['Fn::GetAtt']) {
    const [resource, attribute] = object['Fn::GetAtt'];
    return `<${flattenLikeCdkNag(resource)}.${flattenLikeCdkNag(attribute)}>`;
  }
  if (object['Fn::ImportValue']) {
    return flattenLikeCdkNag(object['Fn::ImportValue']);
  }
  if (object.Ref) {
    return `<${flattenLikeCdkNag(object.Ref)}>`;
  }
  return JSON.stringify(node);
}


/**
 * cdk-nag reports each wildcard of a policy as its own finding (`AwsSolutions-IAM5[Action::ce:Get*]`),
 * so a construct acknowledges exactly the wildcards it chose, each with the reason, rather than the
 * whole rule: a wildcard added later by someone else is still reported.
 */
export function acknowledgeWildcards(scope: IConstruct, actions: string[], resources: string[], reason: string): void {
  const acknowledge = () => {
    const stack = Stack.of(scope);
    const findings = [
      ...actions.filter((action) => action.includes('*')).map((action) => `Action::${action}`),
      ...resources.map((resource) => flattenLikeCdkNag(stack.resolve(resource)))
        .filter((resource) => resource.includes('*'))
        .map((resource) => `Resource::${resource}`),
    ];
    // CDK refuses an acknowledgement ID whose brackets do not pair (a resource such as
    // `bucket/a)b/*`); such a finding stays unacknowledged, and cdk-nag reports it.
    const ids = [...new Set(findings)].filter(bracketsPair).map((finding) => `AwsSolutions-IAM5[${finding}]`);
    if (ids.length === 0) {
      return;
    }
    // One metadata entry for all of them, in the form Validations.acknowledge records each one
    // (`Annotation::<id>`): acknowledge() captures a stack trace per ID, which costs a quarter of a
    // second for the hundreds of wildcards of a pinned policy.
    scope.node.addMetadata(Validations.ACKNOWLEDGED_RULES_METADATA_KEY,
      Object.fromEntries(ids.map((id) => [`Annotation::${id}`, reason])));
  };
  // Resources are named the way cdk-nag sees them only once the app is prepared: a bucket of
  // another stack becomes an Fn::ImportValue then. Validation runs after that and before cdk-nag.
  scope.node.addValidation({ validate: () => { acknowledge(); return []; } });
}

/** Acknowledges the AWS-managed policies a construct attaches on purpose, one finding per policy. */
export function acknowledgeAwsManagedPolicies(scope: IConstruct, policyNames: string[], reason: string): void {
  Validations.of(scope).acknowledge(...policyNames.map((name) => ({
    id: `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${name}]`,
    reason,
  })));
}

/**
 * The cdk-nag compliance packs the constructs are checked against, by the prefix of their finding IDs:
 * NIST 800-53 rev 5 and PCI DSS 3.2.1 name the same rule the same way
 * (`NIST.800.53.R5-S3BucketReplicationEnabled`, `PCI.DSS.321-S3BucketReplicationEnabled`).
 */
export const COMPLIANCE_PACKS = ['NIST.800.53.R5', 'PCI.DSS.321'] as const;

/**
 * Acknowledges one rule of every compliance pack on the resource that makes the choice, with the
 * reason; the AwsSolutions finding of the same choice, if any, is acknowledged separately because its
 * rule ID differs (`AwsSolutions-S1` for `S3BucketLoggingEnabled`).
 */
export function acknowledgeComplianceRule(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge(...COMPLIANCE_PACKS.map((pack) => ({ id: `${pack}-${rule}`, reason })));
}
