/**
 * The accounts that get a profile: read from a JSON or CSV listing, or from AWS Organizations.
 * Suspended and closed accounts are skipped, and said so.
 */
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import { PATTERNS } from 'cdk-account-onboarding/internal';
import { AccountList, ConfigAccount } from './aws-config-profiles';

/** True for an account Organizations reports as active (`State`, or the older `Status`). */
function isActive(entry: { State?: string; Status?: string }): boolean {
  const state = entry.State ?? entry.Status;
  return state === undefined || state === 'ACTIVE';
}

/**
 * Lists the organization's accounts with `ListAccounts`, every page; accounts that are not active
 * (suspended, closed, pending) are returned apart. Call it from the management account or a
 * delegated administrator of AWS Organizations.
 */
export async function listOrganizationAccounts(client: OrganizationsClient): Promise<AccountList> {
  // Loaded on use, so that writing profiles from a file does not load the SDK.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ListAccountsCommand } = require('@aws-sdk/client-organizations') as typeof import('@aws-sdk/client-organizations');
  const accounts: ConfigAccount[] = [];
  const skipped: ConfigAccount[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(new ListAccountsCommand({ NextToken: nextToken }));
    for (const account of page.Accounts ?? []) {
      (isActive(account) ? accounts : skipped).push({ id: account.Id ?? '', name: account.Name ?? '' });
    }
    nextToken = page.NextToken;
  } while (nextToken);
  return { accounts, skipped };
}

const ID_KEYS = ['id', 'accountid', 'account_id', 'account id', 'account'];
const NAME_KEYS = ['name', 'accountname', 'account_name', 'account name', 'alias'];
const STATE_KEYS = ['state', 'status'];

/**
 * Reads accounts from a JSON or CSV file.
 *
 * JSON: an array of objects, or the output of `aws organizations list-accounts` (`{ "Accounts": [...] }`),
 * with `Id`/`id`/`accountId` and `Name`/`name`/`accountName`. CSV: a header naming the id and name
 * columns (`id,name`, `Account ID,Account Name`, ...), or no header and the ID in the first column,
 * the name in the second. A `State` or `Status` other than ACTIVE leaves the account out.
 *
 * @param source the file name, for the messages
 */
export function parseAccounts(text: string, source: string): AccountList {
  const content = text.replace(/^\uFEFF/, '');
  const trimmed = content.trimStart();
  return trimmed.startsWith('[') || trimmed.startsWith('{') ? parseJsonAccounts(trimmed, source) : parseCsvAccounts(content, source);
}

function parseJsonAccounts(text: string, source: string): AccountList {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} must be valid JSON, got ${(error as Error).message}`);
  }
  const entries = Array.isArray(data) ? data : (data as any)?.Accounts;
  if (!Array.isArray(entries)) {
    throw new Error(`${source} must hold an array of accounts or { "Accounts": [...] }, got ${Array.isArray(data) ? 'an array' : typeof data}`);
  }
  const accounts: ConfigAccount[] = [];
  const skipped: ConfigAccount[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  entries.forEach((entry, index) => {
    const where = `${source} entry ${index + 1}`;
    if (entry === null || typeof entry !== 'object') {
      problems.push(`${where} must be an object with an id and a name, got ${JSON.stringify(entry)}`);
      return;
    }
    const fields = Object.fromEntries(Object.entries(entry).map(([key, value]) => [key.toLowerCase(), value]));
    const id = ID_KEYS.map((key) => fields[key]).find((value) => value !== undefined);
    const name = NAME_KEYS.map((key) => fields[key]).find((value) => value !== undefined);
    const state = STATE_KEYS.map((key) => fields[key]).find((value) => value !== undefined);
    if (typeof id === 'number') {
      problems.push(`${where}: id must be a string of 12 digits, got the number ${id} (a number loses leading zeros: quote it)`);
    } else if (typeof id !== 'string' || !PATTERNS.accountId.test(id.trim())) {
      problems.push(`${where}: id must be a 12-digit AWS account ID, got '${id ?? ''}'`);
    } else if (seen.has(id.trim())) {
      problems.push(`${where}: account ${id.trim()} must be listed once, got it again after ${seen.get(id.trim())}`);
    } else {
      seen.set(id.trim(), `entry ${index + 1}`);
      const account = { id: id.trim(), name: typeof name === 'string' ? name : '' };
      (isActive({ State: typeof state === 'string' ? state.toUpperCase() : undefined }) ? accounts : skipped).push(account);
    }
  });
  if (problems.length > 0) {
    throw new Error(problems.slice(0, 10).join('; ') + (problems.length > 10 ? `; and ${problems.length - 10} more` : ''));
  }
  return { accounts, skipped };
}

/** RFC 4180 rows, each with the line it starts on. */
function csvRows(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows.filter((row) => row.cells.some((value) => value.trim() !== ''));
}

function parseCsvAccounts(text: string, source: string): AccountList {
  const rows = csvRows(text);
  let idColumn = 0;
  let nameColumn = 1;
  let stateColumn = -1;
  const header = rows[0]?.cells.map((cell) => cell.trim().toLowerCase());
  if (header && !PATTERNS.accountId.test(header[0] ?? '')) {
    idColumn = header.findIndex((cell) => ID_KEYS.includes(cell));
    nameColumn = header.findIndex((cell) => NAME_KEYS.includes(cell));
    stateColumn = header.findIndex((cell) => STATE_KEYS.includes(cell));
    if (idColumn < 0) {
      throw new Error(`${source} line 1 must be a header naming an id column (id, account id) or a first row starting with an account ID, `
        + `got '${rows[0].cells.join(',')}'`);
    }
    rows.shift();
  }
  const accounts: ConfigAccount[] = [];
  const skipped: ConfigAccount[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = (row.cells[idColumn] ?? '').trim();
    if (!PATTERNS.accountId.test(id)) {
      const hint = /^\d{1,11}$/.test(id) ? ' (a spreadsheet may have dropped leading zeros)' : '';
      problems.push(`${source} line ${row.line}: id must be a 12-digit AWS account ID, got '${id}'${hint}`);
      continue;
    }
    if (seen.has(id)) {
      problems.push(`${source} line ${row.line}: account ${id} must be listed once, got it again after line ${seen.get(id)}`);
      continue;
    }
    seen.set(id, row.line);
    const account = { id, name: nameColumn >= 0 ? (row.cells[nameColumn] ?? '').trim() : '' };
    const state = stateColumn >= 0 ? (row.cells[stateColumn] ?? '').trim().toUpperCase() || undefined : undefined;
    (isActive({ State: state }) ? accounts : skipped).push(account);
  }
  if (problems.length > 0) {
    throw new Error(problems.slice(0, 10).join('; ') + (problems.length > 10 ? `; and ${problems.length - 10} more` : ''));
  }
  return { accounts, skipped };
}
