/**
 * The command line's one way into the construct package besides its public API, as aws-cdk-lib's
 * `core/lib/helpers-internal`: `import { ... } from 'cdk-account-onboarding/internal'`.
 *
 * Nothing in `index.ts` reaches this file, so none of it is part of the jsii API (no other language
 * sees it, and API.md does not list it); package.json's `exports` map names it, and no other path
 * into `lib/` is importable. Its contents may change in any release: only the command line of the
 * same release may use them (a test fails on any other deep import from cli/).
 */
export { ACCEPTED, PATTERNS, STACKSETS_SERVICE_PRINCIPAL } from './core/patterns';
export { PARTITIONS, partitionOf, regionProblem } from './core/partitions';
export type { PartitionFacts } from './core/partitions';
export { HUB_DEFAULTS } from './hub/hub-defaults';
export { BackfillRequestError, checkPeriods, readStackOutputs, renderBackfillRequest } from './publication/backfill-request';
export { ActionCatalog, expandActionPattern, splitAction } from './permissions/action-catalog';
export { managedPolicyActions } from './permissions/effective-actions';
export { MANAGED_POLICY_VERSIONS } from './permissions/generated/managed-policy-actions';
export { DELIVERY_PRINCIPALS } from './cost-report/rules';
