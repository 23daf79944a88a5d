import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `codeartifact`. */
export const CODEARTIFACT_RULES: ClassificationRule[] = [
  {
    id: 'codeartifact/read-from-repository',
    actionClass: ActionClass.CODE,
    actions: [
      'codeartifact:ReadFromRepository',
      'codeartifact:GetPackageVersionAsset',
      'codeartifact:GetPackageVersionReadme',
    ],
    reason: 'These download the files and readmes of packages in private repositories, which are the customer\'s code.',
  },
  {
    id: 'codeartifact/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: ['codeartifact:GetDomainPermissionsPolicy', 'codeartifact:GetRepositoryPermissionsPolicy'],
    reason: 'Fallback, not a finding: codeartifact reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'codeartifact/list-package-versions',
    actionClass: ActionClass.METADATA,
    actions: ['codeartifact:ListPackageVersions', 'codeartifact:ListPackages', 'codeartifact:ListTagsForResource'],
    reason: 'Return package names, formats and namespaces, their versions with status and origin, the packages\' origin controls, and tags: names and states, no package files.',
  },
];
