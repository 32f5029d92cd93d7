import 'server-only';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** Either driver: domain code only sees the shared Postgres query builder. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbTarget = { kind: 'pglite'; dataDir?: string } | { kind: 'postgres'; url: string };

export type DbHandle = {
  db: Db;
  kind: DbTarget['kind'];
  /** Applies every pending migration; safe to run from several processes at once. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = path.join(process.cwd(), 'lib/db/migrations');
/** Arbitrary constant: serialises migrations between app instances sharing one PostgreSQL. */
const MIGRATION_LOCK = 4_242_001;

export async function openDb(target: DbTarget): Promise<DbHandle> {
  if (target.kind === 'pglite') {
    // In-memory when no dataDir: used by tests. PGlite creates only the last folder itself.
    if (target.dataDir && !target.dataDir.startsWith('memory://')) mkdirSync(target.dataDir, { recursive: true });
    const client = await PGlite.create(target.dataDir ?? 'memory://', { extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema });
    return {
      db: db as unknown as Db,
      kind: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: () => client.close(),
    };
  }
  // A connection attempt gives up after 5 s (the default waits for ever), so an unreachable
  // database answers 503 instead of hanging the request.
  const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle connection the server dropped (restart, failover) must not take the process down:
  // the pool discards it and the next query opens a new one.
  pool.on('error', (error) => console.warn('[db] idle connection lost:', error.message));
  const db = drizzlePg(pool, { schema });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    migrate: async () => {
      const client = await pool.connect();
      let failure: Error | undefined;
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        // Releasing with an error destroys the connection, which also drops its session lock.
        client.release(failure);
      }
    },
    close: () => pool.end(),
  };
}
