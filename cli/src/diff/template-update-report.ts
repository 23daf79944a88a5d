/** What `diff` reports about an update of a template: the shape shared by its analysis and its text. */

/** One IAM policy statement as a reviewer reads it; intrinsics are rendered as `${LogicalId}` or `${LogicalId.Attribute}`. */
export interface PolicyStatementSummary {
  /** The statement ID. */
  readonly sid?: string;
  /** `Allow`, `Deny`, or `Unknown` for a statement the differ could not parse. */
  readonly effect: string;
  /** The actions; `NOT a` for `NotAction`. */
  readonly actions: string[];
  /** The resources; `NOT r` for `NotResource`. */
  readonly resources: string[];
  /** The principals, `AWS:arn:...`, `Service:...`; `NOT p` for `NotPrincipal`. */
  readonly principals: string[];
  /** The conditions, one per key: `StringEquals sts:ExternalId = abc`. */
  readonly conditions: string[];
}

/** A statement added, removed, or (same subject, Sid and effect) changed. */
export interface StatementChange {
  readonly change: 'added' | 'removed' | 'changed';
  /**
   * Whose permission or trust it is: the logical ID of the role, user or group for an identity
   * policy or a trust policy; the principals of a resource policy (e.g. a bucket policy).
   */
  readonly subject: string;
  /** The subject's resource type, when the subject is a resource of the templates. */
  readonly subjectType?: string;
  /** The statement before the update; undefined when added. */
  readonly before?: PolicyStatementSummary;
  /** The statement after the update; undefined when removed. */
  readonly after?: PolicyStatementSummary;
  /** One line without the subject: `+ Allow ec2:DescribeInstances on * (Sid ReadInstances)`. */
  readonly text: string;
}

/** A managed policy attached to or detached from a role, user or group. */
export interface ManagedPolicyChange {
  readonly change: 'added' | 'removed';
  /** The logical ID of the role, user or group. */
  readonly subject: string;
  /** The subject's resource type, when the subject is a resource of the templates. */
  readonly subjectType?: string;
  /** The policy's ARN, intrinsics rendered (`arn:${AWS::Partition}:iam::aws:policy/SecurityAudit`). */
  readonly managedPolicyArn: string;
  /** One line without the subject: `+ managed policy arn:...`. */
  readonly text: string;
}

/** A resource the update changes. */
export interface ResourceChangeSummary {
  readonly logicalId: string;
  /** The resource type (the old one when the type changes). */
  readonly type: string;
  /** The differ's `ResourceImpact`: `WILL_REPLACE`, `MAY_REPLACE`, `WILL_DESTROY`, `WILL_ORPHAN`, `WILL_CREATE`, `WILL_UPDATE`... */
  readonly impact: string;
  /** For a replacement, the properties that cause it; otherwise every changed property and attribute. */
  readonly properties: string[];
  /** One line: `VendorRole (AWS::IAM::Role) will be replaced: RoleName changed`. */
  readonly text: string;
}

/** The report of a StackSet's member template. */
export interface MemberTemplateReport {
  /** The StackSet's logical ID in the template. */
  readonly stackSetLogicalId: string;
  /** The member template's report; undefined when it could not be compared. */
  readonly report?: TemplateUpdateReport;
  /** Why the member template could not be compared. */
  readonly problem?: string;
}

/** What an update from one template to another changes, in the terms a security review asks. */
export interface TemplateUpdateReport {
  /** Identity and resource policy statements added, removed or changed (trust policies excluded). */
  readonly permissions: StatementChange[];
  /** Managed policies attached or detached. */
  readonly managedPolicies: ManagedPolicyChange[];
  /** Statements of the roles' trust policies (`AssumeRolePolicyDocument`) added, removed or changed. */
  readonly trust: StatementChange[];
  /** Resources replaced, or removed from the template (deleted, or kept by their DeletionPolicy). */
  readonly replacements: ResourceChangeSummary[];
  /** Resources added or updated in place. */
  readonly otherResourceChanges: ResourceChangeSummary[];
  /** Parameters, conditions, mappings, outputs and other template sections: `+ Parameter ExternalId`. */
  readonly templateChanges: string[];
  /** The same report for the member template of each StackSet in either template. */
  readonly memberTemplates: MemberTemplateReport[];
  /** Changes the report cannot explain, such as a policy document made of intrinsic functions. */
  readonly warnings: string[];
}

/** A replacement or removal, with the StackSet whose member template it is in. */
export interface LocatedResourceChange extends ResourceChangeSummary {
  /** The StackSet whose member accounts it happens in; undefined for the template itself. */
  readonly stackSetLogicalId?: string;
}
