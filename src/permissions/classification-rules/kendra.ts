import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `kendra`. */
export const KENDRA_RULES: ClassificationRule[] = [
  {
    id: 'kendra/query',
    actionClass: ActionClass.CONTENT,
    actions: ['kendra:Query', 'kendra:Retrieve'],
    reason: 'These return passages and excerpts of the documents indexed from the customer\'s content sources.',
    fields: {
      Text: 'the text of a result\'s document title, excerpt or additional attribute: words of the indexed documents',
      Content: 'the text of a passage retrieved from an indexed document',
      SpellCorrectedQueries: 'the searcher\'s query with suggested spelling corrections: what the user typed',
    },
  },
  {
    id: 'kendra/describe-index',
    actionClass: ActionClass.METADATA,
    actions: ['kendra:DescribeIndex'],
    reason: 'Returns an index\'s name, edition, status, capacity, document metadata settings, encryption and user-token settings; never documents.',
    metadataFields: {
      KmsKeyId: 'the identifier of the KMS key that encrypts the index: a reference, not key material',
      URL: 'the URL of the JSON Web Key Set that holds the public keys verifying user tokens: a public address, not a secret',
    },
  },
];
