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
import { claimDataDir } from './data-dir-owner';
import { keepPoolWhole } from './keep-pool-whole';
import { pgliteListen, postgresListener, type Listen } from './listen';
import * as schema from './schema';

export type Schema = typeof schema;
/** Either driver: domain code only sees the shared Postgres query builder. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/**
 * `snapshot` (in-memory PGlite only) starts from a dump of another PGlite's data directory
 * (`dumpDataDir`) instead of an empty cluster: tests open a migrated, seeded database in a second.
 */
export type DbTarget = { kind: 'pglite'; dataDir?: string; snapshot?: Blob } | { kind: 'postgres'; url: string };

export type DbHandle = {
  db: Db;
  kind: DbTarget['kind'];
  /** Applies every pending migration; safe to run from several processes at once. */
  migrate: () => Promise<void>;
  /** LISTEN on a channel (lib/db/listen.ts): once per instance, e.g. the cart's change feed. */
  listen: Listen;
  close: () => Promise<void>;
};

const migrationsFolder = path.join(process.cwd(), 'lib/db/migrations');
/** Arbitrary constant: serialises migrations between app instances sharing one PostgreSQL. */
const MIGRATION_LOCK = 4_242_001;
const CONNECT_TIMEOUT_MS = 5_000;

export async function openDb(target: DbTarget): Promise<DbHandle> {
  if (target.kind === 'pglite') {
    // In-memory when no dataDir: used by tests. PGlite creates only the last folder itself.
    let release = () => {};
    if (target.dataDir && !target.dataDir.startsWith('memory://')) {
      mkdirSync(target.dataDir, { recursive: true });
      release = claimDataDir(target.dataDir);
    }
    let client: PGlite;
    try {
      client = await PGlite.create(target.dataDir ?? 'memory://', {
        extensions: { pg_trgm },
        ...(target.snapshot ? { loadDataDir: target.snapshot } : {}),
      });
    } catch (error) {
      release();
      throw error;
    }
    const db = drizzlePglite(client, { schema });
    return {
      db,
      kind: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      listen: pgliteListen(client),
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  }
  // Every wait on the database is bounded (node-postgres waits for ever by default), so a
  // database that is unreachable or stops answering gives a 503 in seconds, never a hung request:
  // a connection attempt gives up after 5 s; the server cancels a statement after 10 s (freeing
  // its locks); and a query whose answer does not arrive, server cancellation included, fails
  // after 15 s.
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    statement_timeout: 10_000,
    query_timeout: 15_000,
  });
  // An idle connection the server dropped (restart, failover) must not take the process down:
  // the pool discards it and the next query opens a new one.
  pool.on('error', (error) => console.warn('[db] idle connection lost:', error.message));
  keepPoolWhole(pool);
  const db = drizzlePg(pool, { schema });
  const listener = postgresListener(target.url, CONNECT_TIMEOUT_MS);
  return {
    db,
    kind: 'postgres',
    migrate: async () => {
      // A connection of its own, without the request timeouts: a migration, or the wait for
      // another instance's, may rightly take minutes. Still bounded, so that a database that
      // stops answering mid-migration fails the start (which is retried) instead of holding it.
      const client = new pg.Client({
        connectionString: target.url,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
        query_timeout: 10 * 60_000,
      });
      client.on('error', (error) => console.warn('[db] migration connection lost:', error.message));
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        // Closing the connection also drops its session lock, whether or not the migration ran.
        await client.end();
      }
    },
    listen: listener.listen,
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}
