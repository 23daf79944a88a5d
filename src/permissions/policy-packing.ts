import { IAM_LIMITS, policyCharacters } from '../core/iam-limits';

/** A statement as IAM JSON; string values may hold tokens. */
export type StatementJson = Record<string, unknown>;

/** Measures the characters IAM counts for a statement or document (after resolving its tokens). */
export type Measure = (json: unknown) => number;

/**
 * Splits a statement into statements of consecutive actions: the first filled up to `firstBudget`, the
 * others up to `budget`, suffixing the Sid (`Part1`, `Part2`, ...) so that every part stays identifiable.
 * A statement that fits, or that has fewer than two actions, is returned as it is.
 */
function splitActions(statement: StatementJson, firstBudget: number, budget: number, measure: Measure): StatementJson[] {
  const actions = statement.Action;
  if (measure(statement) + 1 <= firstBudget || !Array.isArray(actions) || actions.length < 2) {
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
    const limit = chunks.length === 1 ? firstBudget : budget;
    if (chunks[chunks.length - 1].length > 0 && size + cost > limit) {
      chunks.push([]);
      size = overhead;
    }
    chunks[chunks.length - 1].push(action);
    size += cost;
  }
  return chunks.map(part);
}

/** The room a partly filled document must have left for a statement to be split into it. */
const FILL_THRESHOLD = 600;

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
  const add = (document: { statements: StatementJson[]; size: number } | undefined, statement: StatementJson, size: number) => {
    if (document) {
      document.statements.push(statement);
      document.size += size;
    } else {
      documents.push({ statements: [statement], size });
    }
  };
  for (const statement of statements) {
    // One more character for the comma between statements.
    const size = measure(statement) + 1;
    const target = documents.find((document) => document.size + size <= budget);
    if (target) {
      add(target, statement, size);
      continue;
    }
    // A statement of many actions that fits nowhere whole fills the roomiest document first, so that
    // statements of thousands of actions take no more policies than their size needs.
    const roomiest = documents.reduce<typeof documents[number] | undefined>(
      (best, document) => (!best || document.size < best.size ? document : best), undefined);
    const room = roomiest ? budget - roomiest.size : 0;
    const parts = splitActions(statement, room >= FILL_THRESHOLD ? room : budget, budget, measure);
    parts.forEach((part, index) => {
      const partSize = measure(part) + 1;
      const fillsRoomiest = index === 0 && room >= FILL_THRESHOLD && partSize <= room;
      const into = fillsRoomiest ? roomiest : documents.find((document) => document.size + partSize <= budget);
      add(into, part, partSize);
    });
  }
  return documents.map((document) => document.statements);
}
