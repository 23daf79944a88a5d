import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `drs`. */
export const DRS_RULES: ClassificationRule[] = [
  {
    id: 'drs/describe-jobs',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['drs:DescribeJobs'],
    reason: 'Recovery and drill jobs list, per participating server, the launch actions run on the recovered instance with the parameter values the customer gave the SSM documents.',
    fields: {
      parameters: 'launch action parameters: a map of SSM document parameter names to customer-given values or Parameter Store names (API reference: LaunchActionParameter value and type), where customers put secrets as they do in SSM association parameters',
    },
    metadataFields: {
      tags: 'the job\'s resource tags (the model marks them sensitive); tags are names and labels the customer sets to organise resources',
    },
  },
];
