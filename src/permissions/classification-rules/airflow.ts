import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `airflow`. */
export const AIRFLOW_RULES: ClassificationRule[] = [
  {
    id: 'airflow/get-environment',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['airflow:GetEnvironment'],
    reason: 'Returns AirflowConfigurationOptions (API-sensitive free-form config, e.g. SMTP/connection passwords) alongside environment settings.',
    fields: {
      Environment: 'the environment\'s details, with AirflowConfigurationOptions (free-form Airflow settings the model marks sensitive, such as SMTP passwords) beside network, logging and version settings',
    },
  },
  {
    id: 'airflow/list-environments',
    actionClass: ActionClass.METADATA,
    actions: ['airflow:ListEnvironments'],
    reason: 'Returns the names of the account\'s Amazon MWAA environments.',
    metadataFields: {
      Environments: 'the list of environment names (model: EnvironmentList of EnvironmentName), no settings',
    },
  },
];
