import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `lookoutvision`. */
export const LOOKOUTVISION_RULES: ClassificationRule[] = [
  {
    id: 'lookoutvision/list-projects-and-models',
    actionClass: ActionClass.METADATA,
    actions: ['lookoutvision:ListProjects', 'lookoutvision:ListModels', 'lookoutvision:ListModelPackagingJobs'],
    reason: 'Lookout for Vision, retired and absent from the pinned models (Service Authorization Reference: "list all projects", "list all models associated with a project", "list all model packaging jobs associated with a project"): project names and ARNs, model versions with status, description and performance metrics, packaging job names, target platforms and status; no images.',
  },
];
