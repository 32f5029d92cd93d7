/** PGlite and node-postgres both return `{ rows }` from `db.execute`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
