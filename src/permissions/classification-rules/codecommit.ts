import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `codecommit`. */
export const CODECOMMIT_RULES: ClassificationRule[] = [
  {
    id: 'codecommit/git-pull',
    actionClass: ActionClass.CODE,
    actions: [
      'codecommit:GitPull',
      'codecommit:GetBlob',
      'codecommit:GetFile',
      'codecommit:GetBlobDifferences',
      'codecommit:DescribeMergeConflicts',
      'codecommit:BatchDescribeMergeConflicts',
    ],
    reason: 'These return repository file contents, either through Git or as blobs, files, line diffs and merge-conflict hunks.',
  },
  {
    id: 'codecommit/list-file-commit-history',
    actionClass: ActionClass.CONTENT,
    actions: ['codecommit:ListFileCommitHistory'],
    reason: 'Returns commit history for a file: commit messages, author/committer names and emails.',
  },
  {
    id: 'codecommit/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'codecommit:BatchGetRepositories',
      'codecommit:GetBranch',
      'codecommit:GetObjectIdentifier',
      'codecommit:GetRepository',
      'codecommit:GetRepositoryTriggers',
    ],
    reason: 'Fallback, not a finding: codecommit reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'codecommit/get-folder',
    actionClass: ActionClass.CODE,
    actions: ['codecommit:GetFolder'],
    reason: 'Returns the tree of a repository folder: file paths and blob IDs of the customer\'s code.',
  },
];
