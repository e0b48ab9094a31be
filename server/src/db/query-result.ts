/**
 * The rows of a raw statement. TypeORM's PostgreSQL driver answers `[rows, affected]` for
 * UPDATE/DELETE ... RETURNING and plain rows for SELECT and INSERT; this gives the rows either way.
 */
export function unwrap<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return Array.isArray(result) ? (result as T[]) : [];
}
