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
    fields: {
      content: 'the content of a blob (usually a source file) or the text of a changed line in a diff',
    },
  },
  {
    id: 'codecommit/list-file-commit-history',
    actionClass: ActionClass.PERSONAL_DATA,
    actions: ['codecommit:ListFileCommitHistory'],
    reason: 'Returns a file\'s commit history: each commit\'s message and its author\'s and committer\'s names and e-mail addresses.',
    fields: {
      email: 'the e-mail address of the person who authored or committed the change',
    },
  },
  {
    id: 'codecommit/fallback-reads',
    fallback: true,
    actionClass: ActionClass.METADATA,
    actions: [
      'codecommit:BatchGetRepositories',
      'codecommit:GetBranch',
      'codecommit:GetRepository',
      'codecommit:GetRepositoryTriggers',
    ],
    reason: 'Fallback, not a finding: codecommit reads that no verb rule covers, kept in metadata only because the response-shape audit flags no field of their responses or a rule that names each flagged field decides it.',
  },
  {
    id: 'codecommit/get-object-identifier',
    actionClass: ActionClass.METADATA,
    actions: ['codecommit:GetObjectIdentifier'],
    reason: 'A console-only permission with no API operation in any model; per the Service Authorization Reference it resolves blobs, trees and commits to their object identifiers (IDs), not their contents.',
  },
  {
    id: 'codecommit/get-folder',
    actionClass: ActionClass.CODE,
    actions: ['codecommit:GetFolder'],
    reason: 'Returns the tree of a repository folder: file paths and blob IDs of the customer\'s code.',
  },
];
