import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `synthetics`. */
export const SYNTHETICS_RULES: ClassificationRule[] = [
  {
    id: 'synthetics/canary-code-location',
    actionClass: ActionClass.METADATA,
    actions: ['synthetics:DescribeCanaries', 'synthetics:GetCanary'],
    reason: 'Return canaries: name, schedule, runtime, run configuration, status, artifact location, VPC settings and where the script is stored; not the script.',
    metadataFields: {
      Code: 'where the canary\'s code is stored and how it starts (model CanaryCodeOutput: source location ARN of the Lambda layer, handler name, blueprint types, dependencies); the script body is not returned',
    },
  },
  {
    id: 'synthetics/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['synthetics:GetCanaryRuns', 'synthetics:GetGroup'],
    reason: 'Fallback, not a finding: synthetics reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
