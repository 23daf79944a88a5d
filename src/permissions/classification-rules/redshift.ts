import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `redshift`. */
export const REDSHIFT_RULES: ClassificationRule[] = [
  {
    id: 'redshift/get-cluster-credentials',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['redshift:GetClusterCredentials', 'redshift:GetClusterCredentialsWithIAM'],
    reason: 'These return a database user name and temporary password that can sign in to the cluster and read its tables.',
  },
  {
    id: 'redshift/describe-query',
    actionClass: ActionClass.CONTENT,
    actions: ['redshift:DescribeQuery'],
    reason: 'Console query-editor permission returning details of an executed query, including its SQL text (may embed data values).',
  },
  {
    id: 'redshift/view-queries-in-console',
    actionClass: ActionClass.CONTENT,
    actions: ['redshift:ViewQueriesInConsole'],
    reason: 'Console permission to view running/recent queries and their SQL text in the Redshift console.',
  },
  {
    id: 'redshift/describe-saved-queries',
    actionClass: ActionClass.CODE,
    actions: ['redshift:DescribeSavedQueries'],
    reason: 'Returns saved query-editor queries including their SQL bodies.',
  },
  {
    id: 'redshift/describe-authentication-profiles',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['redshift:DescribeAuthenticationProfiles'],
    reason: 'Returns AuthenticationProfileContent, free-form JSON of driver connection options that can include IdP credentials.',
  },
];
