import { ActionClass } from '../action-class';
import { ClassificationRule } from '../classification-rule';

/** The classification rules of `honeycode`. */
export const HONEYCODE_RULES: ClassificationRule[] = [
  {
    id: 'honeycode/list-tables',
    actionClass: ActionClass.METADATA,
    actions: ['honeycode:ListTables'],
    reason: 'Lists the tables of a Honeycode workbook by ID and name (Service Authorization Reference: list the tables in a workbook), not their rows; Honeycode was discontinued in February 2024.',
  },
];
