import { badInput } from '../../errors';
import { isUuid } from '@actionconnect/shared';
import { SortDirection, TicketSortField } from './dto/ticket-queue.input';

/** How a sort is written in SQL: the ordered expression, its value as exact text for cursors, and its type. */
interface SortSql {
  expression: string;
  keyText: string;
  castTo: 'timestamptz' | 'integer';
}

// Timestamps go into cursors as UTC text with microseconds: a JavaScript Date keeps only
// milliseconds, and a truncated cursor would skip rows stamped within the same millisecond.
const utcText = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const PRIORITY_RANK = `(CASE t.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END)`;

/** The SQL of each sort field, against the tickets table aliased `t`. */
export const SORT_SQL: Record<TicketSortField, SortSql> = {
  [TicketSortField.UPDATED_AT]: { expression: 't.updated_at', keyText: utcText('t.updated_at'), castTo: 'timestamptz' },
  [TicketSortField.CREATED_AT]: { expression: 't.created_at', keyText: utcText('t.created_at'), castTo: 'timestamptz' },
  [TicketSortField.PRIORITY]: { expression: PRIORITY_RANK, keyText: `${PRIORITY_RANK}::text`, castTo: 'integer' },
  [TicketSortField.NUMBER]: { expression: 't.number', keyText: 't.number::text', castTo: 'integer' },
};

/** A position in a sorted list: the sort value of the last row read, and its id. */
export interface CursorPosition {
  value: string;
  id: string;
}

const VALUE_FORMAT: Record<SortSql['castTo'], RegExp> = {
  timestamptz: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  integer: /^-?\d{1,10}$/,
};

/** An opaque cursor; it names its sort so a cursor from another order is refused rather than misread. */
export function encodeCursor(sort: TicketSortField, direction: SortDirection, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([sort, direction, position.value, position.id])).toString('base64url');
}

/** Reads a cursor made by encodeCursor for the same sort; anything else is BAD_USER_INPUT on `after`. */
export function decodeCursor(raw: string, sort: TicketSortField, direction: SortDirection): CursorPosition {
  const refuse = () => badInput('This cursor is not valid for this list; start again from the first page.', 'after');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw refuse();
  const [s, d, value, id] = parsed as unknown[];
  if (s !== sort || d !== direction || typeof value !== 'string' || typeof id !== 'string') throw refuse();
  if (!VALUE_FORMAT[SORT_SQL[sort].castTo].test(value) || !isUuid(id)) throw refuse();
  return { value, id };
}
