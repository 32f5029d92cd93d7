import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { rowsOf } from '@/lib/db/rows';

/**
 * The tables whose contents a refusal must leave alone. Two are left out, because recording a
 * refusal is their job: rate-limit counters count refused attempts, and a refusal made under an
 * Idempotency-Key is stored as that key's answer (a retry gets the same).
 */
async function watchedTables(db: Db): Promise<string[]> {
  return rowsOf(
    z.object({ name: z.string() }),
    await db.execute(sql`SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('rate_limits', 'idempotency_keys')
      ORDER BY table_name`),
  ).map((r) => r.name);
}

/**
 * What the database holds: per table (every watched one, or those named), the row count and the
 * sum of 64-bit hashes of the rows, which is order-independent without sorting 15,000 stock rows.
 */
export async function dbFingerprint(db: Db, tables?: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of tables ?? (await watchedTables(db))) {
    const [row] = rowsOf(
      z.object({ h: z.string() }),
      await db.execute(
        sql.raw(`SELECT count(*) || '.' || coalesce(sum(hashtextextended(t::text, 0)), 0) AS h FROM "${name}" t`),
      ),
    );
    out[name] = row!.h;
  }
  return out;
}

/**
 * Watches the tables `dbFingerprint` covers for writes, on this database alone: a trigger on each
 * bumps that table's sequence in the schema `test_watch`. Sequences are not transactional, so a
 * write that was rolled back still counts (and the fingerprint then shows it changed nothing).
 * Unlike transaction ids or `pg_stat_database`, this does not move with other databases on a
 * shared PostgreSQL server; unlike `pg_stat_user_tables`, it is exact at once (other backends
 * report their statistics up to a second late).
 *
 * Returns `changed()`: the fingerprints of the tables written to since its last call, so a caller
 * hashes only those instead of the whole catalog after every request.
 */
export async function watchWrites(db: Db): Promise<() => Promise<Record<string, string>>> {
  const tables = await watchedTables(db);
  await db.execute(sql`CREATE SCHEMA IF NOT EXISTS test_watch`);
  await db.execute(
    sql.raw(`CREATE OR REPLACE FUNCTION test_watch.count_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM nextval(format('test_watch.%I', TG_TABLE_NAME)::regclass); RETURN NULL; END $$`),
  );
  for (const name of tables) {
    await db.execute(sql.raw(`CREATE SEQUENCE IF NOT EXISTS test_watch."${name}"`));
    await db.execute(
      sql.raw(`CREATE OR REPLACE TRIGGER test_watch_rows AFTER INSERT OR UPDATE OR DELETE ON "${name}"
        FOR EACH ROW EXECUTE FUNCTION test_watch.count_write()`),
    );
    await db.execute(
      sql.raw(`CREATE OR REPLACE TRIGGER test_watch_truncate AFTER TRUNCATE ON "${name}"
        FOR EACH STATEMENT EXECUTE FUNCTION test_watch.count_write()`),
    );
  }
  const readCounts = async () =>
    new Map(
      rowsOf(
        z.object({ name: z.string(), n: z.string() }),
        await db.execute(
          sql.raw(
            tables
              .map(
                (name) =>
                  `SELECT '${name}' AS name, (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS n FROM test_watch."${name}"`,
              )
              .join(' UNION ALL '),
          ),
        ),
      ).map((r) => [r.name, r.n]),
    );
  let counts = await readCounts();
  return async () => {
    const now = await readCounts();
    const written = tables.filter((t) => now.get(t) !== counts.get(t));
    counts = now;
    return written.length > 0 ? dbFingerprint(db, written) : {};
  };
}
