import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `mediapackage`. */
export const MEDIAPACKAGE_RULES: ClassificationRule[] = [
  {
    id: 'mediapackage/origin-endpoint-fields',
    actionClass: ActionClass.METADATA,
    actions: ['mediapackage:Describe*', 'mediapackage:List*'],
    reason: 'The secret references and URLs of origin endpoints: where the CDN authorization secret lives, where the DRM key provider listens and where viewers fetch packaged streams.',
    metadataFields: {
      CdnIdentifierSecret: 'the ARN of the Secrets Manager secret the CDN uses to authorize to the endpoint (API reference), not its value',
      Url: 'the URL of the SPEKE key provider service or the playback URL of a packaged manifest (API reference), an address that carries no signature',
    },
  },
];
