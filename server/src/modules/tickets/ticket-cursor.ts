import type { Signer } from '../../auth/signer';
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
// Tickets with nothing due sort after every due time (and match tickets_queue_due_idx's expression).
export const DUE_SORT = `COALESCE(t.due_at, 'infinity'::timestamptz)`;
const PRIORITY_RANK = `(CASE t.priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 ELSE 3 END)`;

/** The SQL of each sort field, against the tickets table aliased `t`. */
export const SORT_SQL: Record<TicketSortField, SortSql> = {
  [TicketSortField.UPDATED_AT]: { expression: 't.updated_at', keyText: utcText('t.updated_at'), castTo: 'timestamptz' },
  [TicketSortField.CREATED_AT]: { expression: 't.created_at', keyText: utcText('t.created_at'), castTo: 'timestamptz' },
  [TicketSortField.PRIORITY]: { expression: PRIORITY_RANK, keyText: `${PRIORITY_RANK}::text`, castTo: 'integer' },
  [TicketSortField.NUMBER]: { expression: 't.number', keyText: 't.number::text', castTo: 'integer' },
  [TicketSortField.DUE_AT]: {
    expression: DUE_SORT,
    keyText: `CASE WHEN t.due_at IS NULL THEN 'infinity' ELSE ${utcText('t.due_at')} END`,
    castTo: 'timestamptz',
  },
};

/** A position in a sorted list: the sort value of the last row read, and its id. */
export interface CursorPosition {
  value: string;
  id: string;
}

const VALUE_FORMAT: Record<SortSql['castTo'], RegExp> = {
  timestamptz: /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z|infinity)$/,
  integer: /^-?\d{1,10}$/,
};

/**
 * Where a cursor belongs: the list it was read from (organization, who is asking, view, filters)
 * and its order. A cursor only ever continues the list it came from.
 */
export interface CursorContext {
  list: string;
  sort: TicketSortField;
  direction: SortDirection;
}

const contextText = (c: CursorContext) => JSON.stringify([c.list, c.sort, c.direction]);

/** An opaque cursor, signed with its context: a forged one or one from another list is refused rather than misread. */
export function encodeCursor(signer: Signer, context: CursorContext, position: CursorPosition): string {
  const value = JSON.stringify([position.value, position.id]);
  return Buffer.from(JSON.stringify([position.value, position.id, signer.sign(contextText(context), value)])).toString('base64url');
}

/** Reads a cursor made by encodeCursor for the same context; anything else is BAD_USER_INPUT on `after`. */
export function decodeCursor(signer: Signer, raw: string, context: CursorContext): CursorPosition {
  const refuse = () => badInput('This cursor is not valid for this list; start again from the first page.', 'after');
  if (raw.length > 200) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw refuse();
  const [value, id, mac] = parsed as unknown[];
  if (typeof value !== 'string' || typeof id !== 'string' || typeof mac !== 'string') throw refuse();
  if (!signer.verify(contextText(context), JSON.stringify([value, id]), mac)) throw refuse();
  if (!VALUE_FORMAT[SORT_SQL[context.sort].castTo].test(value) || !isUuid(id)) throw refuse();
  return { value, id };
}
