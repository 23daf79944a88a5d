import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `redshift`. */
export const REDSHIFT_RULES: ClassificationRule[] = [
  {
    id: 'redshift/get-cluster-credentials',
    actionClass: ActionClass.CREDENTIALS,
    actions: ['redshift:GetClusterCredentials', 'redshift:GetClusterCredentialsWithIAM'],
    reason: 'These return a database user name and temporary password that can sign in to the cluster and read its tables.',
    fields: {
      DbPassword: 'a temporary database password that signs the returned user in to the cluster',
    },
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
  {
    id: 'redshift/cluster-settings',
    actionClass: ActionClass.METADATA,
    actions: [
      'redshift:DescribeClusters',
      'redshift:DescribeClusterParameters',
      'redshift:DescribeDefaultClusterParameters',
      'redshift:DescribeEventSubscriptions',
      'redshift:DescribeRedshiftIdcApplications',
    ],
    reason: 'These return clusters, parameter group settings, event subscriptions and IAM Identity Center applications: endpoints, node types, encryption, logging and TLS settings that security scanners check; no data and no password.',
    metadataFields: {
      MasterUserPassword: 'masked: Redshift returns **** for a pending admin password change (API reference sample responses of CreateCluster and DescribeClusters show <MasterUserPassword>****</MasterUserPassword>)',
      Parameters: 'the parameter group\'s parameters (require_ssl, enable_user_activity_logging, search_path, wlm_json_configuration and similar), each with its value, type and source: database engine settings, not environment variables',
      LakeFormationQuery: 'the Lake Formation scope of the application: Authorization, Enabled or Disabled; a setting, not a query',
    },
  },
  {
    id: 'redshift/console-table-and-autonomics-reads',
    actionClass: ActionClass.METADATA,
    actions: ['redshift:DescribeTable', 'redshift:DescribeAutonomicsDenylist'],
    reason: 'Actions with no API model: DescribeTable is a console permission that describes a table (its columns and types) in the Amazon Redshift console, DescribeAutonomicsDenylist lists the resources excluded from a cluster\'s automatic optimizations (Service Authorization Reference); table structure and settings, no rows.',
  },
];
