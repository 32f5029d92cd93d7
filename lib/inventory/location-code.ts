import 'server-only';
import { sql, type SQL } from 'drizzle-orm';

/**
 * A stock location's code in the integration API (aliases `l` inventory_locations, `s` its store):
 * a store's slug; `online` for Korea's warehouse (the code it always had), `online-jp`,
 * `online-sg` for the warehouses of the other markets.
 */
export function locationCodeSql(l: string, s: string): SQL {
  const loc = sql.raw(l);
  return sql`(CASE WHEN ${loc}.kind = 'warehouse'
    THEN CASE WHEN ${loc}.market IS NULL OR ${loc}.market = 'KR' THEN 'online' ELSE 'online-' || lower(${loc}.market) END
    ELSE ${sql.raw(s)}.slug END)`;
}
