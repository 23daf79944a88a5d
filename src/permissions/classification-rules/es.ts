import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `es`. */
export const ES_RULES: ClassificationRule[] = [
  {
    id: 'es/es-http-get',
    actionClass: ActionClass.CONTENT,
    actions: ['es:ESHttpGet', 'es:ESHttpPost'],
    reason: 'These authorize HTTP requests to an OpenSearch domain, including document GETs and search queries that return indexed documents.',
  },
  {
    id: 'es/list-elasticsearch-instance-type-details',
    actionClass: ActionClass.METADATA,
    actions: ['es:ListElasticsearchInstanceTypeDetails'],
    reason: 'Deprecated permission (Service Authorization Reference: "list all instance types and available features for a given OpenSearch version", replaced by ListInstanceTypeDetails): instance type names and the features each supports, a catalog of AWS offerings.',
  },
  {
    id: 'es/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['es:GetCompatibleVersions'],
    reason: 'Fallback, not a finding: es reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
];
