import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `textract`. */
export const TEXTRACT_RULES: ClassificationRule[] = [
  {
    id: 'textract/get-document-analysis',
    actionClass: ActionClass.CONTENT,
    actions: [
      'textract:GetDocumentAnalysis',
      'textract:GetDocumentTextDetection',
      'textract:GetExpenseAnalysis',
      'textract:GetLendingAnalysis',
      'textract:GetLendingAnalysisSummary',
    ],
    reason: 'These return the text, forms, tables and field values extracted from the customer\'s scanned documents.',
    fields: {
      Text: 'the words, lines and field labels and values Textract read from the customer\'s document',
      Query: 'the query asked of the document and its alias, whose answers are text from the document',
    },
  },
];
