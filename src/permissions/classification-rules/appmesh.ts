import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `appmesh`. */
export const APPMESH_RULES: ClassificationRule[] = [
  {
    id: 'appmesh/mesh-spec-fields',
    actionClass: ActionClass.METADATA,
    actions: ['appmesh:Describe*', 'appmesh:List*'],
    reason: 'The members of route, gateway route, virtual node and virtual gateway specs that name query parameters to match, TLS files on the proxy and the access log format.',
    metadataFields: {
      privateKey: 'the file path of a certificate\'s private key on the file system of the Envoy proxy (model: FilePath), not the key',
      text: 'the text format string of the Envoy access log, made of command operators such as %START_TIME%, configuration and no log line',
    },
  },
];
