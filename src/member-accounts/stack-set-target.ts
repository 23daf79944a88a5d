import { Token } from 'aws-cdk-lib';
import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import { ACCEPTED, PATTERNS } from '../core/patterns';
import { isLiteral, PropsValidator } from '../core/validation';

/**
 * Options of a StackSet target.
 */
export interface StackSetTargetOptions {
  /**
   * Accounts of the target OUs that get no stack instance, e.g. suspended accounts or accounts
   * whose service control policies forbid creating IAM roles. Rendered as `AccountFilterType:
   * DIFFERENCE`.
   *
   * @default - none: every account of the target OUs
   * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-cloudformation-stackset-deploymenttargets.html
   */
  readonly excludeAccounts?: string[];
}

/**
 * The member accounts a service-managed StackSet deploys to: organizational units or the whole
 * organization, each including the accounts that join later (auto-deployment).
 *
 * CloudFormation never deploys a service-managed StackSet to the management account, even when
 * it is in a target OU.
 */
export class StackSetTarget {
  /**
   * Every account in these OUs and their child OUs.
   *
   * Literal IDs are checked at synth; a token list (for example the value of a `CommaDelimitedList`
   * `CfnParameter`) is passed to CloudFormation unchecked.
   *
   * @param organizationalUnitIds OU IDs such as `ou-ab12-cd34ef56`
   */
  public static organizationalUnits(organizationalUnitIds: string[], options: StackSetTargetOptions = {}): StackSetTarget {
    return new StackSetTarget(organizationalUnitIds, options.excludeAccounts, 'organizationalUnitIds');
  }

  /**
   * Every account of the organization.
   *
   * @param rootId the organization's root ID such as `r-ab12` (`aws organizations list-roots`)
   */
  public static organizationRoot(rootId: string, options: StackSetTargetOptions = {}): StackSetTarget {
    return new StackSetTarget([rootId], options.excludeAccounts, 'rootId');
  }

  /** The OU or root IDs the StackSet deploys to. */
  public readonly organizationalUnitIds: string[];

  /**
   * The accounts that get no stack instance.
   *
   * @default - none
   */
  public readonly excludeAccounts?: string[];

  private readonly kind: 'organizationalUnitIds' | 'rootId';

  private constructor(organizationalUnitIds: string[], excludeAccounts: string[] | undefined, kind: 'organizationalUnitIds' | 'rootId') {
    this.organizationalUnitIds = organizationalUnitIds;
    this.excludeAccounts = excludeAccounts;
    this.kind = kind;
  }

  /**
   * Records invalid literals of this target under the given property name.
   *
   * @internal
   */
  public _validate(property: string, validator: PropsValidator): void {
    if (this.kind === 'rootId') {
      validator.pattern(`${property} rootId`, this.organizationalUnitIds[0], PATTERNS.rootId, ACCEPTED.rootId);
    } else if (!Token.isUnresolved(this.organizationalUnitIds)) {
      validator.check(this.organizationalUnitIds.length === 0,
        `${property} organizationalUnitIds must list at least one OU ID, got []`);
      for (const id of this.organizationalUnitIds) {
        if (isLiteral(id) && PATTERNS.rootId.test(id)) {
          validator.check(true, `${property} organizationalUnitIds must be ${ACCEPTED.organizationalUnitId}, got '${id}' `
            + '(a root ID: use StackSetTarget.organizationRoot() to target the whole organization)');
        } else {
          validator.pattern(`${property} organizationalUnitIds`, id, PATTERNS.organizationalUnitId, ACCEPTED.organizationalUnitId);
        }
      }
    }
    if (this.excludeAccounts && !Token.isUnresolved(this.excludeAccounts)) {
      for (const account of this.excludeAccounts) {
        validator.pattern(`${property} excludeAccounts`, account, PATTERNS.accountId, ACCEPTED.accountId);
      }
    }
  }

  /**
   * The `DeploymentTargets` of a stack instances group.
   *
   * @internal
   */
  public _toDeploymentTargets(): cloudformation.CfnStackSet.DeploymentTargetsProperty {
    const exclude = this.excludeAccounts !== undefined && (Token.isUnresolved(this.excludeAccounts) || this.excludeAccounts.length > 0);
    return {
      organizationalUnitIds: this.organizationalUnitIds,
      ...(exclude ? { accountFilterType: 'DIFFERENCE', accounts: this.excludeAccounts } : {}),
    };
  }
}
