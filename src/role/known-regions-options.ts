/**
 * How a user names a Region newer than this release, written once: `ReadOnlyRoleOptions` (and so
 * `OnboardingStackProps`, the hub's `SpokeRoleOptions` and the vendor config) and
 * `MemberAccountsStackSetProps` extend this interface.
 */
export interface KnownRegionsOptions {
  /**
   * Region codes newer than the Regions this release knows, accepted wherever a Region is checked:
   * `allowedRegions`, the member accounts' Region, the Region a template is published for, and the
   * list that the published template's `AllowedRegions` rule and the Terraform variable accept.
   * Every other Region code must be a Region of its partition that this release lists (the error
   * names the closest one).
   *
   * @default - only the Regions this release knows
   */
  readonly additionalKnownRegions?: string[];
}
