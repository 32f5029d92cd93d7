import 'server-only';
import { z } from 'zod';

/**
 * The one exit from raw SQL: PGlite and node-postgres both return `{ rows }` from `db.execute`,
 * untyped and not always alike (node-postgres gives a bigint as a string), so each row is parsed
 * against the shape the query selects before the app sees it.
 */
export function rowsOf<Row extends z.ZodType>(row: Row, result: unknown): z.output<Row>[] {
  return z.object({ rows: z.array(row) }).parse(result).rows;
}

/** A number column or aggregate, whichever driver read it. */
export const sqlNumber = z.coerce.number();
/** A timestamp column, a `Date` from one driver and a string from the other in raw results. */
export const sqlDate = z.coerce.date();
