import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';

/**
 * What the database holds, as one hash per table (order-independent). Two tables are left out,
 * because recording a refusal is their job: rate-limit counters count refused attempts, and a
 * refusal made under an Idempotency-Key is stored as that key's answer (a retry gets the same).
 */
export async function dbFingerprint(db: Db): Promise<Record<string, string>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limits', 'idempotency_keys')
      ORDER BY table_name`),
  ).map((r) => r.name);
  const out: Record<string, string> = {};
  for (const name of tables) {
    const [row] = rowsOf<{ h: string | null }>(
      await db.execute(
        sql.raw(`SELECT md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))) AS h FROM "${name}" t`),
      ),
    );
    out[name] = row?.h ?? 'empty';
  }
  return out;
}

/**
 * The next transaction id: it moves only when some transaction writes (or takes an id to
 * write), so an unchanged value proves nothing was written. Meaningful on a database that
 * nothing else uses, such as the in-memory PGlite of a test.
 */
export async function nextTransactionId(db: Db): Promise<string> {
  const [row] = rowsOf<{ x: string }>(await db.execute(sql`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x`));
  return row!.x;
}
