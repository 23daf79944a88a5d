import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `airflow`. */
export const AIRFLOW_RULES: ClassificationRule[] = [
  {
    id: 'airflow/get-environment',
    actionClass: ActionClass.SECRET_BEARING_CONFIGURATION,
    actions: ['airflow:GetEnvironment'],
    reason: 'Returns AirflowConfigurationOptions (API-sensitive free-form config, e.g. SMTP/connection passwords) alongside environment settings.',
  },
];
