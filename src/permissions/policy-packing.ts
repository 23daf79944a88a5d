import { IAM_LIMITS, policyCharacters } from '../core/iam-limits';

/** A statement as IAM JSON; string values may hold tokens. */
export type StatementJson = Record<string, unknown>;

/** Measures the characters IAM counts for a statement or document (after resolving its tokens). */
export type Measure = (json: unknown) => number;

/**
 * Splits a statement too large for the budget into statements of consecutive actions, each filled up
 * to the budget, suffixing the Sid (`Part1`, `Part2`, ...) so that every part stays identifiable.
 */
function splitOversized(statement: StatementJson, budget: number, measure: Measure): StatementJson[] {
  const actions = statement.Action;
  if (measure(statement) + 1 <= budget || !Array.isArray(actions) || actions.length < 2) {
    return [statement];
  }
  const sid = typeof statement.Sid === 'string' ? statement.Sid : undefined;
  const part = (chunk: unknown[], index: number) => ({ ...statement, ...(sid ? { Sid: `${sid}Part${index + 1}` } : {}), Action: chunk });
  // Everything but the actions, measured once (with a placeholder Sid as long as the longest).
  const overhead = measure(part([], 99)) + 1;
  const chunks: unknown[][] = [[]];
  let size = overhead;
  for (const action of actions) {
    // The action's characters, its quotes and the comma before it.
    const cost = measure(action) + 1;
    if (chunks[chunks.length - 1].length > 0 && size + cost > budget) {
      chunks.push([]);
      size = overhead;
    }
    chunks[chunks.length - 1].push(action);
    size += cost;
  }
  return chunks.map(part);
}

/**
 * Packs statements, in order, into as few policy documents as fit under IAM's managed policy size
 * limit (first fit). A statement too large on its own is split by actions; one that still does not
 * fit is left alone for the caller's validation, which measures every finished document again.
 */
export function packStatements(
  statements: StatementJson[],
  measure: Measure = policyCharacters,
  limit: number = IAM_LIMITS.managedPolicyCharacters,
): StatementJson[][] {
  const budget = limit - measure({ Version: '2012-10-17', Statement: [] });
  const documents: { statements: StatementJson[]; size: number }[] = [];
  for (const statement of statements.flatMap((s) => splitOversized(s, budget, measure))) {
    // One more character for the comma between statements.
    const size = measure(statement) + 1;
    const target = documents.find((document) => document.size + size <= budget);
    if (target) {
      target.statements.push(statement);
      target.size += size;
    } else {
      documents.push({ statements: [statement], size });
    }
  }
  return documents.map((document) => document.statements);
}
